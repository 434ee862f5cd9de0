// The pure parts of `entente export`: Cypher literals, CSV fields, GraphML escaping, the json
// format's types, statement builders and the digest.
import { describe, expect, it } from "vitest";
import { floatLiteral, literal, mapLiteral, name, stringLiteral } from "../../src/graph/export/cypher-literal.ts";
import { nodeStatements, relationshipStatements } from "../../src/graph/export/cypher-script.ts";
import { csvField, csvLine } from "../../src/graph/export/csv-format.ts";
import { graphmlType, xmlEscape } from "../../src/graph/export/graphml-format.ts";
import { jsonHeader, jsonNode, JSON_FOOTER, JSON_MIDDLE, jsonRelationship, parseJsonExport } from "../../src/graph/export/json-format.ts";
import { importStatements } from "../../src/graph/export/import-json.ts";
import { graphDigest } from "../../src/graph/export/digest.ts";
import { nodeId, parseNodeId, primaryLabel } from "../../src/graph/export/model.ts";
import { eventPage } from "../../src/graph/export/queries.ts";
import { filterOf } from "../../src/commands/export.ts";
import type { ExportNode, ExportRelationship } from "../../src/graph/export/values.ts";

describe("Cypher literals", () => {
  const strings: [string, string][] = [
    ["plain", "'plain'"],
    ["O'Neil", "'O\\'Neil'"],
    ["back\\slash", "'back\\\\slash'"],
    ["two\nlines\r\tx", "'two\\nlines\\r\\tx'"],
    ["bell\u0007 sep\u2028", "'bell\\u0007 sep\\u2028'"],
    ["emoji 😀 and ü", "'emoji 😀 and ü'"],
    ['say "hi"', "'say \"hi\"'"],
  ];
  it.each(strings)("string %j -> %s", (input, out) => expect(stringLiteral(input)).toBe(out));

  const floats: [number, string][] = [[4, "4.0"], [-0.5, "-0.5"], [1e21, "1e21"], [1.5e-7, "1.5e-7"], [NaN, "0.0/0.0"], [Infinity, "1.0/0.0"]];
  it.each(floats)("float %s -> %s", (x, out) => expect(floatLiteral(x)).toBe(out));

  it("types values as they were read", () => {
    expect(literal(4, "INTEGER")).toBe("4");
    expect(literal(4, "FLOAT")).toBe("4.0");
    expect(literal([1, 2], "LIST<FLOAT>")).toBe("[1.0, 2.0]");
    expect(literal([], "LIST<NOTHING>")).toBe("[]");
    expect(literal("2024-01-02T03:04:05Z", "ZONED DATETIME")).toBe("datetime('2024-01-02T03:04:05Z')");
    expect(literal({ srid: 4326, x: 1, y: 2 }, "POINT")).toBe("point({srid: 4326, x: 1.0, y: 2.0})");
    expect(() => literal("1; DROP", "INTEGER")).toThrow(/not an integer/);
  });

  it("quotes names that are not plain identifiers", () => {
    expect(name("weight")).toBe("weight");
    expect(name("odd key")).toBe("`odd key`");
    expect(name("a`b")).toBe("`a``b`");
    expect(mapLiteral({ b: 1, a: "x", n: null }, { b: "INTEGER", a: "STRING" })).toBe("{a: 'x', b: 1}");
  });
});

const country: ExportNode = { id: "Actor:RUS", labels: ["Actor", "Country"], properties: { key: "RUS", code: "RUS", name: "Russia" }, types: { key: "STRING", code: "STRING", name: "STRING" } };
const event: ExportNode = { id: "Event:e1", labels: ["Event"], properties: { id: "e1", weight: 4, mentions: 2, tags: [] }, types: { id: "STRING", weight: "FLOAT", mentions: "INTEGER", tags: "LIST<NOTHING>" } };
const source: ExportRelationship = { type: "SOURCE", start: "Event:e1", end: "Actor:RUS", properties: {}, types: {} };

describe("cypher script statements", () => {
  it("MERGE nodes on their key and set the other labels", () => {
    expect(nodeStatements("Actor", [country])).toEqual([
      "UNWIND [{k: 'RUS', p: {code: 'RUS', key: 'RUS', name: 'Russia'}}] AS row MERGE (n:Actor {key: row.k}) SET n = row.p SET n:Country;",
    ]);
  });
  it("create a relationship only when no equal one exists", () => {
    const [s] = relationshipStatements([source]);
    expect(s).toContain("MATCH (a:Event {id: row.s}) MATCH (b:Actor {key: row.e})");
    expect(s).toContain("WHERE NOT EXISTS { MATCH (a)-[x:SOURCE]->(b) WHERE properties(x) = row.p }");
  });
  it("refuse labels and types outside the model", () => {
    expect(() => nodeStatements("Actor", [{ ...country, labels: ["Actor", "Evil`) DETACH DELETE n //"] }])).toThrow(/unknown label/);
    expect(() => relationshipStatements([{ ...source, type: "HACK" }])).toThrow(/unknown relationship type/);
  });
});

describe("json format", () => {
  const text = jsonHeader({}) + jsonNode(country, true) + jsonNode(event, false) + JSON_MIDDLE + jsonRelationship(source, true) + JSON_FOOTER;
  it("keeps only the types JSON cannot tell, and restores all of them", () => {
    expect(text).toContain('"types":{"weight":"FLOAT"}');
    const doc = parseJsonExport(text);
    expect(doc.nodes[1]!.types).toEqual(event.types);
    expect(doc.relationships).toEqual([source]);
  });
  it("imports with parameters, converting typed values in Cypher", () => {
    const [nodes] = importStatements(parseJsonExport(text)).filter((s) => s.text.includes("Event"));
    const row = (nodes!.params.rows as { k: string; p: object; t: object[] }[])[0]!;
    expect(row.p).toEqual({ id: "e1", tags: [] });
    expect(row.t).toEqual([{ k: "weight", t: "FLOAT", v: 4 }, { k: "mentions", t: "INTEGER", v: 2 }]);
  });
  it("rejects other documents, labels and types", () => {
    expect(() => parseJsonExport('{"format":"other"}')).toThrow();
    expect(() => parseJsonExport(text.replace('"Country"', '"Hacker"'))).toThrow(/unknown label/);
    expect(() => parseJsonExport(text.replace('"SOURCE"', '"OWNS"'))).toThrow(/unknown relationship type/);
  });
});

describe("csv and graphml", () => {
  const fields: [unknown, string][] = [
    ["plain", "plain"], ["a,b", '"a,b"'], ['say "hi"', '"say ""hi"""'], ["two\nlines", '"two\nlines"'],
    [null, ""], [true, "true"], [4.5, "4.5"], [["a", "b"], '"[""a"",""b""]"'], [" padded", '" padded"'],
  ];
  it.each(fields)("csv field %j -> %s", (v, out) => expect(csvField(v)).toBe(out));
  it("ends records with CRLF", () => expect(csvLine(["a", 1])).toBe("a,1\r\n"));
  it("escapes XML and drops characters XML cannot carry", () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    expect(graphmlType("FLOAT")).toBe("double");
    expect(graphmlType("INTEGER")).toBe("long");
    expect(graphmlType("LIST<FLOAT>")).toBe("string");
  });
});

describe("ids, filters and digests", () => {
  it("ids are label and key; keys may contain colons", () => {
    expect(nodeId("Sentence", "doc:1#2")).toBe("Sentence:doc:1#2");
    expect(parseNodeId("Sentence:doc:1#2")).toEqual({ label: "Sentence", key: "doc:1#2" });
    expect(() => parseNodeId("Hacker:x")).toThrow();
    expect(primaryLabel(["Country", "Actor"])).toBe("Actor");
    expect(primaryLabel(["StoryKey"])).toBeNull();
  });
  it("filters become parameters", () => {
    const c = eventPage({ actors: ["PRK"], from: "2024", types: ["AGREE"] }, null, 10);
    expect(c.text).toContain("e.type IN $types");
    expect(c.text).toContain("left(e.date, size($from)) >= $from");
    expect(c.text).not.toContain("PRK");
    expect(c.params).toMatchObject({ actors: ["PRK"], from: "2024", types: ["AGREE"] });
  });
  it("checks CLI dates and normalises keys", () => {
    expect(filterOf({ format: "json", pageSize: "500", actor: ["prk"], from: "2024-06", types: ["agree"] })).toEqual({ actors: ["PRK"], from: "2024-06", to: undefined, types: ["AGREE"] });
    expect(() => filterOf({ format: "json", pageSize: "500", from: "June" })).toThrow(/--from/);
  });
  it("digests ignore order but not types", () => {
    const a = graphDigest([country, event], [source]);
    expect(graphDigest([event, country], [source])).toEqual(a);
    expect(graphDigest([country, { ...event, types: { ...event.types, weight: "INTEGER" } }], [source]).sha256).not.toBe(a.sha256);
  });
});
