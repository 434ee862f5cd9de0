// The `graphml` export, for Gephi and networkx: keys declared up front from the property names,
// node `labels` as ":Actor:Country" and a `label` caption Gephi shows, edge `label` = the type.
import type { ExportNode, ExportRelationship } from "./values.ts";
import { listItemType } from "./values.ts";

export function xmlEscape(s: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest escaped.
  return s
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** GraphML attr.type of a Cypher type; lists and temporals travel as strings. */
export function graphmlType(cypherType: string): string {
  if (listItemType(cypherType) !== null) return "string";
  return ({ INTEGER: "long", FLOAT: "double", BOOLEAN: "boolean" } as Record<string, string>)[cypherType] ?? "string";
}

const keyId = (scope: "n" | "e", p: string, i: number) => `${scope}${i}_${p.replace(/[^A-Za-z0-9_.-]/g, "_")}`;

export type GraphmlKeys = Readonly<{ nodes: ReadonlyMap<string, string>; edges: ReadonlyMap<string, string> }>;

/** Property name -> key id, for nodes and edges. */
export function graphmlKeyIds(cols: { nodes: ReadonlyMap<string, string>; relationships: ReadonlyMap<string, string> }): GraphmlKeys {
  return {
    nodes: new Map([...cols.nodes.keys()].map((p, i) => [p, keyId("n", p, i)])),
    edges: new Map([...cols.relationships.keys()].map((p, i) => [p, keyId("e", p, i)])),
  };
}

export function graphmlHeader(cols: { nodes: ReadonlyMap<string, string>; relationships: ReadonlyMap<string, string> }, keys: GraphmlKeys): string {
  const decl = (id: string, forWhat: string, nm: string, type: string) =>
    `  <key id="${xmlEscape(id)}" for="${forWhat}" attr.name="${xmlEscape(nm)}" attr.type="${type}"/>\n`;
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`;
  out += decl("labels", "node", "labels", "string") + decl("label", "node", "label", "string") + decl("label_e", "edge", "label", "string");
  for (const [p, t] of cols.nodes) out += decl(keys.nodes.get(p)!, "node", p, graphmlType(t));
  for (const [p, t] of cols.relationships) out += decl(keys.edges.get(p)!, "edge", p, graphmlType(t));
  return `${out}  <graph id="entente" edgedefault="directed">\n`;
}

function dataValue(v: unknown): string {
  if (Array.isArray(v)) return JSON.stringify(v);
  return String(v);
}

function dataLines(props: Readonly<Record<string, unknown>>, keys: ReadonlyMap<string, string>): string {
  return Object.keys(props).sort()
    .filter((p) => props[p] !== null && props[p] !== undefined && keys.has(p))
    .map((p) => `<data key="${xmlEscape(keys.get(p)!)}">${xmlEscape(dataValue(props[p]))}</data>`).join("");
}

/** What Gephi shows on a node: a name, an event's type, a sentence's id. */
export function caption(n: ExportNode): string {
  const p = n.properties;
  const pick = [p["name"], p["type"], p["title"], p["id"], n.id].find((v) => typeof v === "string" && v.length > 0);
  return String(pick);
}

export function graphmlNode(n: ExportNode, keys: GraphmlKeys): string {
  const head = `<data key="labels">${xmlEscape(`:${n.labels.join(":")}`)}</data><data key="label">${xmlEscape(caption(n))}</data>`;
  return `    <node id="${xmlEscape(n.id)}">${head}${dataLines(n.properties, keys.nodes)}</node>\n`;
}

export function graphmlEdge(r: ExportRelationship, keys: GraphmlKeys): string {
  return `    <edge source="${xmlEscape(r.start)}" target="${xmlEscape(r.end)}"><data key="label_e">${xmlEscape(r.type)}</data>${dataLines(r.properties, keys.edges)}</edge>\n`;
}

export const GRAPHML_FOOTER = "  </graph>\n</graphml>\n";
