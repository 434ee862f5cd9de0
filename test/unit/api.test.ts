// Pure parts of the API: argument checks, cursors, series and trend, bearer check, error masking.
import { GraphQLError, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { dateRange, eventFilter, pageSize } from "../../src/api/args.ts";
import { requireBearer } from "../../src/api/auth.ts";
import { decodeCursor, encodeCursor, toConnection } from "../../src/api/cursor.ts";
import { maskError } from "../../src/api/errors.ts";
import { partnerWeights } from "../../src/api/plover.ts";
import { listsToPrefetch, selectedFields } from "../../src/api/prefetch.ts";
import { parseByType } from "../../src/api/resolvers/types.ts";
import { countsByType, monthlySeries, nextMonth, trend } from "../../src/api/series.ts";
import { GraphQueryError, GraphTimeoutError, GraphUnavailableError } from "../../src/graph/errors.ts";

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as GraphQLError).extensions?.code;
  }
  return "no error";
};

describe("arguments", () => {
  it.each([[undefined, 20], [1, 1], [100, 100]])("page size %s -> %s", (first, n) => expect(pageSize(first)).toBe(n));
  it.each([0, -1, 101, 2.5])("page size %s is BAD_USER_INPUT", (first) => expect(code(() => pageSize(first))).toBe("BAD_USER_INPUT"));
  it.each(["2024-13", "24", "2024-1-1", "2024-02-30x", "' OR 1=1"])("date %s is BAD_USER_INPUT", (d) => expect(code(() => dateRange({ from: d }))).toBe("BAD_USER_INPUT"));
  it("keeps ordered ranges, including a month ending the same month", () => {
    expect(dateRange({ from: "2024-06", to: "2024-06" })).toEqual({ from: "2024-06", to: "2024-06" });
    expect(code(() => dateRange({ from: "2024-07", to: "2024-06" }))).toBe("BAD_USER_INPUT");
  });
  it("defaults to leaving out negated and uncertain events; fixed fields win", () => {
    expect(eventFilter(undefined)).toMatchObject({ includeNegated: false, includeUncertain: false });
    expect(eventFilter({ actor: "X", counterpart: "Y" }, { counterpart: "PRK" })).toMatchObject({ actor: "X", counterpart: "PRK" });
    expect(code(() => eventFilter({ actor: " " }))).toBe("BAD_USER_INPUT");
    expect(code(() => eventFilter({ actor: "x".repeat(201) }))).toBe("BAD_USER_INPUT");
  });
});

describe("cursors", () => {
  it("round-trips and belongs to one sort", () => {
    const c = encodeCursor("events:DATE_DESC", ["2024-06-19", "abc"]);
    expect(decodeCursor(c, "events:DATE_DESC")).toEqual(["2024-06-19", "abc"]);
    expect(code(() => decodeCursor(c, "events:DATE_ASC"))).toBe("BAD_USER_INPUT");
    expect(code(() => decodeCursor("%%%", "events:DATE_ASC"))).toBe("BAD_USER_INPUT");
    expect(code(() => decodeCursor(Buffer.from('["events:DATE_ASC",[{"$ne":1}]]').toString("base64url"), "events:DATE_ASC"))).toBe("BAD_USER_INPUT");
  });
  it("tells from the extra row whether a next page exists", () => {
    const rows = [1, 2, 3].map((n) => ({ node: n, sort: [n] }));
    expect(toConnection(rows, 2, "s").pageInfo.hasNextPage).toBe(true);
    expect(toConnection(rows, 3, "s").pageInfo.hasNextPage).toBe(false);
    expect(toConnection(rows, 2, "s").edges.map((e) => e.node)).toEqual([1, 2]);
    expect(toConnection([], 2, "s").pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

describe("series and trend", () => {
  it.each([["2024-11", "2024-12"], ["2024-12", "2025-01"], ["2025-09", "2025-10"]])("%s -> %s", (m, n) => expect(nextMonth(m)).toBe(n));

  it("weighs events by PLOVER weight, splits cooperation and conflict, fills gaps", () => {
    const s = monthlySeries([
      { type: "AGREE", month: "2024-01", count: 2 }, // +4 each
      { type: "ASSAULT", month: "2024-01", count: 1 }, // -10
      { type: "SANCTION", month: "2024-03", count: 1 }, // -5
      { type: "CONSULT", month: null, count: 9 }, // undated: not in the series
    ]);
    expect(s).toEqual([
      { month: "2024-01", events: 3, cooperation: 8, conflict: 10, net: -2 },
      { month: "2024-02", events: 0, cooperation: 0, conflict: 0, net: 0 },
      { month: "2024-03", events: 1, cooperation: 0, conflict: 5, net: -5 },
    ]);
    // x = 0,1,2; y = -2,0,-5: slope = sum((x-1)(y-mean)) / 2 = (-1*-2 + 1*-5) / 2 = -1.5
    expect(trend(s)).toEqual({ slope: -1.5, months: 3, direction: "COOLING" });
    expect(trend(s.slice(0, 1))).toBeNull();
    expect(trend([s[1]!, s[1]!])?.direction).toBe("FLAT");
  });

  it("counts by type, most frequent first", () => {
    expect(countsByType([{ type: "B", month: null, count: 1 }, { type: "A", month: "2024-01", count: 1 }, { type: "C", month: null, count: 3 }]))
      .toEqual([{ type: "C", count: 3 }, { type: "A", count: 1 }, { type: "B", count: 1 }]);
  });

  it("ranks cooperative partners by positive weights and hostile ones by negative weights", () => {
    expect(partnerWeights("COOPERATIVE")).toMatchObject({ AID: 7, AGREE: 4 });
    expect(partnerWeights("COOPERATIVE")).not.toHaveProperty("REQUEST");
    expect(partnerWeights("HOSTILE")).toMatchObject({ ASSAULT: 10, REQUEST: 1 });
    expect(partnerWeights("HOSTILE")).not.toHaveProperty("AGREE");
  });

  it("reads RELATION.byType as a map or a list", () => {
    expect(parseByType('{"AGREE":1,"ASSAULT":3}')).toEqual([{ type: "ASSAULT", count: 3 }, { type: "AGREE", count: 1 }]);
    expect(parseByType('[{"type":"AGREE","count":2}]')).toEqual([{ type: "AGREE", count: 2 }]);
    expect(parseByType("not json")).toEqual([]);
    expect(parseByType(null)).toEqual([]);
  });
});

describe("bearer key", () => {
  const key = "k".repeat(20);
  it.each([
    [null, key, "UNAUTHENTICATED"], ["Bearer x", key, "UNAUTHENTICATED"], [key, key, "UNAUTHENTICATED"],
    [`Bearer ${key}`, undefined, "UNAUTHENTICATED"], [`Bearer ${key}`, key, "no error"], [`bearer  ${key} `, key, "no error"],
  ])("%s with key %s", (header, configured, expected) => expect(code(() => requireBearer(header, configured))).toBe(expected));
});

describe("error masking", () => {
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ["x"] });
  it.each([
    [new GraphUnavailableError("connect ECONNREFUSED 127.0.0.1:7687", "ServiceUnavailable"), "UNAVAILABLE"],
    [new GraphTimeoutError("terminated", "Neo.ClientError.Transaction.TransactionTimedOut"), "TIMEOUT"],
    [new GraphQueryError("Invalid input 'MATCH'", "Neo.ClientError.Statement.SyntaxError"), "INTERNAL_SERVER_ERROR"],
    [new Error("secret internals"), "INTERNAL_SERVER_ERROR"],
    [new GraphQLError("bad", { extensions: { code: "BAD_USER_INPUT" } }), "BAD_USER_INPUT"],
  ])("%s -> %s", (err, expected) => {
    const masked = maskError(wrap(err)) as GraphQLError;
    expect(masked.extensions.code).toBe(expected);
    if (expected === "INTERNAL_SERVER_ERROR") expect(masked.message).toBe("Unexpected error.");
    expect(masked.message).not.toMatch(/127\.0\.0\.1|MATCH/);
  });
});

describe("lookahead of single-entity queries", () => {
  /** The resolve info of the first root field of `doc` (field nodes and fragments are all it reads). */
  const infoOf = (doc: string) => {
    const parsed = parse(doc);
    const op = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(parsed.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    const root = op.selectionSet.selections[0]!;
    if (root.kind !== Kind.FIELD) throw new Error("root must be a field");
    return { fieldNodes: [root], fragments };
  };

  it.each([
    ["Event", `{ event(id: "x") { id evidence { sentence { text } } } }`, ["evidence"]],
    ["Event", `{ event(id: "x") { id type source { key } } }`, []],
    ["Event", `{ e: event(id: "x") { ... on Event { people { role } } ...F } } fragment F on Event { evidence { date } }`, ["evidence", "people"]],
    ["Organization", `{ organization(key: "NATO") { ...A } } fragment A on Actor { offices { title } }`, ["offices"]],
    ["Country", `{ country(code: "RUS") { memberships { since } relations { events } events { totalCount } } }`, ["memberships"]],
    ["Document", `{ document(id: "d") { sameStory { similarity } events { totalCount } } }`, ["sameStory"]],
    // nested deeper than the root's own fields: not the root's lists
    ["Person", `{ person(name: "p") { events { edges { node { id } } } name } }`, []],
  ] as const)("%s %s -> %j", (type, doc, expected) => {
    expect(listsToPrefetch(type, infoOf(doc))).toEqual(expected);
  });

  it("reads only the root field's own selections, through fragments", () => {
    expect([...selectedFields(infoOf(`{ country(code: "X") { key ...F } } fragment F on Country { name offices { person { offices { title } } } }`))])
      .toEqual(["key", "name", "offices"]);
  });
});
