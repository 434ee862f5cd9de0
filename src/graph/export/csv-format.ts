// The `csv` export: nodes.csv and edges.csv (RFC 4180), one column per property name, lists as
// JSON text, so `pandas.read_csv` reads both without options.
import type { ExportNode, ExportRelationship } from "./values.ts";

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = Array.isArray(v) ? JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x)) : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: readonly unknown[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** Columns that would clash with a fixed column get a `prop_` prefix. */
function columnNames(fixed: readonly string[], props: readonly string[]): string[] {
  return props.map((p) => (fixed.includes(p) ? `prop_${p}` : p));
}

export const NODE_FIXED = ["id", "labels"] as const;
export const EDGE_FIXED = ["source", "target", "type"] as const;

export function nodesHeader(props: readonly string[]): string {
  return csvLine([...NODE_FIXED, ...columnNames(NODE_FIXED, props)]);
}

export function nodeRow(n: ExportNode, props: readonly string[]): string {
  return csvLine([n.id, n.labels.join(";"), ...props.map((p) => n.properties[p])]);
}

export function edgesHeader(props: readonly string[]): string {
  return csvLine([...EDGE_FIXED, ...columnNames(EDGE_FIXED, props)]);
}

export function edgeRow(r: ExportRelationship, props: readonly string[]): string {
  return csvLine([r.start, r.end, r.type, ...props.map((p) => r.properties[p])]);
}
