// The `json` export: one document, nodes then relationships, ids stable across databases
// (`Actor:RUS`). Numbers are integers unless `types` says otherwise (FLOAT, temporal, point):
// JSON alone cannot tell 4.0 from 4.
import { isLabel, isRelType, parseNodeId } from "./model.ts";
import { type ExportNode, type ExportRelationship, type PropTypes, implicitType, isImplicitType } from "./values.ts";

export const JSON_FORMAT = "entente-graph";
export const JSON_VERSION = 1;

export type JsonExport = Readonly<{ nodes: readonly ExportNode[]; relationships: readonly ExportRelationship[] }>;

function explicitTypes(types: PropTypes): PropTypes | undefined {
  const kept = Object.entries(types).filter(([, t]) => !isImplicitType(t)).sort(([a], [b]) => (a < b ? -1 : 1));
  return kept.length ? Object.fromEntries(kept) : undefined;
}

function replacer(_k: string, v: unknown): unknown {
  return typeof v === "bigint" ? v.toString() : v;
}

export function jsonHeader(filter: unknown): string {
  return `{"format":${JSON.stringify(JSON_FORMAT)},"version":${JSON_VERSION},"filter":${JSON.stringify(filter ?? {})},\n"nodes":[\n`;
}

export function jsonNode(n: ExportNode, first: boolean): string {
  return `${first ? "" : ",\n"}${JSON.stringify({ id: n.id, labels: n.labels, properties: n.properties, types: explicitTypes(n.types) }, replacer)}`;
}

export const JSON_MIDDLE = `\n],\n"relationships":[\n`;

export function jsonRelationship(r: ExportRelationship, first: boolean): string {
  const doc = { type: r.type, start: r.start, end: r.end, properties: r.properties, types: explicitTypes(r.types) };
  return `${first ? "" : ",\n"}${JSON.stringify(doc, replacer)}`;
}

export const JSON_FOOTER = `\n]}\n`;

type RawElement = { properties?: Record<string, unknown>; types?: Record<string, string> };

function restoreTypes(e: RawElement): PropTypes {
  const props = e.properties ?? {};
  return Object.fromEntries(Object.keys(props).map((k) => [k, e.types?.[k] ?? implicitType(props[k])]));
}

/** Parses and checks a `json` export (labels and types must belong to the model). */
export function parseJsonExport(text: string): JsonExport {
  const doc = JSON.parse(text) as { format?: string; version?: number; nodes?: unknown[]; relationships?: unknown[] };
  if (doc.format !== JSON_FORMAT || doc.version !== JSON_VERSION) throw new Error(`not an ${JSON_FORMAT} v${JSON_VERSION} document`);
  const nodes = (doc.nodes ?? []).map((raw) => {
    const n = raw as RawElement & { id: string; labels: string[] };
    parseNodeId(n.id);
    const bad = n.labels.filter((l) => !isLabel(l));
    if (bad.length) throw new Error(`node ${n.id}: unknown label(s) ${bad.join(", ")}`);
    return { id: n.id, labels: n.labels, properties: n.properties ?? {}, types: restoreTypes(n) };
  });
  const relationships = (doc.relationships ?? []).map((raw) => {
    const r = raw as RawElement & { type: string; start: string; end: string };
    if (!isRelType(r.type)) throw new Error(`unknown relationship type ${r.type}`);
    parseNodeId(r.start);
    parseNodeId(r.end);
    return { type: r.type, start: r.start, end: r.end, properties: r.properties ?? {}, types: restoreTypes(r) };
  });
  return { nodes, relationships };
}
