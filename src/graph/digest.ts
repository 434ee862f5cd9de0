// An order-independent digest of the whole graph (nodes and relationships with their
// properties, timestamps excluded): two graphs with equal digests hold the same data. Used by
// the tests that compare a rerun, a resumed run or two concurrent runs with a clean run.
import { createHash } from "node:crypto";
import { type GraphDriver, type GraphSettings, readQuery } from "./driver.ts";
import { readAllNodes, readAllRelationships } from "./cypher/reads.ts";

const VOLATILE = new Set(["ingestedAt"]);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value).filter((k) => !VOLATILE.has(k)).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return typeof value === "bigint" ? value.toString() : JSON.stringify(value);
}

export type GraphDigest = Readonly<{ hash: string; nodes: number; relationships: number; lines: readonly string[] }>;

export async function graphDigest(driver: GraphDriver, settings: GraphSettings): Promise<GraphDigest> {
  const nodes = await readQuery<{ eid: string; labels: string[]; props: Record<string, unknown> }>(driver, settings, readAllNodes());
  const rels = await readQuery<{ type: string; from: string; to: string; props: Record<string, unknown> }>(driver, settings, readAllRelationships());
  // a node is named by its labels and key, never by its (run-dependent) element id
  const name = new Map(nodes.map((n) => [n.eid, `${[...n.labels].sort().join(":")}/${String(n.props.id ?? n.props.key ?? n.props.code ?? canonical(n.props))}`]));
  const lines = [
    ...nodes.map((n) => `N ${name.get(n.eid)} ${canonical(n.props)}`),
    ...rels.map((r) => `R ${name.get(r.from)} -${r.type}-> ${name.get(r.to)} ${canonical(r.props)}`),
  ].sort();
  const hash = createHash("sha256").update(lines.join("\n")).digest("hex");
  return { hash, nodes: nodes.length, relationships: rels.length, lines };
}
