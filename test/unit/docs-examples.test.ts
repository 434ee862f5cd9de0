// The worked examples in docs/api.md are what analysts copy first: each must still parse and
// validate against the contract (schema/api.graphql), or the docs have drifted from the API.
import { readFileSync } from "node:fs";
import { buildSchema, parse, print, validate } from "graphql";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const schema = buildSchema(read("schema/api.graphql"));

/** The fenced ```graphql blocks of a Markdown file, with the line each starts on. */
function graphqlBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== "```graphql") continue;
    const start = i + 1;
    while (++i < lines.length && lines[i]!.trim() !== "```");
    blocks.push({ line: start + 1, text: lines.slice(start, i).join("\n") });
  }
  return blocks;
}

describe("graphqlBlocks", () => {
  it("finds fenced graphql blocks and nothing else", () => {
    const md = "text\n```graphql\n{ a }\n```\n```json\n{}\n```\n```graphql\n{ b }\n```\n";
    expect(graphqlBlocks(md)).toEqual([{ line: 3, text: "{ a }" }, { line: 9, text: "{ b }" }]);
  });
});

describe("docs/api.md examples", () => {
  const blocks = graphqlBlocks(read("docs/api.md"));

  it("has a worked example for each query the issue names", () => {
    const all = blocks.map((b) => b.text).join("\n");
    for (const field of ["country", "countries", "person", "organization", "event", "events", "relationship", "partners", "path", "timeline", "search", "documents", "document", "stats", "ingestDocuments", "deleteDocument"]) {
      expect(all, field).toMatch(new RegExp(`\\b${field}\\s*[({]`));
    }
  });

  // A block may list several one-line examples; each operation is a request of its own.
  const operations = blocks.flatMap((b) => parse(b.text).definitions.map((d, i) => [b.line, i + 1, print(d)] as const));

  it("finds the examples", () => {
    expect(operations.length).toBeGreaterThanOrEqual(16);
  });

  it.each(operations)("the block at line %i, operation %i, validates against schema/api.graphql", (_line, _n, text) => {
    const errors = validate(schema, parse(text));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
