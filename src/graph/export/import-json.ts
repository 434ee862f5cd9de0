// Re-import of a `json` export, as parameterised statements (pure builders). Strings and booleans
// are set as a map; every other value travels with its type and is converted in Cypher, since a
// JSON number cannot say whether it was 4 or 4.0.
import type { Cypher } from "../driver.ts";
import { NODE_KEYS, isLabel, isRelType, parseNodeId } from "./model.ts";
import type { JsonExport } from "./json-format.ts";
import type { ExportNode, ExportRelationship } from "./values.ts";
import { listItemType } from "./values.ts";

const PLAIN = new Set(["STRING", "BOOLEAN", "LIST<STRING>", "LIST<BOOLEAN>", "LIST<NOTHING>"]);

const CONVERT: Readonly<Record<string, string>> = {
  INTEGER: "toInteger(x)",
  FLOAT: "toFloat(x)",
  DATE: "date(x)",
  "ZONED DATETIME": "datetime(x)",
  "LOCAL DATETIME": "localdatetime(x)",
  "ZONED TIME": "time(x)",
  "LOCAL TIME": "localtime(x)",
  DURATION: "duration(x)",
  POINT: "point(x)",
};

/** `SET e[t.k] = <t.v converted to t.t>` for each typed value of the row (after the plain map). */
function typedSet(v: string): string {
  const scalar = Object.entries(CONVERT).map(([t, f]) => `WHEN '${t}' THEN ${f.replace("x", "t.v")}`);
  const lists = Object.entries(CONVERT).map(([t, f]) => `WHEN 'LIST<${t}>' THEN [x IN t.v | ${f}]`);
  return `WITH ${v}, row UNWIND row.t AS t SET ${v}[t.k] = CASE t.t ${[...scalar, ...lists].join(" ")} END`;
}

type Split = { p: Record<string, unknown>; t: { k: string; t: string; v: unknown }[] };

function split(props: Readonly<Record<string, unknown>>, types: Readonly<Record<string, string>>): Split {
  const out: Split = { p: {}, t: [] };
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined) continue;
    const t = types[k] ?? "STRING";
    if (PLAIN.has(t)) out.p[k] = v;
    else {
      const base = listItemType(t) ?? t;
      if (!(base in CONVERT)) throw new Error(`cannot import a value of type ${t} (${k})`);
      out.t.push({ k, t, v: typeof v === "bigint" ? v.toString() : v });
    }
  }
  return out;
}

function group<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const m = new Map<string, T[]>();
  for (const it of items) m.set(key(it), [...(m.get(key(it)) ?? []), it]);
  return [...m.values()];
}

export function importNodeStatements(nodes: readonly ExportNode[], batch = 500): Cypher[] {
  const out: Cypher[] = [];
  for (const g of group(nodes, (n) => `${parseNodeId(n.id).label}|${n.labels.join(":")}`)) {
    const label = parseNodeId(g[0]!.id).label;
    const bad = g[0]!.labels.filter((l) => !isLabel(l));
    if (bad.length) throw new Error(`unknown label(s) ${bad.join(", ")}: not in the Entente model`);
    const extra = g[0]!.labels.filter((l) => l !== label).map((l) => `:${l}`).join("");
    const text = `UNWIND $rows AS row MERGE (n:${label} {${NODE_KEYS[label]}: row.k}) SET n = row.p${extra ? ` SET n${extra}` : ""} ${typedSet("n")}`;
    for (let i = 0; i < g.length; i += batch) {
      const rows = g.slice(i, i + batch).map((n) => ({ k: parseNodeId(n.id).key, ...split(n.properties, n.types) }));
      out.push({ text, params: { rows } });
    }
  }
  return out;
}

export function importRelationshipStatements(rels: readonly ExportRelationship[], batch = 500): Cypher[] {
  const out: Cypher[] = [];
  for (const g of group(rels, (r) => `${r.type}|${parseNodeId(r.start).label}|${parseNodeId(r.end).label}`)) {
    const a = parseNodeId(g[0]!.start).label;
    const b = parseNodeId(g[0]!.end).label;
    const type = g[0]!.type;
    if (!isRelType(type)) throw new Error(`unknown relationship type ${type}: not in the Entente model`);
    // Numbers compare equal across INTEGER and FLOAT (4 = 4.0), so `all` finds an existing copy.
    const text = `UNWIND $rows AS row MATCH (a:${a} {${NODE_KEYS[a]}: row.s}) MATCH (b:${b} {${NODE_KEYS[b]}: row.e}) ` +
      `WITH a, b, row WHERE NOT EXISTS { MATCH (a)-[x:${type}]->(b) WHERE properties(x) = row.all } ` +
      `CREATE (a)-[r:${type}]->(b) SET r = row.p ${typedSet("r")}`;
    for (let i = 0; i < g.length; i += batch) {
      const rows = g.slice(i, i + batch).map((r) => ({
        s: parseNodeId(r.start).key, e: parseNodeId(r.end).key, all: r.properties, ...split(r.properties, r.types),
      }));
      out.push({ text, params: { rows } });
    }
  }
  return out;
}

/** All statements, nodes first. Labels and types were checked by parseJsonExport. */
export function importStatements(doc: JsonExport): Cypher[] {
  return [...importNodeStatements(doc.nodes), ...importRelationshipStatements(doc.relationships)];
}
