// Documents, their same-story neighbours, and the evidence and people of events: the nested
// lists are built for many parents in one query.
import type { Cypher } from "../driver.ts";
import { cursorParams, keysetPredicate } from "./events.ts";
import { documentProjection, type NestedList, perKey, personProjection, sentenceProjection } from "./projections.ts";

const DOC_ORDER: ReadonlyArray<readonly [string, "DESC"]> = [["coalesce(d.published, '')", "DESC"], ["d.id", "DESC"]];

/**
 * Documents newest first, keyset-paged: rows {node, sort}. Dated documents come from the
 * document_published index in its order (a page costs tens of db hits, not a sort of every
 * document); the undated ones (null or '') are read only when the dated run short.
 */
export function documentsPageQuery(req: Readonly<{ source?: string | undefined; after?: readonly unknown[] | undefined; limit: number }>): Cypher {
  const conds: string[] = [];
  const params: Record<string, unknown> = { limit: req.limit, ...cursorParams(req.after ?? []) };
  if (req.source !== undefined) {
    conds.push("d.source = $source");
    params.source = req.source;
  }
  const and = (extra: string[]) => [...conds, ...extra].map((c) => ` AND ${c}`).join("");
  // After a cursor, the dated run seeks from the cursor's date (a CASE, not an OR, so the
  // planner keeps the index order instead of splitting the seek into a union).
  const datedAfter = req.after ? ["d.published <= $after0", "CASE WHEN d.published = $after0 THEN d.id < $after1 ELSE true END"] : [];
  const undatedAfter = req.after ? [keysetPredicate(DOC_ORDER)] : [];
  return {
    text: `CALL () {
  MATCH (d:Document) WHERE d.published > ''${and(datedAfter)}
  WITH d ORDER BY d.published DESC, d.id DESC LIMIT toInteger($limit)
  RETURN collect(d) AS dated
}
WITH dated + CASE WHEN size(dated) < $limit
  THEN COLLECT { MATCH (d:Document) WHERE coalesce(d.published, '') = ''${and(undatedAfter)} RETURN d ORDER BY d.id DESC LIMIT toInteger($limit) }
  ELSE [] END AS page
UNWIND page AS d
WITH d LIMIT toInteger($limit)
RETURN ${documentProjection("d")} AS node, [${DOC_ORDER.map(([x]) => x).join(", ")}] AS sort`,
    params,
  };
}

export function documentQuery(id: string): Cypher {
  return { text: `MATCH (d:Document {id: $id}) RETURN ${documentProjection("d")} AS document`, params: { id } };
}

/**
 * Same-story documents of a document: direct SAME_STORY_AS neighbours (with similarity) first,
 * then the rest of the story.
 */
export const SAME_STORY: NestedList = {
  body: `MATCH (d:Document {id: key})
  CALL (d) {
    MATCH (d)-[s:SAME_STORY_AS]-(o:Document) RETURN o, s.similarity AS similarity
    UNION
    MATCH (d)-[:IN_STORY]->(:Story)<-[:IN_STORY]-(o:Document) WHERE o <> d AND NOT EXISTS { (d)-[:SAME_STORY_AS]-(o) }
    RETURN o, null AS similarity
  }
  WITH o, similarity ORDER BY coalesce(similarity, -1.0) DESC, o.id`,
  proj: `{ document: ${documentProjection("o")}, similarity: similarity }`,
};

/** Every mention of an event: sentence, offsets, document, per-mention modality. */
export const EVIDENCE: NestedList = {
  body: `MATCH (s:Sentence)-[m:STATES]->(:Event {id: key})
  MATCH (s)-[:PART_OF]->(d:Document)
  WITH s, m, d ORDER BY coalesce(d.published, '') , d.id, s.index`,
  proj: `{ sentence: ${sentenceProjection("s")}, document: ${documentProjection("d")}, uncertain: m.uncertain, date: m.date, location: m.location }`,
};

/** People of an event, with their role. */
export const PARTICIPANTS: NestedList = {
  body: "MATCH (p:Person)-[r:ACTED_IN]->(:Event {id: key})\n  WITH p, r ORDER BY r.role, p.key",
  proj: `{ person: ${personProjection("p")}, role: r.role }`,
};

const forKeys = (list: NestedList, keys: readonly string[]): Cypher => ({ text: perKey(list.body, list.proj), params: { keys: [...keys] } });

export const sameStoryQuery = (ids: readonly string[]): Cypher => forKeys(SAME_STORY, ids);
export const evidenceQuery = (eventIds: readonly string[]): Cypher => forKeys(EVIDENCE, eventIds);
export const participantsQuery = (eventIds: readonly string[]): Cypher => forKeys(PARTICIPANTS, eventIds);
