// Independent recomputations the integration tests compare the stored derived state with.
import { readQuery } from "../../src/graph/driver.ts";
import { testConfig, testDriver } from "../setup/graph.ts";

const read = <T>(text: string) => readQuery<T>(testDriver(), testConfig(), { text, params: {} });

/** Stored RELATION edges and the same summary recomputed from the events with plain Cypher. */
export async function relationsVersusEvents(): Promise<{ stored: string[]; recomputed: string[] }> {
  type R = { a: string; b: string; events: number; cooperation: number; conflict: number; weight: number; first: string | null; last: string | null; byType: string };
  const line = (r: R) => `${r.a}-${r.b} events=${r.events} coop=${r.cooperation} conf=${r.conflict} w=${Math.round(r.weight * 100) / 100} ${r.first}..${r.last} ${r.byType}`;
  const stored = await read<R>(`MATCH (a:Actor)-[r:RELATION]->(b:Actor)
RETURN a.key AS a, b.key AS b, r.events AS events, r.cooperation AS cooperation, r.conflict AS conflict, r.weight AS weight, r.first AS first, r.last AS last, r.byType AS byType`);
  const recomputed = await read<R & { types: string[] }>(`MATCH (e:Event) WHERE e.target IS NOT NULL AND e.source <> e.target AND e.negated = false
WITH CASE WHEN e.source < e.target THEN e.source ELSE e.target END AS a, CASE WHEN e.source < e.target THEN e.target ELSE e.source END AS b, e
RETURN a, b, count(e) AS events,
  sum(CASE WHEN e.quadClass ENDS WITH 'COOPERATION' THEN 1 ELSE 0 END) AS cooperation,
  sum(CASE WHEN e.quadClass ENDS WITH 'CONFLICT' THEN 1 ELSE 0 END) AS conflict,
  sum(e.weight) AS weight, min(e.date) AS first, max(e.date) AS last, collect(e.type) AS types`);
  // byType: the count of each type, keys in code-point order
  const byType = (types: string[]) => {
    const counts: Record<string, number> = {};
    for (const t of [...types].sort()) counts[t] = (counts[t] ?? 0) + 1;
    return JSON.stringify(counts);
  };
  return { stored: stored.map(line).sort(), recomputed: recomputed.map((r) => line({ ...r, byType: byType(r.types) })).sort() };
}

/** Event counters that disagree with a recount from the mentions (should be none). */
export async function eventCounterMismatches(): Promise<string[]> {
  const rows = await read<{ id: string; stored: number[]; counted: number[] }>(`MATCH (e:Event)
OPTIONAL MATCH (s:Sentence)-[:STATES]->(e)
OPTIONAL MATCH (s)-[:PART_OF]->(d:Document)-[:IN_STORY]->(st:Story)
WITH e, count(s) AS mentions, count(DISTINCT d) AS documents, count(DISTINCT st) AS stories
WHERE mentions = 0 OR [e.mentions, e.documents, e.stories] <> [mentions, documents, stories]
RETURN e.id AS id, [e.mentions, e.documents, e.stories] AS stored, [mentions, documents, stories] AS counted`);
  return rows.map((r) => `${r.id}: stored ${r.stored} counted ${r.counted}`);
}

/** Documents whose story is not the smallest id of their SAME_STORY_AS component, and stories whose size is off. */
export async function storyMismatches(): Promise<string[]> {
  const rows = await read<{ id: string; story: string | null; expected: string }>(`MATCH (d:Document)
OPTIONAL MATCH (d)-[:IN_STORY]->(s:Story)
OPTIONAL MATCH (d)-[:SAME_STORY_AS*1..20]-(x:Document)
WITH d, s, [d.id] + collect(DISTINCT x.id) AS ids
RETURN d.id AS id, s.id AS story, reduce(m = ids[0], i IN ids | CASE WHEN i < m THEN i ELSE m END) AS expected`);
  const sizes = await read<{ id: string; documents: number; counted: number }>(`MATCH (s:Story) RETURN s.id AS id, s.documents AS documents, COUNT { (:Document)-[:IN_STORY]->(s) } AS counted`);
  return [
    ...rows.filter((r) => r.story !== r.expected).map((r) => `${r.id} in story ${r.story}, expected ${r.expected}`),
    ...sizes.filter((s) => s.documents !== s.counted || s.counted === 0).map((s) => `story ${s.id} says ${s.documents} documents, has ${s.counted}`),
  ];
}

/** Count and offset properties stored as anything but INTEGER (JavaScript numbers arrive as floats). */
export async function nonIntegerCounts(): Promise<string[]> {
  const rows = await read<{ what: string; type: string; n: number }>(`CALL () {
  MATCH (e:Event) UNWIND ['mentions', 'documents', 'stories'] AS k RETURN 'Event.' + k AS what, valueType(e[k]) AS type
  UNION ALL
  MATCH (s:Sentence) UNWIND ['index', 'start', 'end'] AS k RETURN 'Sentence.' + k AS what, valueType(s[k]) AS type
  UNION ALL
  MATCH ()-[r:RELATION]->() UNWIND ['events', 'cooperation', 'conflict'] AS k RETURN 'RELATION.' + k AS what, valueType(r[k]) AS type
  UNION ALL
  MATCH (s:Story) RETURN 'Story.documents' AS what, valueType(s.documents) AS type
}
WITH what, type WHERE type <> 'INTEGER NOT NULL'
RETURN what, type, count(*) AS n`);
  return rows.map((r) => `${r.what}: ${r.type} (${r.n})`);
}
