// Countries, organizations and people: lookups, lists and the per-parent nested lists
// (memberships, members, offices, relations), each for many parents in one query.
import type { Cypher } from "../driver.ts";
import { keysetPredicate, cursorParams } from "./events.ts";
import { actorProjection, type NestedList, perKey, personProjection } from "./projections.ts";

/** aliasText holds the aliases joined by this separator (one string, for the full-text index). */
export const ALIAS_SEPARATOR = "|";

/** Case-insensitive "v's name, key or one of its aliases is $name" (aliases split from aliasText). */
function nameMatches(v: string): string {
  return `(toLower(${v}.key) = $lower OR toLower(${v}.name) = $lower
    OR $lower IN [x IN split(toLower(coalesce(${v}.aliasText, '')), $sep) | trim(x)])`;
}

export function countryQuery(by: Readonly<{ code: string } | { name: string }>): Cypher {
  if ("code" in by) {
    return { text: `MATCH (c:Country {code: $code}) RETURN ${actorProjection("c")} AS actor`, params: { code: by.code.toUpperCase() } };
  }
  return {
    text: `MATCH (c:Country) WHERE ${nameMatches("c")}
RETURN ${actorProjection("c")} AS actor ORDER BY CASE WHEN toLower(c.name) = $lower THEN 0 ELSE 1 END, c.code LIMIT 1`,
    params: { lower: by.name.toLowerCase(), sep: ALIAS_SEPARATOR },
  };
}

// An exact key is one index seek; only a miss pays for the name and alias scan (the CASE keeps
// the planner from scanning first and filtering after).
export function organizationQuery(key: string): Cypher {
  return {
    text: `OPTIONAL MATCH (exact:Organization {key: $key})
WITH CASE WHEN exact IS NULL
  THEN head(COLLECT { MATCH (o:Organization) WHERE ${nameMatches("o")} RETURN o ORDER BY o.key LIMIT 1 })
  ELSE exact END AS o
WITH o WHERE o IS NOT NULL
RETURN ${actorProjection("o")} AS actor`,
    params: { key, lower: key.toLowerCase(), sep: ALIAS_SEPARATOR },
  };
}

export function personQuery(name: string): Cypher {
  return {
    text: `OPTIONAL MATCH (exact:Person {key: $name})
WITH CASE WHEN exact IS NULL
  THEN head(COLLECT { MATCH (p:Person) WHERE ${nameMatches("p")} RETURN p ORDER BY coalesce(p.resolved, false) DESC, p.key LIMIT 1 })
  ELSE exact END AS p
WITH p WHERE p IS NOT NULL
RETURN ${personProjection("p")} AS person`,
    params: { name, lower: name.toLowerCase(), sep: ALIAS_SEPARATOR },
  };
}

export type ActorListRequest = Readonly<{
  label: "Country" | "Organization";
  nameContains?: string | undefined;
  memberOf?: string | undefined;
  after?: readonly unknown[] | undefined;
  limit: number;
}>;

/** Countries by name or organizations by key, keyset-paged: rows {node, sort}. */
export function actorsPageQuery(req: ActorListRequest): Cypher {
  const order: ReadonlyArray<readonly [string, "ASC"]> = req.label === "Country"
    ? [["a.name", "ASC"], ["a.key", "ASC"]]
    : [["a.key", "ASC"]];
  const conds: string[] = [];
  const params: Record<string, unknown> = { limit: req.limit, ...cursorParams(req.after ?? []) };
  if (req.nameContains !== undefined) {
    conds.push("toLower(a.name) CONTAINS $contains");
    params.contains = req.nameContains.toLowerCase();
  }
  if (req.memberOf !== undefined) {
    conds.push("EXISTS { (a)-[:MEMBER_OF]->(:Organization {key: $memberOf}) }");
    params.memberOf = req.memberOf;
  }
  if (req.after) conds.push(keysetPredicate(order));
  return {
    text: `MATCH (a:${req.label})
${conds.length ? `WHERE ${conds.join(" AND ")}` : ""}
WITH a ORDER BY ${order.map(([x, d]) => `${x} ${d}`).join(", ")} LIMIT toInteger($limit)
RETURN ${actorProjection("a")} AS node, [${order.map(([x]) => x).join(", ")}] AS sort`,
    params,
  };
}

export function actorsByKeyQuery(keys: readonly string[]): Cypher {
  return { text: `UNWIND $keys AS key MATCH (a:Actor {key: key}) RETURN key, ${actorProjection("a")} AS actor`, params: { keys: [...keys] } };
}

export function peopleByKeyQuery(keys: readonly string[]): Cypher {
  return { text: `UNWIND $keys AS key MATCH (p:Person {key: key}) RETURN key, ${personProjection("p")} AS person`, params: { keys: [...keys] } };
}

const MEMBERSHIP = `{ country: ${actorProjection("c")}, organization: ${actorProjection("o")}, since: m.since }`;
const OFFICE = `{ person: ${personProjection("p")}, actor: ${actorProjection("a")}, title: o.title, from: o.from, to: o.to }`;

/** The organizations of a country. */
export const MEMBERSHIPS: NestedList = { body: "MATCH (c:Country {key: key})-[m:MEMBER_OF]->(o:Organization)\n  WITH c, m, o ORDER BY o.key", proj: MEMBERSHIP };
/** The member countries of an organization. */
export const MEMBERS: NestedList = { body: "MATCH (c:Country)-[m:MEMBER_OF]->(o:Organization {key: key})\n  WITH c, m, o ORDER BY c.name", proj: MEMBERSHIP };
/** Offices held in an actor, newest first. */
export const ACTOR_OFFICES: NestedList = { body: "MATCH (p:Person)-[o:HOLDS_OFFICE]->(a:Actor {key: key})\n  WITH p, o, a ORDER BY coalesce(o.from, '') DESC, p.key", proj: OFFICE };
/** Offices of a person, newest first. */
export const PERSON_OFFICES: NestedList = { body: "MATCH (p:Person {key: key})-[o:HOLDS_OFFICE]->(a:Actor)\n  WITH p, o, a ORDER BY coalesce(o.from, '') DESC, a.key", proj: OFFICE };

const forKeys = (list: NestedList, keys: readonly string[]): Cypher => ({ text: perKey(list.body, list.proj), params: { keys: [...keys] } });

export const membershipsQuery = (countryKeys: readonly string[]): Cypher => forKeys(MEMBERSHIPS, countryKeys);
export const membersQuery = (orgKeys: readonly string[]): Cypher => forKeys(MEMBERS, orgKeys);
export const actorOfficesQuery = (actorKeys: readonly string[]): Cypher => forKeys(ACTOR_OFFICES, actorKeys);
export const personOfficesQuery = (personKeys: readonly string[]): Cypher => forKeys(PERSON_OFFICES, personKeys);

/** The strongest RELATION summaries of many actors. */
export function relationsQuery(actorKeys: readonly string[], limit: number): Cypher {
  return {
    text: perKey(
      "MATCH (:Actor {key: key})-[r:RELATION]-(b:Actor)\n  WITH r, b ORDER BY r.events DESC, b.key LIMIT toInteger($limit)",
      `r { .events, .cooperation, .conflict, .weight, .first, .last, .byType, counterpart: ${actorProjection("b")} }`,
    ),
    params: { keys: [...actorKeys], limit },
  };
}
