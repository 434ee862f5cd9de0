// Generates a synthetic Entente graph (schema/graph.md) of N events for the API benchmark:
// gazetteer countries and organizations, people with offices, documents, sentences, stories,
// events with skewed actors (a few countries in most events, as in the news), people and places,
// and the RELATION summaries. Written with UNWIND batches of CREATE into an emptied graph.
import { readFileSync } from "node:fs";
import { type GraphDriver, type GraphSettings, readQuery, writeQuery } from "../src/graph/driver.ts";
import { rng } from "./rng.ts";

const PLOVER = (JSON.parse(readFileSync(new URL("../schema/plover.json", import.meta.url), "utf8")) as { types: Record<string, { quadClass: string; weight: number }> }).types;
const TYPES = Object.keys(PLOVER);

type Gazetteer = { countries: { code: string; name: string; aliases: string[] }[] };
type Orgs = { organizations: { key: string; name: string; aliases: string[]; members: string[] }[] };


export type BenchGraphInfo = Readonly<{
  events: number; countries: string[]; organizations: string[]; people: string[]; eventIds: string[]; documentIds: string[]; words: string[];
}>;

const WORDS = ["treaty", "troops", "sanctions", "summit", "flights", "drills", "missile", "border", "talks", "aid", "envoy", "ceasefire", "embargo", "pipeline", "navy"];

async function clear(driver: GraphDriver, settings: GraphSettings): Promise<void> {
  // Managed transactions cannot run CALL ... IN TRANSACTIONS: delete in bounded chunks instead.
  for (;;) {
    const [row] = await writeQuery<{ n: number }>(driver, settings, { text: "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n", params: {} });
    if (!row || row.n === 0) return;
  }
}

async function batches<T>(rows: readonly T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Builds the graph's rows (deterministic) and, with `write`, writes them into the emptied graph. */
export async function generateBenchGraph(driver: GraphDriver, settings: GraphSettings, events: number, log: (s: string) => void, write = true): Promise<BenchGraphInfo> {
  const random = rng(20250727);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // Zipf-like: index k with weight 1/(k+1), so a few actors dominate.
  const zipf = <T>(xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(Math.exp(random() * Math.log(xs.length + 1)) - 1))]!;
  const say = (s: string) => { if (write) log(s); }; // reusing: the rows are rebuilt for their ids, not written
  const w = (text: string, params: Record<string, unknown>) =>
    write ? writeQuery(driver, { neo4j: { ...settings.neo4j, queryTimeoutMs: 300_000 } }, { text, params }) : Promise.resolve([]);

  const gaz = JSON.parse(readFileSync(new URL("../ingest/gazetteer/data/countries.json", import.meta.url), "utf8")) as Gazetteer;
  const orgs = JSON.parse(readFileSync(new URL("../ingest/gazetteer/data/organizations.json", import.meta.url), "utf8")) as Orgs;
  const countries = gaz.countries.map((c) => c.code);
  const shuffled = [...countries].sort(() => random() - 0.5);
  const actors = [...shuffled, ...orgs.organizations.map((o) => o.key)];

  if (write) {
    log("clearing the bench graph");
    await clear(driver, settings);
  }
  const started = Date.now();
  await w("UNWIND $rows AS r CREATE (:Country:Actor {key: r.code, code: r.code, name: r.name, aliasText: r.aliasText})",
    { rows: gaz.countries.map((c) => ({ code: c.code, name: c.name, aliasText: c.aliases.join(" | ") })) });
  await w("UNWIND $rows AS r CREATE (:Organization:Actor {key: r.key, name: r.name, aliasText: r.aliasText})",
    { rows: orgs.organizations.map((o) => ({ key: o.key, name: o.name, aliasText: o.aliases.join(" | ") })) });
  await w("UNWIND $rows AS r MATCH (c:Country {code: r.c}), (o:Organization {key: r.o}) CREATE (c)-[:MEMBER_OF {since: r.since}]->(o)",
    { rows: orgs.organizations.flatMap((o) => o.members.filter((m) => countries.includes(m)).map((c) => ({ c, o: o.key, since: random() < 0.5 ? null : "1990-01-01" }))) });

  const people = Array.from({ length: 600 }, (_, i) => `Bench Person ${i}`);
  await w(`UNWIND $rows AS r MATCH (c:Actor {key: r.actor})
CREATE (p:Person {key: r.key, name: r.key, resolved: r.resolved, aliasText: r.alias})-[:HOLDS_OFFICE {title: r.title, from: r.from, to: r.to}]->(c)`,
    { rows: people.map((key, i) => ({ key, resolved: i % 5 !== 0, alias: `BP${i}`, actor: shuffled[i % 150], title: pick(["President", "Prime Minister", "Foreign Minister", "Defence Minister"]), from: `${2010 + (i % 10)}-01-01`, to: i % 3 === 0 ? null : "2024-01-01" })) });
  const places = Array.from({ length: 300 }, (_, i) => ({ key: `Place ${i}|${shuffled[i % 100]}`, name: `Place ${i}`, country: shuffled[i % 100]!, lat: random() * 140 - 70, lon: random() * 360 - 180 }));
  await w("UNWIND $rows AS r MATCH (c:Country {code: r.country}) CREATE (p:Place {key: r.key, name: r.name, lat: r.lat, lon: r.lon, country: r.country})-[:IN]->(c)", { rows: places });

  // Documents: 1 per 5 events, stories of 1-3 documents.
  const docCount = Math.ceil(events / 5);
  const documentIds = Array.from({ length: docCount }, (_, i) => `bench-doc-${i}`);
  const docs = documentIds.map((id, i) => ({ id, story: `bench-story-${Math.floor(i / 2)}`, published: `${2015 + (i % 11)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, source: pick(["Wire A", "Wire B", "Daily C", "Post D"]) }));
  say(`writing ${docCount} documents`);
  await batches(docs, 5000, (rows) => w(`UNWIND $rows AS r MERGE (s:Story {id: r.story})
CREATE (d:Document {id: r.id, source: r.source, published: r.published, title: 'Bench ' + r.id, sha256: r.id, ingestedAt: datetime()})-[:IN_STORY]->(s)`, { rows }));
  await w("MATCH (s:Story) SET s.documents = COUNT { (s)<-[:IN_STORY]-(:Document) }", {});
  await batches(docs.filter((_, i) => i % 2 === 0 && i + 1 < docCount), 5000, (rows) => w(`UNWIND $rows AS r MATCH (a:Document {id: r.id}), (b:Document {id: r.next})
CREATE (a)-[:SAME_STORY_AS {similarity: 0.7}]->(b)`, { rows: rows.map((r) => ({ id: r.id, next: `bench-doc-${Number(r.id.slice(10)) + 1}` })) }));

  type Row = { id: string; type: string; quadClass: string; weight: number; source: string; target: string | null; date: string | null; negated: boolean; uncertain: boolean; place: string | null; people: [string, string][]; sentences: { id: string; doc: string; index: number; text: string }[] };
  const relations = new Map<string, { events: number; cooperation: number; conflict: number; weight: number; first: string | null; last: string | null; byType: Record<string, number> }>();
  const eventIds: string[] = [];
  const rows: Row[] = [];
  const sentenceIndex = new Map<string, number>();
  for (let i = 0; i < events; i++) {
    const type = pick(TYPES);
    const source = zipf(actors);
    let target: string | null = random() < 0.92 ? zipf(actors) : null;
    if (target === source) target = null;
    const date = random() < 0.9 ? `${2015 + Math.floor(random() * 11)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}${random() < 0.8 ? `-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}` : ""}` : null;
    const mentions = random() < 0.2 ? 2 : 1;
    const sentences = Array.from({ length: mentions }, () => {
      const doc = documentIds[Math.floor(random() * docCount)]!;
      const index = sentenceIndex.get(doc) ?? 0;
      sentenceIndex.set(doc, index + 1);
      return { id: `${doc}#${index}`, doc, index, text: `${source} ${pick(WORDS)} ${type.toLowerCase()} ${target ?? "alone"} ${pick(WORDS)} report ${i}.` };
    });
    const row: Row = {
      id: `bench-e${i}`, type, quadClass: PLOVER[type]!.quadClass, weight: PLOVER[type]!.weight, source, target, date,
      negated: random() < 0.05, uncertain: random() < 0.1, place: random() < 0.3 ? pick(places).key : null,
      people: random() < 0.3 ? [[people[Math.floor(random() * people.length)]!, "source"]] : [], sentences,
    };
    rows.push(row);
    eventIds.push(row.id);
    if (target && !row.negated) {
      const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
      const r = relations.get(key) ?? { events: 0, cooperation: 0, conflict: 0, weight: 0, first: null, last: null, byType: {} };
      r.events++;
      if (row.quadClass.endsWith("COOPERATION")) r.cooperation++;
      else r.conflict++;
      r.weight += row.weight;
      if (date && (!r.first || date < r.first)) r.first = date;
      if (date && (!r.last || date > r.last)) r.last = date;
      r.byType[type] = (r.byType[type] ?? 0) + 1;
      relations.set(key, r);
    }
  }
  say(`writing ${events} events`);
  let written = 0;
  await batches(rows, 5000, async (chunk) => {
    await w(`UNWIND $rows AS r
MATCH (s:Actor {key: r.source})
CREATE (e:Event {id: r.id, type: r.type, subtype: null, quadClass: r.quadClass, weight: r.weight, date: r.date, negated: r.negated, uncertain: r.uncertain,
  source: r.source, target: r.target, mentions: size(r.sentences), documents: size(r.sentences), stories: size(r.sentences)})-[:SOURCE]->(s)
WITH e, r
CALL (e, r) { MATCH (t:Actor {key: r.target}) CREATE (e)-[:TARGET]->(t) }
CALL (e, r) { MATCH (p:Place {key: r.place}) CREATE (e)-[:AT]->(p) }
CALL (e, r) { UNWIND r.people AS pr MATCH (p:Person {key: pr[0]}) CREATE (p)-[:ACTED_IN {role: pr[1]}]->(e) }
CALL (e, r) {
  UNWIND r.sentences AS st
  MATCH (d:Document {id: st.doc})
  CREATE (s:Sentence {id: st.id, documentId: st.doc, index: st.index, text: st.text, start: st.index * 80, end: st.index * 80 + size(st.text)})-[:PART_OF]->(d)
  CREATE (s)-[:STATES {uncertain: r.uncertain, date: r.date, location: null}]->(e)
}`, { rows: chunk });
    written += chunk.length;
    if (written % 20000 === 0) say(`  ${written} events`);
  });
  await batches([...relations].map(([k, r]) => ({ a: k.split("\u0000")[0], b: k.split("\u0000")[1], ...r, byType: JSON.stringify(r.byType) })), 5000, (chunk) =>
    w(`UNWIND $rows AS r MATCH (a:Actor {key: r.a}), (b:Actor {key: r.b})
CREATE (a)-[:RELATION {events: r.events, cooperation: r.cooperation, conflict: r.conflict, weight: r.weight, first: r.first, last: r.last, byType: r.byType}]->(b)`, { rows: chunk }));
  await w("CREATE (:BenchMeta {events: $events, createdAt: datetime()})", { events });
  if (write) await writeQuery(driver, settings, { text: "CALL db.awaitIndexes(300)", params: {} });
  if (write) log(`generated ${events} events, ${relations.size} relations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { events, countries: shuffled.slice(0, 40), organizations: orgs.organizations.slice(0, 10).map((o) => o.key), people: people.slice(0, 100), eventIds, documentIds, words: WORDS };
}

/** The bench graph already in the database (same seed, same size), or null. */
export async function existingBenchGraph(driver: GraphDriver, settings: GraphSettings, events: number): Promise<boolean> {
  const [row] = await readQuery<{ n: number | null; e: number }>(driver, settings, { text: "OPTIONAL MATCH (m:BenchMeta) WITH max(m.events) AS n CALL () { MATCH (e:Event) RETURN count(e) AS e } RETURN n, e", params: {} });
  return row?.n === events && row.e === events;
}
