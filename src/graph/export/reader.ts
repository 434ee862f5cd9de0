// Reads the graph (or a filtered part of it) page by page: keys in index order, then each page's
// nodes with their outgoing relationships. No query returns more than one page.
import { type GraphDriver, type GraphSettings, readQuery } from "../driver.ts";
import { NODE_KEYS, PRIMARY_LABELS, type PrimaryLabel, nodeId, primaryLabel } from "./model.ts";
import { type ExportFilter, eventNeighbourhood, eventPage, isFiltered, keyPage, nodeDetails, nodePropertyKeys, relationshipPropertyKeys } from "./queries.ts";
import { type ExportNode, type ExportRelationship, normaliseType, typesFromPairs } from "./values.ts";

export type Page = Readonly<{ label: PrimaryLabel; nodes: readonly ExportNode[]; relationships: readonly ExportRelationship[] }>;

type Ref = { labels: string[]; code: unknown; key: unknown; id: unknown };

/** The id of a node reference, or null for nodes outside the model. */
export function refId(ref: Ref): string | null {
  const label = primaryLabel(ref.labels);
  if (!label) return null;
  const key = ref[NODE_KEYS[label] as "code" | "key" | "id"];
  return typeof key === "string" ? nodeId(label, key) : null;
}

/** Which nodes a filtered export keeps, as sorted keys per label (null: the whole graph). */
export type Scope = ReadonlyMap<PrimaryLabel, readonly string[]> | null;

export async function resolveScope(driver: GraphDriver, settings: GraphSettings, filter: ExportFilter, pageSize: number): Promise<Scope> {
  if (!isFiltered(filter)) return null;
  const keys = new Map<PrimaryLabel, Set<string>>(PRIMARY_LABELS.map((l) => [l, new Set<string>()]));
  let after: string | null = null;
  for (;;) {
    const ids: string[] = (await readQuery<{ k: string }>(driver, settings, eventPage(filter, after, pageSize))).map((r) => r.k);
    if (ids.length === 0) break;
    for (const ref of await readQuery<Ref>(driver, settings, eventNeighbourhood(ids))) {
      const label = primaryLabel(ref.labels);
      const id = refId(ref);
      if (label && id) keys.get(label)!.add(id.slice(label.length + 1));
    }
    after = ids[ids.length - 1]!;
    if (ids.length < pageSize) break;
  }
  return new Map([...keys].map(([l, s]) => [l, [...s].sort()]));
}

function inScope(scope: Scope, id: string): boolean {
  if (scope === null) return true;
  const at = id.indexOf(":");
  const keys = scope.get(id.slice(0, at) as PrimaryLabel);
  return keys !== undefined && binaryHas(keys, id.slice(at + 1));
}

function binaryHas(sorted: readonly string[], v: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = sorted[mid]!;
    if (m === v) return true;
    if (m < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

async function* keyPages(driver: GraphDriver, settings: GraphSettings, scope: Scope, label: PrimaryLabel, pageSize: number): AsyncGenerator<string[]> {
  if (scope !== null) {
    const keys = scope.get(label) ?? [];
    for (let i = 0; i < keys.length; i += pageSize) yield keys.slice(i, i + pageSize);
    return;
  }
  let after: string | null = null;
  for (;;) {
    const keys: string[] = (await readQuery<{ k: string }>(driver, settings, keyPage(label, after, pageSize))).map((r) => r.k);
    if (keys.length > 0) yield keys;
    if (keys.length < pageSize) return;
    after = keys[keys.length - 1]!;
  }
}

type DetailRow = {
  labels: string[];
  props: Record<string, unknown>;
  types: [string, string][];
  out: { type: string; props: Record<string, unknown>; types: [string, string][]; end: Ref }[];
};

/** Every exported node, label by label in key order, each page with its outgoing relationships. */
export async function* readPages(driver: GraphDriver, settings: GraphSettings, scope: Scope, pageSize = 500): AsyncGenerator<Page> {
  for (const label of PRIMARY_LABELS) {
    for await (const keys of keyPages(driver, settings, scope, label, pageSize)) {
      const rows = await readQuery<DetailRow>(driver, settings, nodeDetails(label, keys));
      const nodes: ExportNode[] = [];
      const relationships: ExportRelationship[] = [];
      for (const row of rows) {
        // A node with a second primary label is exported once, under the first.
        if (primaryLabel(row.labels) !== label) continue;
        const id = nodeId(label, String(row.props[NODE_KEYS[label]]));
        nodes.push({ id, labels: [...row.labels].sort(), properties: row.props, types: typesFromPairs(row.types) });
        for (const r of row.out) {
          const end = refId(r.end);
          if (end === null || !inScope(scope, end)) continue;
          relationships.push({ type: r.type, start: id, end, properties: r.props, types: typesFromPairs(r.types) });
        }
      }
      yield { label, nodes, relationships };
    }
  }
}

export type PropertyColumns = Readonly<{ nodes: ReadonlyMap<string, string>; relationships: ReadonlyMap<string, string> }>;

/** Property names (with one type each; mixed types read as STRING) for CSV and GraphML headers. */
export async function readPropertyColumns(driver: GraphDriver, settings: GraphSettings): Promise<PropertyColumns> {
  const merge = (into: Map<string, string>, rows: { k: string; types: string[] }[]) => {
    for (const { k, types } of rows) {
      const ts = new Set([...types.map(normaliseType), ...(into.has(k) ? [into.get(k)!] : [])]);
      into.set(k, ts.size === 1 ? [...ts][0]! : "STRING");
    }
  };
  const nodes = new Map<string, string>();
  for (const label of PRIMARY_LABELS) merge(nodes, await readQuery(driver, settings, nodePropertyKeys(label)));
  const relationships = new Map<string, string>();
  merge(relationships, await readQuery(driver, settings, relationshipPropertyKeys()));
  const sorted = (m: Map<string, string>) => new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { nodes: sorted(nodes), relationships: sorted(relationships) };
}
