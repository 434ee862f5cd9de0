// Whole-graph counts: label and relationship counts come from the count store.
import type { Cypher } from "../driver.ts";

export function statsQuery(): Cypher {
  return {
    text: `CALL () { MATCH (n:Country) RETURN count(n) AS countries }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Place) RETURN count(n) AS places }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH ()-[r:STATES]->() RETURN count(r) AS mentions }
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
CALL () { MATCH (n:Sentence) RETURN count(n) AS sentences }
CALL () { MATCH (n:Story) RETURN count(n) AS stories }
CALL () { MATCH (e:Event) WITH e.type AS type, count(*) AS count ORDER BY count DESC, type RETURN collect({ type: type, count: count }) AS eventsByType }
CALL () { MATCH (e:Event) WHERE e.date IS NOT NULL RETURN min(e.date) AS firstDate, max(e.date) AS lastDate }
RETURN countries, organizations, people, places, events, mentions, documents, sentences, stories, eventsByType, firstDate, lastDate`,
    params: {},
  };
}

/** The cheapest query that proves the database answers (readiness). */
export function pingQuery(): Cypher {
  return { text: "RETURN 1 AS ok", params: {} };
}
