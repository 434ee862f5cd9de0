// Cypher builders for exports (pure values). Labels and property names come from model.ts only;
// every value is a parameter.
import type { Cypher } from "../driver.ts";
import { NODE_KEYS, type PrimaryLabel } from "./model.ts";

export type ExportFilter = Readonly<{
  /** Actor keys (ISO alpha-3 or organization keys): events with one of them as source or target. */
  actors?: readonly string[] | undefined;
  /** Inclusive bounds on Event.date, compared at the bound's precision (2024, 2024-06, 2024-06-15). */
  from?: string | undefined;
  to?: string | undefined;
  /** PLOVER types. */
  types?: readonly string[] | undefined;
}>;

export function isFiltered(f: ExportFilter): boolean {
  return Boolean(f.actors?.length || f.from || f.to || f.types?.length);
}

/** A reference to any node, enough to rebuild its id in JS. */
const REF = (v: string) => `labels(${v}) AS labels, ${v}.code AS code, ${v}.key AS key, ${v}.id AS id`;

/** One page of keys of a label, in key order after `after` (served by the uniqueness index). */
export function keyPage(label: PrimaryLabel, after: string | null, limit: number): Cypher {
  const prop = NODE_KEYS[label];
  return {
    text: `MATCH (n:${label}) WHERE n.${prop} IS NOT NULL AND ($after IS NULL OR n.${prop} > $after)
RETURN n.${prop} AS k ORDER BY k LIMIT toInteger($limit)`,
    params: { after, limit },
  };
}

/** The nodes with these keys, their properties with types, and their outgoing relationships. */
export function nodeDetails(label: PrimaryLabel, keys: readonly string[]): Cypher {
  const prop = NODE_KEYS[label];
  return {
    text: `UNWIND $keys AS k
MATCH (n:${label} {${prop}: k})
RETURN labels(n) AS labels, properties(n) AS props, [p IN keys(n) | [p, valueType(n[p])]] AS types,
  COLLECT { MATCH (n)-[r]->(m) RETURN { type: type(r), props: properties(r), types: [p IN keys(r) | [p, valueType(r[p])]], end: { labels: labels(m), code: m.code, key: m.key, id: m.id } } } AS out
ORDER BY k`,
    params: { keys },
  };
}

/** One page of ids of the events a filter selects. */
export function eventPage(filter: ExportFilter, after: string | null, limit: number): Cypher {
  const where = ["($after IS NULL OR e.id > $after)"];
  if (filter.types?.length) where.push("e.type IN $types");
  if (filter.from) where.push("e.date IS NOT NULL AND left(e.date, size($from)) >= $from");
  if (filter.to) where.push("e.date IS NOT NULL AND left(e.date, size($to)) <= $to");
  if (filter.actors?.length) where.push("EXISTS { MATCH (e)-[:SOURCE|TARGET]->(a:Actor) WHERE a.key IN $actors }");
  return {
    text: `MATCH (e:Event) WHERE ${where.join("\n  AND ")}
RETURN e.id AS k ORDER BY k LIMIT toInteger($limit)`,
    params: { after, limit, types: filter.types ?? [], from: filter.from ?? null, to: filter.to ?? null, actors: filter.actors ?? [] },
  };
}

/**
 * What a filtered export keeps around its events: the actors, places and people of each event, the
 * sentences stating it, their documents and the documents' stories.
 */
export function eventNeighbourhood(eventIds: readonly string[]): Cypher {
  return {
    text: `UNWIND $ids AS eid
MATCH (e:Event {id: eid})
CALL (e) {
  RETURN e AS n
  UNION
  MATCH (e)-[:SOURCE|TARGET|AT]->(n) RETURN n
  UNION
  MATCH (n:Person)-[:ACTED_IN]->(e) RETURN n
  UNION
  MATCH (n:Sentence)-[:STATES]->(e) RETURN n
  UNION
  MATCH (s:Sentence)-[:STATES]->(e) MATCH (s)-[:PART_OF]->(n:Document) RETURN n
  UNION
  MATCH (s:Sentence)-[:STATES]->(e) MATCH (s)-[:PART_OF]->(:Document)-[:IN_STORY]->(n:Story) RETURN n
}
RETURN DISTINCT ${REF("n")}`,
    params: { ids: eventIds },
  };
}

/** Property names and their types over all nodes of a label (CSV and GraphML headers). */
export function nodePropertyKeys(label: PrimaryLabel): Cypher {
  return {
    text: `MATCH (n:${label}) UNWIND keys(n) AS k RETURN k, collect(DISTINCT valueType(n[k])) AS types`,
    params: {},
  };
}

/** Property names and their types over all relationships between exported labels. */
export function relationshipPropertyKeys(): Cypher {
  return {
    text: `MATCH ()-[r]->() UNWIND keys(r) AS k RETURN k, collect(DISTINCT valueType(r[k])) AS types`,
    params: {},
  };
}
