// A small graph in the shape of schema/graph.md, written by Cypher, for the API tests. Its keys
// use ISO 3166 user-assigned codes (QQA..QQD) and `t6-` ids, so it never collides with real data
// and can be removed on its own.
import { type GraphDriver, type GraphSettings, readQuery, writeQuery } from "../../src/graph/driver.ts";

export const FIXTURE_PREFIX = "t6-";

const ACTORS = [
  { key: "QQA", label: "Country", name: "Qualandia", aliasText: "Quala|Republic of Qualandia" },
  { key: "QQB", label: "Country", name: "Qubestan", aliasText: "Qubestani Republic" },
  { key: "QQC", label: "Country", name: "Qucedonia", aliasText: "" },
  { key: "QQD", label: "Country", name: "Qudland", aliasText: "" },
  { key: "QQO", label: "Organization", name: "Quorganization of Treaty States", aliasText: "QOTS" },
];

const DOCS = [
  { id: "t6-doc1", source: "Fixture Wire", published: "2025-07-28", title: "Qualandia and Qubestan", story: "t6-story1" },
  { id: "t6-doc2", source: "Fixture Post", published: "2025-07-28", title: "Flights resume", story: "t6-story1" },
  { id: "t6-doc3", source: "Fixture Wire", published: "2024-11-06", title: "Troops", story: "t6-story2" },
];

type Ev = { id: string; type: string; quadClass: string; weight: number; source: string; target: string | null; date: string | null;
  negated?: boolean; uncertain?: boolean; sentences: [string, number, string][]; people?: [string, string][]; place?: string };

export const EVENTS: Ev[] = [
  { id: "t6-e1", type: "AGREE", quadClass: "VERBAL_COOPERATION", weight: 4, source: "QQA", target: "QQB", date: "2024-06-19",
    sentences: [["t6-doc1", 0, "Qualandia and Qubestan signed the zorbulent partnership treaty in June 2024."]],
    people: [["Alpha Leader", "source"], ["Beta Chief", "target"]] },
  { id: "t6-e2", type: "COOPERATE", quadClass: "MATERIAL_COOPERATION", weight: 6, source: "QQA", target: "QQB", date: "2025-07-27",
    sentences: [["t6-doc1", 1, "Qualandia resumed direct flights to Qubestan on July 27."], ["t6-doc2", 0, "Flights from Qualandia to Qubestan resumed on July 27."]] },
  { id: "t6-e3", type: "MOBILIZE", quadClass: "MATERIAL_CONFLICT", weight: -7.2, source: "QQB", target: "QQC", date: "2024-10",
    sentences: [["t6-doc3", 0, "Qubestan deployed troops to Kurskov in October 2024."]], place: "Kurskov|QQC" },
  { id: "t6-e4", type: "AID", quadClass: "MATERIAL_COOPERATION", weight: 7, source: "QQB", target: "QQA", date: "2024-11-05", negated: true,
    sentences: [["t6-doc3", 1, "Qubestan has no intention of sending soldiers to Qualandia."]] },
  { id: "t6-e5", type: "ASSAULT", quadClass: "MATERIAL_CONFLICT", weight: -10, source: "QQC", target: "QQA", date: "2024-12", uncertain: true,
    sentences: [["t6-doc3", 2, "Qucedonia may have shelled Qualandia in December."]] },
  { id: "t6-e6", type: "ACCUSE", quadClass: "VERBAL_CONFLICT", weight: -2, source: "QQC", target: "QQB", date: null,
    sentences: [["t6-doc3", 3, "Qucedonia accused Qubestan of provocations."]], people: [["Gamma Unknown", "source"]] },
  { id: "t6-e7", type: "CONSULT", quadClass: "VERBAL_COOPERATION", weight: 1, source: "QQD", target: "QQC", date: "2024-03-01",
    sentences: [["t6-doc3", 4, "Qudland's envoy met Qucedonia's foreign minister on March 1, 2024."]] },
];

// Summaries of the non-negated events per pair (graph.md: RELATION, smaller key first).
const RELATIONS = [
  { a: "QQA", b: "QQB", events: 2, cooperation: 2, conflict: 0, weight: 10, first: "2024-06-19", last: "2025-07-27", byType: '{"AGREE":1,"COOPERATE":1}' },
  { a: "QQB", b: "QQC", events: 2, cooperation: 0, conflict: 2, weight: -9.2, first: "2024-10", last: "2024-10", byType: '{"MOBILIZE":1,"ACCUSE":1}' },
  { a: "QQA", b: "QQC", events: 1, cooperation: 0, conflict: 1, weight: -10, first: "2024-12", last: "2024-12", byType: '{"ASSAULT":1}' },
  { a: "QQC", b: "QQD", events: 1, cooperation: 1, conflict: 0, weight: 1, first: "2024-03-01", last: "2024-03-01", byType: '{"CONSULT":1}' },
];

/** Empties the graph in chunks (a generated bench graph is too big for one transaction). */
export async function clearInChunks(driver: GraphDriver, settings: GraphSettings): Promise<void> {
  for (;;) {
    const long = { neo4j: { ...settings.neo4j, queryTimeoutMs: 120_000 } };
    const [row] = await writeQuery<{ n: number }>(driver, long, { text: "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n", params: {} });
    if (!row || row.n === 0) return;
  }
}

export async function removeFixtures(driver: GraphDriver, settings: GraphSettings): Promise<void> {
  await writeQuery(driver, settings, {
    text: `MATCH (n) WHERE (n:Actor AND n.key IN $actors) OR (n:Person AND n.key IN $people)
  OR ((n:Event OR n:Document OR n:Sentence OR n:Story) AND n.id STARTS WITH $prefix) OR (n:Place AND n.key = 'Kurskov|QQC')
DETACH DELETE n`,
    params: { actors: ACTORS.map((a) => a.key), people: ["Alpha Leader", "Beta Chief", "Gamma Unknown"], prefix: FIXTURE_PREFIX },
  });
}

export async function seedFixtures(driver: GraphDriver, settings: GraphSettings): Promise<void> {
  await removeFixtures(driver, settings);
  const w = (text: string, params: Record<string, unknown> = {}) => writeQuery(driver, settings, { text, params });
  await w("UNWIND $actors AS a CREATE (:Country:Actor {key: a.key, code: a.key, name: a.name, aliasText: a.aliasText})",
    { actors: ACTORS.filter((a) => a.label === "Country") });
  await w("UNWIND $actors AS a CREATE (:Organization:Actor {key: a.key, name: a.name, aliasText: a.aliasText})",
    { actors: ACTORS.filter((a) => a.label === "Organization") });
  await w(`MATCH (a:Country {key: 'QQA'}), (b:Country {key: 'QQB'}), (o:Organization {key: 'QQO'})
CREATE (a)-[:MEMBER_OF {since: '2001-01-01'}]->(o), (b)-[:MEMBER_OF]->(o)
CREATE (p1:Person {key: 'Alpha Leader', name: 'Alpha Leader', resolved: true, aliasText: 'A. Leader|President Alpha'})-[:HOLDS_OFFICE {title: 'President', from: '2020-01-01', to: null}]->(a)
CREATE (p1)-[:HOLDS_OFFICE {title: 'Prime Minister', from: '2012-05-01', to: '2019-12-31'}]->(a)
CREATE (p2:Person {key: 'Beta Chief', name: 'Beta Chief', resolved: true, aliasText: ''})-[:HOLDS_OFFICE {title: 'Supreme Leader', from: '2011-12-17', to: null}]->(b)
CREATE (:Person {key: 'Gamma Unknown', name: 'Gamma Unknown', resolved: false, aliasText: ''})
CREATE (pl:Place {key: 'Kurskov|QQC', name: 'Kurskov', lat: 51.7, lon: 36.2, country: 'QQC'})
WITH pl MATCH (c:Country {key: 'QQC'}) CREATE (pl)-[:IN]->(c)`);
  await w(`UNWIND $docs AS d
MERGE (s:Story {id: d.story})
CREATE (doc:Document {id: d.id, source: d.source, published: d.published, title: d.title, sha256: d.id, ingestedAt: datetime('2026-01-01T00:00:00Z')})
CREATE (doc)-[:IN_STORY]->(s)
WITH s MATCH (x:Document)-[:IN_STORY]->(s) WITH s, count(x) AS n SET s.documents = n`, { docs: DOCS });
  await w(`MATCH (a:Document {id: 't6-doc1'}), (b:Document {id: 't6-doc2'}) CREATE (a)-[:SAME_STORY_AS {similarity: 0.82}]->(b)`);
  await w(`UNWIND $events AS ev
CREATE (e:Event {id: ev.id, type: ev.type, subtype: null, quadClass: ev.quadClass, weight: ev.weight, date: ev.date,
  negated: coalesce(ev.negated, false), uncertain: coalesce(ev.uncertain, false), source: ev.source, target: ev.target,
  mentions: size(ev.sentences), documents: size(ev.sentences), stories: 1})
WITH e, ev
MATCH (s:Actor {key: ev.source}) CREATE (e)-[:SOURCE]->(s)
WITH e, ev
CALL (e, ev) { MATCH (t:Actor {key: ev.target}) CREATE (e)-[:TARGET]->(t) }
CALL (e, ev) { MATCH (p:Place {key: ev.place}) CREATE (e)-[:AT]->(p) }
CALL (e, ev) { UNWIND coalesce(ev.people, []) AS pr MATCH (p:Person {key: pr[0]}) CREATE (p)-[:ACTED_IN {role: pr[1]}]->(e) }
CALL (e, ev) {
  UNWIND ev.sentences AS st
  WITH e, ev, st, toInteger(st[1]) AS i
  MATCH (d:Document {id: st[0]})
  MERGE (s:Sentence {id: st[0] + '#' + toString(i)})
    ON CREATE SET s.documentId = st[0], s.index = i, s.text = st[2], s.start = i * 100, s.end = i * 100 + size(st[2])
  MERGE (s)-[:PART_OF]->(d)
  CREATE (s)-[:STATES {uncertain: coalesce(ev.uncertain, false), date: ev.date, location: null}]->(e)
}`, { events: EVENTS });
  await w(`UNWIND $rels AS r MATCH (a:Actor {key: r.a}), (b:Actor {key: r.b})
CREATE (a)-[:RELATION {events: r.events, cooperation: r.cooperation, conflict: r.conflict, weight: r.weight, first: r.first, last: r.last, byType: r.byType}]->(b)`, { rels: RELATIONS });
}

/** Counts of the fixture's nodes and relationships (to prove a request changed nothing). */
export async function fixtureFingerprint(driver: GraphDriver, settings: GraphSettings): Promise<Record<string, number>> {
  const [row] = await readQuery<Record<string, number>>(driver, settings, {
    text: `CALL () { MATCH (n) WHERE (n:Actor AND n.key STARTS WITH 'QQ') OR ((n:Event OR n:Document OR n:Sentence OR n:Story) AND n.id STARTS WITH $prefix) RETURN count(n) AS nodes }
CALL () { MATCH (n)-[r]-() WHERE (n:Event AND n.id STARTS WITH $prefix) RETURN count(r) AS eventRels }
CALL () { MATCH (:Actor)-[r:RELATION]->(b:Actor) WHERE b.key STARTS WITH 'QQ' RETURN count(r) AS relations }
CALL () { MATCH (n) RETURN count(n) AS all }
RETURN nodes, eventRels, relations, all`,
    params: { prefix: FIXTURE_PREFIX },
  });
  return row!;
}
