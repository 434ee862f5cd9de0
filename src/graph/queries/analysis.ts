// Aggregates over events: what two actors did to each other by type and month, who an actor's
// partners are, how two actors connect. Cypher counts; weighting and shaping are pure JS (api/series.ts).
import type { Cypher } from "../driver.ts";
import { eventsBetween } from "../event-patterns.ts";
import { actorDatedEvents, upperDateBound } from "./events.ts";
import { actorProjection, eventProjection } from "./projections.ts";

export type Range = Readonly<{ from?: string | undefined; to?: string | undefined }>;

function rangeConds(range: Range | undefined, params: Record<string, unknown>): string[] {
  const conds: string[] = [];
  if (range?.from !== undefined) {
    conds.push("e.date >= $from");
    params.from = range.from;
  }
  if (range?.to !== undefined) {
    conds.push("e.date <= $toUpper");
    params.toUpper = upperDateBound(range.to);
  }
  return conds;
}

/**
 * The two actors and counts of their non-negated events by (type, month); month is null for
 * events not dated to the month. Rows: {a, b, groups: [{type, month, count}]}; no row when
 * either actor is missing.
 */
export function relationshipQuery(a: string, b: string, range?: Range): Cypher {
  const params: Record<string, unknown> = { a, b };
  const conds = ["coalesce(e.negated, false) = false", ...rangeConds(range, params)];
  return {
    text: `MATCH (a:Actor {key: $a}), (b:Actor {key: $b})
CALL (a, b) {
  ${eventsBetween("", "$a", "$b", "", "  ")}
  WITH e
  WHERE $a <> $b AND ${conds.join(" AND ")}
  WITH e.type AS type, CASE WHEN size(e.date) >= 7 THEN substring(e.date, 0, 7) ELSE null END AS month, count(*) AS count
  RETURN collect({ type: type, month: month, count: count }) AS groups
}
RETURN ${actorProjection("a")} AS a, ${actorProjection("b")} AS b, groups`,
    params,
  };
}

/** Counts of an actor's non-negated events by (type, month), over all counterparts. */
export function actorSeriesQuery(actor: string, range?: Range): Cypher {
  const params: Record<string, unknown> = { actor };
  const conds = ["coalesce(e.negated, false) = false", ...rangeConds(range, params)];
  return {
    text: `MATCH (a:Actor {key: $actor})
CALL () {
  ${actorDatedEvents("$actor", conds)}
  WITH e.type AS type, CASE WHEN size(e.date) >= 7 THEN substring(e.date, 0, 7) ELSE null END AS month, count(*) AS count
  RETURN collect({ type: type, month: month, count: count }) AS groups
}
RETURN ${actorProjection("a")} AS actor, groups`,
    params,
  };
}

/**
 * Counterparts ranked by the summed weights of their non-negated events of the given types.
 * `weights` maps each counted type to its (positive) contribution.
 */
export function partnersQuery(actor: string, weights: Readonly<Record<string, number>>, limit: number, range?: Range): Cypher {
  const params: Record<string, unknown> = { actor, weights: { ...weights }, types: Object.keys(weights), limit };
  const conds = ["e.type IN $types", "coalesce(e.negated, false) = false", ...rangeConds(range, params)];
  // Within a date range, only dated events count: the date indexes find them (a walk over every
  // event of a hub costs 100 ms); without one, undated events count too: walk.
  const events = range?.from !== undefined || range?.to !== undefined
    ? `MATCH (:Actor {key: $actor})\n${actorDatedEvents("$actor", conds)}`
    : `MATCH (:Actor {key: $actor})<-[:SOURCE|TARGET]-(e:Event)\nWHERE ${conds.join(" AND ")}\nWITH DISTINCT e`;
  // The counterpart's key is on the event (source/target): rank keys first, fetch the few actors last.
  return {
    text: `${events}
WITH CASE WHEN e.source = $actor THEN e.target ELSE e.source END AS other, e.type AS type
WHERE other IS NOT NULL AND other <> $actor
WITH other, sum($weights[type]) AS score, count(*) AS events
ORDER BY score DESC, other
LIMIT toInteger($limit)
MATCH (b:Actor {key: other})
RETURN ${actorProjection("b")} AS actor, score, events
ORDER BY score DESC, b.key`,
    params,
  };
}

/**
 * The shortest chain of RELATION summaries (actors sharing non-negated events) between two
 * actors, with the strongest events of each hop. `maxHops` is a validated integer 1..4: a
 * variable-length bound cannot be a parameter, so it is checked before it enters the text.
 */
export function pathQuery(from: string, to: string, maxHops: number, perHop: number): Cypher {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 4) throw new RangeError("maxHops must be an integer 1..4");
  return {
    text: `MATCH (a:Actor {key: $from}), (b:Actor {key: $to})
WHERE a <> b
MATCH p = shortestPath((a)-[:RELATION*1..${maxHops}]-(b))
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) - 1) AS i
WITH i, ns[i] AS x, ns[i + 1] AS y, rs[i] AS r
CALL (x, y) {
  // the hop's events (x and y differ on a shortest path)
  ${eventsBetween("x, y", "x.key", "y.key", "", "  ")}
  WITH e
  WHERE coalesce(e.negated, false) = false
  WITH e ORDER BY coalesce(e.stories, 0) DESC, coalesce(e.date, '') DESC, e.id DESC LIMIT toInteger($perHop)
  RETURN collect(${eventProjection("e")}) AS sample
}
RETURN i, ${actorProjection("x")} AS from, ${actorProjection("y")} AS to, coalesce(r.events, 0) AS events, coalesce(r.weight, 0.0) AS weight, sample
ORDER BY i`,
    params: { from, to, perHop },
  };
}
