// Cypher for mentions, events and relation summaries. Events and RELATION edges are derived
// state: the ingest reads what they derive from, computes them with src/graph/derive.ts and
// writes them back whole, so they are exactly a function of the mentions whatever the order.
import type { Cypher } from "../driver.ts";
import { eventsBetween } from "../event-patterns.ts";

/** What a STATES edge stores: the mention as extracted, enough to re-key it when stories change. */
export type MentionProps = Readonly<{
  type: string;
  subtype: string | null;
  source: string;
  target: string | null;
  negated: boolean;
  uncertain: boolean;
  date: string | null;
  location: string | null;
  place: string | null;
  sourcePeople: readonly string[];
  targetPeople: readonly string[];
}>;

/** The derived properties of `e` from row `r`. */
const EVENT_PROPS = `SET e = r.props
// Counts are integers in the graph (JavaScript numbers travel as floats): Browser shows 3, not 3.0.
SET e.mentions = toInteger(r.props.mentions), e.documents = toInteger(r.props.documents), e.stories = toInteger(r.props.stories)
`;

/** A label per quad class, so Neo4j Browser's GraSS (which styles by label only) can colour events. */
const QUAD_CLASS_LABELS = `FOREACH (_ IN CASE e.quadClass WHEN 'VERBAL_COOPERATION' THEN [1] ELSE [] END | SET e:VerbalCooperation)
FOREACH (_ IN CASE e.quadClass WHEN 'MATERIAL_COOPERATION' THEN [1] ELSE [] END | SET e:MaterialCooperation)
FOREACH (_ IN CASE e.quadClass WHEN 'VERBAL_CONFLICT' THEN [1] ELSE [] END | SET e:VerbalConflict)
FOREACH (_ IN CASE e.quadClass WHEN 'MATERIAL_CONFLICT' THEN [1] ELSE [] END | SET e:MaterialConflict)
`;

/** `e`'s SOURCE, TARGET, AT and ACTED_IN edges from row `r`: CREATE for a new event, MERGE otherwise. */
function eventEdges(verb: "MERGE" | "CREATE"): string {
  return `CALL (e, r) {
  MERGE (a:Actor {key: r.props.source}) ON CREATE SET a.name = r.props.source
  ${verb} (e)-[:SOURCE]->(a)
}
CALL (e, r) {
  WITH e, r WHERE r.props.target IS NOT NULL
  MERGE (b:Actor {key: r.props.target}) ON CREATE SET b.name = r.props.target
  ${verb} (e)-[:TARGET]->(b)
}
CALL (e, r) {
  WITH e, r WHERE r.place IS NOT NULL
  MATCH (p:Place {key: r.place})
  ${verb} (e)-[:AT]->(p)
}
CALL (e, r) {
  UNWIND r.people AS pp
  MATCH (p:Person {key: pp.key})
  ${verb} (p)-[:ACTED_IN {role: pp.role}]->(e)
}`;
}

export type MentionRow = Readonly<{ sentenceId: string; eventId: string; props: MentionProps }>;

export type EventProps = Readonly<{
  id: string;
  type: string;
  subtype: string | null;
  quadClass: string | null;
  weight: number | null;
  date: string | null;
  negated: boolean;
  uncertain: boolean;
  source: string;
  target: string | null;
  mentions: number;
  documents: number;
  stories: number;
}>;

export type EventRow = Readonly<{
  props: EventProps;
  place: string | null;
  people: readonly Readonly<{ key: string; role: "source" | "target" }>[];
}>;

export type RelationProps = Readonly<{
  events: number;
  cooperation: number;
  conflict: number;
  weight: number;
  first: string | null;
  last: string | null;
  byType: string;
}>;

export function readDocumentMentions(documentIds: readonly string[]): Cypher {
  return {
    text: `UNWIND $documentIds AS id
MATCH (s:Sentence)-[:PART_OF]->(:Document {id: id})
MATCH (s)-[m:STATES]->(e:Event)
RETURN id AS documentId, s.id AS sentenceId, e.id AS eventId, properties(m) AS props`,
    params: { documentIds },
  };
}

export function deleteMentions(rows: readonly Readonly<{ sentenceId: string; eventId: string }>[]): Cypher {
  return {
    text: `UNWIND $rows AS r
MATCH (:Sentence {id: r.sentenceId})-[m:STATES]->(:Event {id: r.eventId})
DELETE m`,
    params: { rows },
  };
}

/** One STATES edge per (sentence, event); the event node is created bare and filled by writeEvents. */
export function writeMentions(rows: readonly MentionRow[]): Cypher {
  return {
    text: `UNWIND $rows AS r
MATCH (s:Sentence {id: r.sentenceId})
MERGE (e:Event {id: r.eventId})
MERGE (s)-[m:STATES]->(e)
SET m = r.props`,
    params: { rows },
  };
}

/** Everything an event derives from: its mentions with their document and story; its current edges. */
export function readEventMentions(eventIds: readonly string[]): Cypher {
  return {
    text: `UNWIND $eventIds AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (s:Sentence)-[m:STATES]->(e)
OPTIONAL MATCH (s)-[:PART_OF]->(d:Document)
OPTIONAL MATCH (d)-[:IN_STORY]->(st:Story)
WITH e, collect(CASE WHEN m IS NULL THEN null ELSE {documentId: d.id, storyId: st.id, props: properties(m)} END) AS mentions
RETURN e.id AS id, e.source AS source, e.target AS target, mentions,
  [(p:Person)-[:ACTED_IN]->(e) | p.key] AS people, [(e)-[:AT]->(pl:Place) | pl.key] AS places`,
    params: { eventIds },
  };
}

/** Replaces each event's properties and its SOURCE/TARGET/AT/ACTED_IN edges with the derived ones. */
export function writeEvents(rows: readonly EventRow[]): Cypher {
  return {
    text: `UNWIND $rows AS r
MATCH (e:Event {id: r.props.id})
${EVENT_PROPS}// A label per quad class, so Neo4j Browser's GraSS (which styles by label only) can colour events.
REMOVE e:VerbalCooperation:MaterialCooperation:VerbalConflict:MaterialConflict
${QUAD_CLASS_LABELS}WITH e, r
CALL (e) { MATCH (e)-[old:SOURCE|TARGET|AT]->() DELETE old }
CALL (e) { MATCH (:Person)-[old:ACTED_IN]->(e) DELETE old }
${eventEdges("MERGE")}`,
    params: { rows },
  };
}

/** Which of these events are stored already (the others are created whole by createEvents). */
export function readStoredEvents(eventIds: readonly string[]): Cypher {
  return { text: "UNWIND $eventIds AS id MATCH (e:Event {id: id}) RETURN id", params: { eventIds } };
}

export type NewEventRow = EventRow & Readonly<{ mentions: readonly Readonly<{ sentenceId: string; props: MentionProps }>[] }>;

/**
 * Events no stored mention states yet, with their mentions, derived properties and edges, in one
 * pass: the writer derived them from the batch alone (there is nothing stored to read back, and
 * no old edge to remove), and holds the ingest lock, so CREATE. Stored events go through
 * writeMentions -> readEventMentions -> writeEvents instead.
 */
export function createEvents(rows: readonly NewEventRow[]): Cypher {
  return {
    text: `UNWIND $rows AS r
CREATE (e:Event)
${EVENT_PROPS}${QUAD_CLASS_LABELS}WITH e, r
CALL (e, r) {
  UNWIND r.mentions AS m
  MATCH (s:Sentence {id: m.sentenceId})
  CREATE (s)-[x:STATES]->(e)
  SET x = m.props
}
${eventEdges("CREATE")}`,
    params: { rows },
  };
}

export function deleteEvents(eventIds: readonly string[]): Cypher {
  return { text: "UNWIND $eventIds AS id MATCH (e:Event {id: id}) DETACH DELETE e", params: { eventIds } };
}

/** The non-negated events between each pair of actors, either direction (via the event_pair index). */
export function readRelationEvents(pairs: readonly Readonly<{ a: string; b: string }>[]): Cypher {
  return {
    text: `UNWIND $pairs AS p
${eventsBetween("p", "p.a", "p.b", " AND e.negated = false")}
RETURN p.a AS a, p.b AS b, collect({type: e.type, quadClass: e.quadClass, weight: e.weight, date: e.date}) AS events`,
    params: { pairs },
  };
}

/**
 * The stored RELATION summaries of these pairs (pairs without one are left out): what the writer
 * merges a batch's new events into when nothing else of the pair changed (mergeRelation).
 */
export function readRelations(pairs: readonly Readonly<{ a: string; b: string }>[]): Cypher {
  return {
    text: `UNWIND $pairs AS p
MATCH (:Actor {key: p.a})-[r:RELATION]->(:Actor {key: p.b})
// every field named: a null first/last is no stored property, and must come back as null
RETURN p.a AS a, p.b AS b, {events: r.events, cooperation: r.cooperation, conflict: r.conflict, weight: r.weight,
  first: r.first, last: r.last, byType: r.byType} AS props`,
    params: { pairs },
  };
}

/** Pairs with events get their summary; pairs without lose the edge. Stored from smaller key to larger. */
export function writeRelations(rows: readonly Readonly<{ a: string; b: string; props: RelationProps | null }>[]): Cypher {
  return {
    text: `UNWIND $rows AS r
MATCH (a:Actor {key: r.a}), (b:Actor {key: r.b})
CALL (a, b, r) {
  WITH a, b, r WHERE r.props IS NULL
  MATCH (a)-[old:RELATION]->(b)
  DELETE old
}
CALL (a, b, r) {
  WITH a, b, r WHERE r.props IS NOT NULL
  MERGE (a)-[rel:RELATION]->(b)
  SET rel = r.props, rel.events = toInteger(r.props.events),
      rel.cooperation = toInteger(r.props.cooperation), rel.conflict = toInteger(r.props.conflict)
}`,
    params: { rows },
  };
}
