// The `cypher` export: parameter-free statements that re-create the graph in another Neo4j.
// Nodes are MERGEd on their keys; a relationship is created unless one with the same type, ends
// and properties exists, so running the script twice changes nothing.
import { NODE_KEYS, type PrimaryLabel, isLabel, isRelType, parseNodeId } from "./model.ts";
import { literal, mapLiteral, name, stringLiteral } from "./cypher-literal.ts";
import type { ExportNode, ExportRelationship } from "./values.ts";

export function cypherHeader(constraints: readonly string[], comment: string): string {
  const lines = comment.split("\n").map((l) => `// ${l}`);
  return `${lines.join("\n")}\n${constraints.map((c) => `${c.replace(/\s*\n\s*/g, " ")};`).join("\n")}\n`;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const g = m.get(k);
    if (g) g.push(it);
    else m.set(k, [it]);
  }
  return m;
}

function checkLabels(labels: readonly string[]): void {
  const bad = labels.filter((l) => !isLabel(l));
  if (bad.length) throw new Error(`unknown label(s) ${bad.join(", ")}: not in the Entente model`);
}

/** MERGE statements for nodes of one primary label, one statement per label set and batch. */
export function nodeStatements(label: PrimaryLabel, nodes: readonly ExportNode[], batch = 200): string[] {
  const prop = NODE_KEYS[label];
  const out: string[] = [];
  for (const group of groupBy(nodes, (n) => n.labels.join(":")).values()) {
    checkLabels(group[0]!.labels);
    const extra = group[0]!.labels.filter((l) => l !== label).map((l) => `:${name(l)}`).join("");
    for (let i = 0; i < group.length; i += batch) {
      const rows = group.slice(i, i + batch).map((n) => `{k: ${stringLiteral(parseNodeId(n.id).key)}, p: ${mapLiteral(n.properties, n.types)}}`);
      out.push(`UNWIND [${rows.join(", ")}] AS row MERGE (n:${name(label)} {${name(prop)}: row.k}) SET n = row.p${extra ? ` SET n${extra}` : ""};`);
    }
  }
  return out;
}

/** Statements creating relationships (type, start label, end label as one group). */
export function relationshipStatements(rels: readonly ExportRelationship[], batch = 200): string[] {
  const out: string[] = [];
  const groups = groupBy(rels, (r) => `${r.type}|${parseNodeId(r.start).label}|${parseNodeId(r.end).label}`);
  for (const group of groups.values()) {
    const first = group[0]!;
    if (!isRelType(first.type)) throw new Error(`unknown relationship type ${first.type}: not in the Entente model`);
    const a = parseNodeId(first.start).label;
    const b = parseNodeId(first.end).label;
    for (let i = 0; i < group.length; i += batch) {
      const rows = group.slice(i, i + batch).map((r) =>
        `{s: ${literal(parseNodeId(r.start).key, "STRING")}, e: ${literal(parseNodeId(r.end).key, "STRING")}, p: ${mapLiteral(r.properties, r.types)}}`);
      out.push(`UNWIND [${rows.join(", ")}] AS row MATCH (a:${name(a)} {${name(NODE_KEYS[a])}: row.s}) MATCH (b:${name(b)} {${name(NODE_KEYS[b])}: row.e}) ` +
        `WITH a, b, row WHERE NOT EXISTS { MATCH (a)-[x:${name(first.type)}]->(b) WHERE properties(x) = row.p } ` +
        `CREATE (a)-[r:${name(first.type)}]->(b) SET r = row.p;`);
    }
  }
  return out;
}
