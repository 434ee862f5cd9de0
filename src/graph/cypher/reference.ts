// Cypher for the reference data (countries, organizations and their members, people and their
// offices, places) from the gazetteer. Loaded under the ingest lock, so the edges of each node are
// replaced whole (an office or membership removed from the gazetteer goes from the graph too).
import type { Cypher } from "../driver.ts";

export type RefCountry = Readonly<{ code: string; name: string; aliases: readonly string[] }>;
export type RefOrganization = Readonly<{ key: string; name: string; aliases: readonly string[]; members: readonly Readonly<{ country: string; since: string | null }>[] }>;
export type RefOffice = Readonly<{ title: string; actor: string; from: string | null; to: string | null }>;
export type RefPerson = Readonly<{ key: string; name: string; aliases: readonly string[]; offices: readonly RefOffice[] }>;
export type RefPlace = Readonly<{ key: string; name: string; country: string | null; lat: number; lon: number }>;
export type ReferenceData = Readonly<{ countries: readonly RefCountry[]; organizations: readonly RefOrganization[]; people: readonly RefPerson[]; places: readonly RefPlace[] }>;

export function mergeCountries(rows: readonly RefCountry[]): Cypher {
  return {
    text: `UNWIND $rows AS r
MERGE (c:Actor {key: r.code})
SET c:Country, c.code = r.code, c.name = r.name, c.aliasText = r.aliasText`,
    params: { rows: rows.map((r) => ({ code: r.code, name: r.name, aliasText: r.aliases.join(" | ") })) },
  };
}

/** Organizations with their member countries (MEMBER_OF replaced whole). */
export function mergeOrganizations(rows: readonly RefOrganization[]): Cypher {
  return {
    text: `UNWIND $rows AS r
MERGE (o:Actor {key: r.key})
SET o:Organization, o.name = r.name, o.aliasText = r.aliasText
WITH o, r
CALL (o) { MATCH (:Country)-[m:MEMBER_OF]->(o) DELETE m }
CALL (o, r) {
  UNWIND r.members AS m
  MATCH (c:Country {code: m.country})
  CREATE (c)-[:MEMBER_OF {since: m.since}]->(o)
}`,
    params: { rows: rows.map((r) => ({ key: r.key, name: r.name, aliasText: r.aliases.join(" | "), members: r.members })) },
  };
}

/** People of the gazetteer (resolved) with their offices (HOLDS_OFFICE replaced whole). */
export function mergePeople(rows: readonly RefPerson[]): Cypher {
  return {
    text: `UNWIND $rows AS r
MERGE (p:Person {key: r.key})
SET p.name = r.name, p.resolved = true, p.aliasText = r.aliasText
WITH p, r
CALL (p) { MATCH (p)-[h:HOLDS_OFFICE]->() DELETE h }
CALL (p, r) {
  UNWIND r.offices AS o
  MATCH (a:Actor {key: o.actor})
  CREATE (p)-[:HOLDS_OFFICE {title: o.title, from: o.from, to: o.to}]->(a)
}`,
    params: { rows: rows.map((r) => ({ key: r.key, name: r.name, aliasText: r.aliases.join(" | "), offices: r.offices })) },
  };
}

export function mergePlaces(rows: readonly RefPlace[]): Cypher {
  return {
    text: `UNWIND $rows AS r
MERGE (p:Place {key: r.key})
SET p.name = r.name, p.country = r.country, p.lat = r.lat, p.lon = r.lon, p.curated = true
WITH p, r
MATCH (c:Country {code: r.country})
MERGE (p)-[:IN]->(c)`,
    params: { rows },
  };
}

export function readReferenceVersion(): Cypher {
  return { text: "MATCH (r:ReferenceData {id: 'gazetteer'}) RETURN r.version AS version", params: {} };
}

export function writeReferenceVersion(version: string): Cypher {
  return { text: "MERGE (r:ReferenceData {id: 'gazetteer'}) SET r.version = $version", params: { version } };
}
