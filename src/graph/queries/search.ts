// Full-text search over the entente_names and entente_sentences indexes (constraints.cypher).
import type { Cypher } from "../driver.ts";
import { actorProjection, documentProjection, personProjection, placeProjection, sentenceProjection } from "./projections.ts";

// Lucene classic query syntax: every one of these has a meaning, so each is escaped to be literal.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A literal Lucene query from free text: special characters escaped, the operator words
 * AND/OR/NOT lower-cased (the analyzer lower-cases terms anyway), every word required.
 * Returns null when no word is left ("" or only punctuation-free whitespace).
 */
export function luceneQuery(text: string): string | null {
  const words = text.split(/\s+/).filter((w) => w.length > 0)
    .map((w) => (/^(AND|OR|NOT)$/.test(w) ? w.toLowerCase() : w))
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`));
  return words.length ? words.map((w) => `+${w}`).join(" ") : null;
}

/** Name hits (countries, organizations, people, places) and sentence hits, in one query. */
export function searchQuery(query: string, limit: number): Cypher {
  return {
    text: `CALL () {
  CALL db.index.fulltext.queryNodes('entente_names', $query, {limit: toInteger($limit)}) YIELD node, score
  WITH node, score ORDER BY score DESC LIMIT toInteger($limit)
  RETURN collect({ score: score,
    label: CASE WHEN node:Country THEN 'Country' WHEN node:Organization THEN 'Organization' WHEN node:Person THEN 'Person' ELSE 'Place' END,
    actor: CASE WHEN node:Actor THEN ${actorProjection("node")} END,
    person: CASE WHEN node:Person THEN ${personProjection("node")} END,
    place: CASE WHEN node:Place THEN ${placeProjection("node")} END }) AS names
}
CALL () {
  CALL db.index.fulltext.queryNodes('entente_sentences', $query, {limit: toInteger($limit)}) YIELD node, score
  WITH node, score ORDER BY score DESC LIMIT toInteger($limit)
  OPTIONAL MATCH (node)-[:PART_OF]->(d:Document)
  RETURN collect({ score: score, sentence: ${sentenceProjection("node")}, document: ${documentProjection("d")},
    eventIds: [(node)-[:STATES]->(e:Event) | e.id] }) AS sentences
}
RETURN names, sentences`,
    params: { query, limit },
  };
}
