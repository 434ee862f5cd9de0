// Event lists as Cypher values: one builder for every scope (the whole graph, or per actor,
// person or document for many parents at once), with the filters, keyset pagination and sort.
import type { Cypher } from "../driver.ts";
import { eventsBetween } from "../event-patterns.ts";
import { eventProjection, perKey } from "./projections.ts";

export type EventScope =
  | Readonly<{ kind: "all" }>
  | Readonly<{ kind: "actor" | "document" | "sentence"; keys: readonly string[] }>
  | Readonly<{ kind: "person"; keys: readonly string[]; role?: "source" | "target" | undefined }>;

export type EventQueryFilter = Readonly<{
  actor?: string | undefined;
  counterpart?: string | undefined;
  source?: string | undefined;
  target?: string | undefined;
  person?: string | undefined;
  types?: readonly string[] | undefined;
  quadClasses?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeNegated: boolean;
  includeUncertain: boolean;
  minStories?: number | undefined;
  datedOnly?: boolean | undefined;
}>;

export type EventSortKey = "DATE_DESC" | "DATE_ASC" | "STORIES_DESC";

type SortPart = readonly [expr: string, dir: "ASC" | "DESC"];

// Undated events sort last both ways: '' is below every date, '~' above.
export const EVENT_SORTS: Readonly<Record<EventSortKey, readonly SortPart[]>> = {
  DATE_DESC: [["coalesce(e.date, '')", "DESC"], ["e.id", "DESC"]],
  DATE_ASC: [["coalesce(e.date, '~')", "ASC"], ["e.id", "ASC"]],
  STORIES_DESC: [["coalesce(e.stories, 0)", "DESC"], ["coalesce(e.date, '')", "DESC"], ["e.id", "DESC"]],
};

/**
 * Lexicographic "comes after the cursor" over the sort keys, with the cursor values as
 * parameters $after0..n: (k0 < c0) OR (k0 = c0 AND k1 < c1) OR ...
 */
export function keysetPredicate(parts: readonly SortPart[], prefix = "after"): string {
  const ors = parts.map(([expr, dir], i) => {
    const eqs = parts.slice(0, i).map(([e], j) => `${e} = $${prefix}${j}`);
    return `(${[...eqs, `${expr} ${dir === "DESC" ? "<" : ">"} $${prefix}${i}`].join(" AND ")})`;
  });
  return `(${ors.join(" OR ")})`;
}

export function cursorParams(values: readonly unknown[], prefix = "after"): Record<string, unknown> {
  return Object.fromEntries(values.map((v, i) => [`${prefix}${i}`, v]));
}

/** `to: "2024-06"` must include "2024-06-30": compare against "2024-06~" ('~' sorts above digits and '-'). */
export function upperDateBound(to: string): string {
  return `${to}~`;
}

/** The WHERE conditions on `e` for a filter, and their parameters. */
export function eventConditions(filter: EventQueryFilter): { conds: string[]; params: Record<string, unknown> } {
  const conds: string[] = [];
  const params: Record<string, unknown> = {};
  // Event.source / Event.target hold the actor keys: a property test is cheaper than a traversal.
  const side = (name: "actor" | "counterpart" | "source" | "target", test: string) => {
    if (filter[name] === undefined) return;
    conds.push(test);
    params[name] = filter[name];
  };
  side("actor", "$actor IN [e.source, e.target]");
  side("counterpart", "$counterpart IN [e.source, e.target]");
  side("source", "e.source = $source");
  side("target", "e.target = $target");
  if (filter.person !== undefined) {
    conds.push("EXISTS { (:Person {key: $person})-[:ACTED_IN]->(e) }");
    params.person = filter.person;
  }
  if (filter.types?.length) {
    conds.push("e.type IN $types");
    params.types = [...filter.types];
  }
  if (filter.quadClasses?.length) {
    conds.push("e.quadClass IN $quadClasses");
    params.quadClasses = [...filter.quadClasses];
  }
  if (filter.from !== undefined) {
    conds.push("e.date >= $from");
    params.from = filter.from;
  }
  if (filter.to !== undefined) {
    conds.push("e.date <= $toUpper");
    params.toUpper = upperDateBound(filter.to);
  }
  if (filter.datedOnly) conds.push("e.date IS NOT NULL");
  if (!filter.includeNegated) conds.push("coalesce(e.negated, false) = false");
  if (!filter.includeUncertain) conds.push("coalesce(e.uncertain, false) = false");
  if (filter.minStories !== undefined) {
    conds.push("coalesce(e.stories, 0) >= $minStories");
    params.minStories = filter.minStories;
  }
  return { conds, params };
}

/**
 * A whole-graph list with an actor or person in the filter starts from that node instead of
 * scanning every event; the result then comes back under that node's key.
 */
export function narrowScope(scope: EventScope, filter: EventQueryFilter): { scope: EventScope; filter: EventQueryFilter } {
  if (scope.kind !== "all") return { scope, filter };
  for (const field of ["actor", "counterpart", "source", "target"] as const) {
    const key = filter[field];
    if (key !== undefined) {
      // source/target stay as conditions (they fix the side); actor/counterpart are fully covered by the scope.
      const rest = field === "actor" || field === "counterpart" ? { ...filter, [field]: undefined } : filter;
      return { scope: { kind: "actor", keys: [key] }, filter: rest };
    }
  }
  if (filter.person !== undefined) {
    return { scope: { kind: "person", keys: [filter.person] }, filter: { ...filter, person: undefined } };
  }
  return { scope, filter };
}

/**
 * Events between two actors: walk from the one with fewer events (a hub such as the US has
 * tens of thousands), then keep those naming both.
 */
export const PAIR_MATCH = `MATCH (x:Actor {key: key})
  OPTIONAL MATCH (y:Actor {key: $counterpart})
  WITH key, CASE WHEN y IS NOT NULL AND COUNT { (y)<-[:SOURCE|TARGET]-() } < COUNT { (x)<-[:SOURCE|TARGET]-() } THEN y ELSE x END AS start
  MATCH (start)<-[:SOURCE|TARGET]-(e:Event)
  WITH DISTINCT e WHERE key IN [e.source, e.target]`;

/**
 * Events between `key` and $counterpart (two different actors) through the (source, target)
 * index: two seeks instead of walking every event of the smaller actor (68,000 db hits and
 * 215 ms for two hubs of the bench graph). Same events as PAIR_MATCH, which the conditions
 * also restrict to those naming both.
 */
export const PAIR_SEEK = `MATCH (:Actor {key: key})
  ${eventsBetween("key", "key", "$counterpart", "", "  ")}
  WITH e`;

function scopeMatch(scope: EventScope, filter: EventQueryFilter): { match: string; params: Record<string, unknown> } {
  switch (scope.kind) {
    case "all":
      return { match: "MATCH (e:Event)", params: {} };
    case "actor":
      if (filter.counterpart !== undefined) {
        return { match: scope.keys.includes(filter.counterpart) ? PAIR_MATCH : PAIR_SEEK, params: { keys: [...scope.keys] } };
      }
      return { match: "MATCH (:Actor {key: key})<-[:SOURCE|TARGET]-(e:Event)\n  WITH DISTINCT e", params: { keys: [...scope.keys] } };
    case "document":
      return { match: "MATCH (:Document {id: key})<-[:PART_OF]-(:Sentence)-[:STATES]->(e:Event)\n  WITH DISTINCT e", params: { keys: [...scope.keys] } };
    case "sentence":
      return { match: "MATCH (:Sentence {id: key})-[:STATES]->(e:Event)\n  WITH DISTINCT e", params: { keys: [...scope.keys] } };
    case "person":
      return scope.role
        ? { match: "MATCH (:Person {key: key})-[r:ACTED_IN]->(e:Event)\n  WHERE r.role = $role\n  WITH DISTINCT e", params: { keys: [...scope.keys], role: scope.role } }
        : { match: "MATCH (:Person {key: key})-[:ACTED_IN]->(e:Event)\n  WITH DISTINCT e", params: { keys: [...scope.keys] } };
  }
}

export type EventPageRequest = Readonly<{
  scope: EventScope;
  filter: EventQueryFilter;
  sort: EventSortKey;
  /** Sort values of the cursor row (exclusive), or undefined for the first page. */
  after?: readonly unknown[] | undefined;
  /** Rows to fetch: the page size plus one, to learn whether another page follows. */
  limit: number;
}>;

/**
 * An actor's dated events as `e` (the actor's key in `key`, a variable or parameter), found by
 * the (source, date) and (target, date) indexes: a date range in `conds` becomes an index range,
 * so a hub's timeline for one year reads that year, not every event it ever had.
 */
export function actorDatedEvents(key: string, conds: readonly string[], scope = "", perSide: (side: "source" | "target") => string = () => ""): string {
  const side = (s: "source" | "target") => `MATCH (e:Event) WHERE ${[`e.${s} = ${key}`, "e.date IS NOT NULL", ...conds].join(" AND ")} ${perSide(s)}RETURN e`;
  return `CALL (${scope}) {
    ${side("source")}
    UNION
    ${side("target")}
  }`;
}

/**
 * An actor's page by date, read in index order: its dated events come from the (source, date)
 * and (target, date) indexes newest (or oldest) first, each side stopping after a page, so a hub
 * actor with tens of thousands of events reads a few hundred index entries instead of every
 * event (70,931 db hits down to 733 for the bench graph's busiest actor). Its undated events,
 * which sort last either way and are in neither index, are walked only when the dated ones do
 * not fill the page. Same rows, in the same order, as the general body.
 */
function actorDatePage(parts: readonly SortPart[], dir: "ASC" | "DESC", conds: readonly string[], after: boolean): string {
  const keyset = after ? [keysetPredicate(parts)] : [];
  // a range the index can seek on; the keyset predicate itself (an OR) cannot be
  const seek = after ? [`e.date ${dir === "DESC" ? "<=" : ">="} $after0`] : [];
  // each side in index order (the ORDER BY names the index's first property), a page at most
  const page = (side: "source" | "target") => `WITH e ORDER BY e.${side} ${dir}, e.date ${dir}, e.id ${dir} LIMIT toInteger($limit) `;
  // collected inside its own CALL: a grouping WITH would drop the key when no dated event matches
  return `CALL (key) {
    ${actorDatedEvents("key", [...seek, ...conds, ...keyset], "key", page)}
    RETURN collect(e) AS dated
  }
  OPTIONAL CALL (key, dated) {
    WITH key, dated WHERE size(dated) < $limit
    MATCH (:Actor {key: key})<-[:SOURCE|TARGET]-(e:Event)
    WITH DISTINCT e WHERE ${["e.date IS NULL", ...conds, ...keyset].join("\n      AND ")}
    RETURN collect(e) AS undated
  }
  UNWIND dated + coalesce(undated, []) AS e
  WITH e ORDER BY ${parts.map(([x, d]) => `${x} ${d}`).join(", ")} LIMIT toInteger($limit)`;
}

/**
 * One page of events per scope key (or one page for the whole graph, under key ""): rows
 * `{key, rows: [{node, sort}]}`.
 */
export function eventsPageQuery(req: EventPageRequest): Cypher {
  const { scope, filter } = narrowScope(req.scope, req.filter);
  const parts = EVENT_SORTS[req.sort];
  const { conds, params } = eventConditions(filter);
  const m = scopeMatch(scope, filter);
  const where = [...conds, ...(req.after ? [keysetPredicate(parts)] : [])];
  const byDate = req.sort === "DATE_DESC" ? "DESC" : req.sort === "DATE_ASC" ? "ASC" : null;
  const body = scope.kind === "actor" && filter.counterpart === undefined && byDate
    ? actorDatePage(parts, byDate, conds, req.after !== undefined)
    : `${m.match}
  ${where.length ? `WITH e WHERE ${where.join("\n    AND ")}` : ""}
  WITH e ORDER BY ${parts.map(([x, d]) => `${x} ${d}`).join(", ")} LIMIT toInteger($limit)`;
  const proj = `{ node: ${eventProjection("e")}, sort: [${parts.map(([x]) => x).join(", ")}] }`;
  const text = scope.kind === "all"
    ? `${body}\nRETURN '' AS key, collect(${proj}) AS rows`
    : perKey(body, proj);
  return {
    text,
    params: { ...m.params, ...params, ...cursorParams(req.after ?? []), limit: req.limit },
  };
}

/** Number of events matching the filter, per scope key (key "" for the whole graph). */
export function eventsCountQuery(scopeIn: EventScope, filterIn: EventQueryFilter): Cypher {
  const { scope, filter } = narrowScope(scopeIn, filterIn);
  const { conds, params } = eventConditions(filter);
  const m = scopeMatch(scope, filter);
  const body = `${m.match}
  ${conds.length ? `WITH e WHERE ${conds.join("\n    AND ")}` : ""}`;
  const text = scope.kind === "all"
    ? `${body}\nRETURN '' AS key, count(e) AS count`
    : `UNWIND $keys AS key
CALL (key) {
  ${body}
  RETURN count(e) AS count
}
RETURN key, count`;
  return { text, params: { ...m.params, ...params } };
}

/** Events by id, in one query. */
export function eventsByIdQuery(ids: readonly string[]): Cypher {
  return {
    text: `UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN ${eventProjection("e")} AS event`,
    params: { ids: [...ids] },
  };
}
