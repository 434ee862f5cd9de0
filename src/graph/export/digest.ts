// An order-independent digest of a graph: equal digests mean the same nodes (ids, labels,
// properties with their types) and the same relationships, however they were read or written.
import { createHash } from "node:crypto";
import type { ExportNode, ExportRelationship, PropTypes, Props } from "./values.ts";

function canonicalProps(props: Props, types: PropTypes): [string, string, unknown][] {
  return Object.keys(props).filter((k) => props[k] !== null && props[k] !== undefined).sort()
    .map((k) => [k, types[k] ?? "?", typeof props[k] === "bigint" ? String(props[k]) : props[k]]);
}

export function nodeLine(n: ExportNode): string {
  return JSON.stringify(["N", n.id, [...n.labels].sort(), canonicalProps(n.properties, n.types)]);
}

export function relationshipLine(r: ExportRelationship): string {
  return JSON.stringify(["R", r.type, r.start, r.end, canonicalProps(r.properties, r.types)]);
}

export type GraphDigest = Readonly<{ nodes: number; relationships: number; sha256: string }>;

export function graphDigest(nodes: readonly ExportNode[], relationships: readonly ExportRelationship[]): GraphDigest {
  const lines = [...nodes.map(nodeLine), ...relationships.map(relationshipLine)].sort();
  const h = createHash("sha256");
  for (const l of lines) h.update(`${l}\n`);
  return { nodes: nodes.length, relationships: relationships.length, sha256: h.digest("hex") };
}
