// The Cypher read builders are pure values: inputs only ever travel as parameters.
import { describe, expect, it } from "vitest";
import { MEMBERS, countryQuery, organizationQuery, personQuery, relationsQuery } from "../../src/graph/queries/actors.ts";
import { EVIDENCE, PARTICIPANTS, evidenceQuery } from "../../src/graph/queries/documents.ts";
import { lookupWith } from "../../src/graph/queries/lookup.ts";
import { partnersQuery, pathQuery, relationshipQuery } from "../../src/graph/queries/analysis.ts";
import { PAIR_MATCH, PAIR_SEEK, eventConditions, eventsByIdQuery, eventsCountQuery, eventsPageQuery, keysetPredicate, narrowScope, upperDateBound, type EventQueryFilter } from "../../src/graph/queries/events.ts";
import { luceneQuery, searchQuery } from "../../src/graph/queries/search.ts";

const EVIL = "'}) MATCH (n) DETACH DELETE n //`";
const base: EventQueryFilter = { includeNegated: false, includeUncertain: false };

describe("keyset pagination", () => {
  it.each([
    [[["a", "DESC"]], "((a < $after0))"],
    [[["a", "DESC"], ["b", "DESC"]], "((a < $after0) OR (a = $after0 AND b < $after1))"],
    [[["a", "ASC"], ["b", "ASC"]], "((a > $after0) OR (a = $after0 AND b > $after1))"],
  ] as const)("%j -> %s", (parts, expected) => {
    expect(keysetPredicate(parts)).toBe(expected);
  });

  it("includes a whole month or year in an upper bound", () => {
    for (const [to, inside, outside] of [["2024-06", "2024-06-30", "2024-07"], ["2024", "2024-12-31", "2025"], ["2024-06-19", "2024-06-19", "2024-06-20"]]) {
      expect(inside! <= upperDateBound(to!)).toBe(true);
      expect(outside! <= upperDateBound(to!)).toBe(false);
    }
  });
});

describe("event filters", () => {
  it.each([
    [{}, ["coalesce(e.negated, false) = false", "coalesce(e.uncertain, false) = false"]],
    [{ includeNegated: true, includeUncertain: true }, []],
    [{ types: ["AGREE"], minStories: 2 }, ["e.type IN $types", "coalesce(e.negated, false) = false", "coalesce(e.uncertain, false) = false", "coalesce(e.stories, 0) >= $minStories"]],
  ])("%j", (f, conds) => {
    expect(eventConditions({ ...base, ...f }).conds).toEqual(conds);
  });

  it("starts a whole-graph list from the actor or person it names", () => {
    expect(narrowScope({ kind: "all" }, { ...base, actor: "RUS", counterpart: "PRK" })).toEqual({ scope: { kind: "actor", keys: ["RUS"] }, filter: { ...base, actor: undefined, counterpart: "PRK" } });
    expect(narrowScope({ kind: "all" }, { ...base, person: "Vladimir Putin" }).scope).toEqual({ kind: "person", keys: ["Vladimir Putin"] });
    expect(narrowScope({ kind: "all" }, base).scope).toEqual({ kind: "all" });
  });
});

describe("events between two actors", () => {
  const page = (keys: string[], counterpart: string) =>
    eventsPageQuery({ scope: { kind: "actor", keys }, filter: { ...base, counterpart }, sort: "DATE_DESC", limit: 11 }).text;
  it("seeks the (source, target) index for two different actors", () => {
    expect(page(["RUS"], "PRK")).toContain(PAIR_SEEK);
    expect(page(["RUS", "USA"], "PRK")).toContain(PAIR_SEEK);
  });
  it("walks the actor's events when the counterpart is one of the keys (the pair index cannot say 'either side')", () => {
    expect(page(["RUS", "PRK"], "PRK")).toContain(PAIR_MATCH);
    expect(page(["RUS", "PRK"], "PRK")).not.toContain(PAIR_SEEK);
  });
  it("answers relationship(a, b) from the pair index", () => {
    expect(relationshipQuery("RUS", "PRK").text).toMatch(/e\.source = \$a AND e\.target = \$b[\s\S]*UNION[\s\S]*e\.source = \$b AND e\.target = \$a/);
  });
});

describe("no input in the query text", () => {
  const filter: EventQueryFilter = { ...base, actor: EVIL, counterpart: EVIL, source: EVIL, target: EVIL, person: EVIL, types: [EVIL], quadClasses: [EVIL], from: EVIL, to: EVIL };
  const cyphers = [
    eventsPageQuery({ scope: { kind: "all" }, filter, sort: "DATE_DESC", after: [EVIL, EVIL], limit: 21 }),
    eventsPageQuery({ scope: { kind: "person", keys: [EVIL], role: "source" }, filter, sort: "STORIES_DESC", limit: 21 }),
    eventsCountQuery({ kind: "document", keys: [EVIL] }, filter),
    countryQuery({ name: EVIL }), countryQuery({ code: EVIL }), personQuery(EVIL), organizationQuery(EVIL), relationsQuery([EVIL], 5),
    lookupWith(eventsByIdQuery([EVIL]), "event", "id", { evidence: EVIDENCE, people: PARTICIPANTS }),
    relationshipQuery(EVIL, EVIL, { from: EVIL, to: EVIL }), partnersQuery(EVIL, { [EVIL]: 1 }, 10, { from: EVIL }),
    pathQuery(EVIL, EVIL, 3, 3), searchQuery(luceneQuery(EVIL)!, 10),
  ];
  it.each(cyphers.map((c, i) => [i, c] as const))("builder %i keeps values in params", (_, c) => {
    expect(c.text).not.toContain("DETACH DELETE");
    expect(JSON.stringify(c.params).toLowerCase()).toContain("detach");
  });

  it("refuses a hop bound outside 1..4 (it is the one number in the text)", () => {
    expect(() => pathQuery("A", "B", 5, 3)).toThrow(RangeError);
    expect(() => pathQuery("A", "B", 1.5, 3)).toThrow(RangeError);
    expect(pathQuery("A", "B", 4, 3).text).toContain("[:RELATION*1..4]");
  });
});

describe("Lucene escaping", () => {
  it.each([
    ["Kim Jong Un", "+Kim +Jong +Un"],
    ["North Korea's", "+North +Korea's"],
    ["a AND b OR NOT c", "+a +and +b +or +not +c"],
    ["title:(x) *", "+title\\:\\(x\\) +\\*"],
    ["\"quoted\" ~2 [1 TO 2] {x}", "+\\\"quoted\\\" +\\~2 +\\[1 +TO +2\\] +\\{x\\}"],
    ["a+b -c && d || !e ^f ?g /h\\", "+a\\+b +\\-c +\\&\\& +d +\\|\\| +\\!e +\\^f +\\?g +\\/h\\\\"],
    ["   ", null],
  ])("%s", (text, expected) => {
    expect(luceneQuery(text)).toBe(expected);
  });
});

describe("single-entity lookups with their lists", () => {
  it("leaves the root query alone when no list is asked for", () => {
    const root = organizationQuery("NATO");
    expect(lookupWith(root, "actor", "key", {})).toBe(root);
  });

  it("collects each list for the root's key in one query, with the root's parameters", () => {
    const root = eventsByIdQuery(["e1"]);
    const c = lookupWith(root, "event", "id", { evidence: EVIDENCE, people: PARTICIPANTS });
    expect(c.params).toEqual(root.params);
    expect(c.text).toContain(`CALL () {\n${root.text}\n}`);
    expect(c.text).toContain("WITH event, event.id AS key");
    expect(c.text).toContain(`${EVIDENCE.body}\n  RETURN collect(${EVIDENCE.proj}) AS evidence`);
    expect(c.text.trim().split("\n").at(-1)).toBe("RETURN event, evidence, people");
    // the batched form runs the very same list body
    expect(evidenceQuery(["e1"]).text).toContain(EVIDENCE.body);
  });

  it.each([["actor", "key", "members; MATCH (n) DETACH DELETE n"], ["actor", "k`ey", "members"], ["a ctor", "key", "members"]])(
    "refuses a name that is not a plain identifier: %s %s %s", (column, keyField, list) => {
      expect(() => lookupWith(organizationQuery("NATO"), column, keyField, { [list]: MEMBERS })).toThrow(RangeError);
    });
});
