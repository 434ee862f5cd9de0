import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { readDocuments, toDocument, type SourceItem } from "../../ingest/sources.ts";

let dir: string;

async function collect(inputs: string[], options = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readDocuments(inputs, options)) items.push(item);
  return items;
}
const summary = (items: SourceItem[]) =>
  items.map((i) => ("doc" in i ? `doc ${i.doc.id} @${i.input}` : `error ${i.error.input}: ${i.error.message}`));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "entente-sources-"));
  const good = JSON.stringify({ id: "a", text: "Russia attacked Ukraine.", published: "2025-07-28", source: "x" });
  const lines = [
    good,
    "",
    "{not json",
    JSON.stringify({ text: "no id" }),
    JSON.stringify({ id: "c", text: "   " }),
    JSON.stringify({ id: "d", text: "Bad date.", published: "yesterday" }),
    JSON.stringify([1, 2]),
    JSON.stringify({ id: "e", text: "Last one.\r" }) + "\r",
  ];
  writeFileSync(join(dir, "docs.jsonl"), lines.join("\n") + "\n");
  // invalid UTF-8 on line 2, a NUL byte on line 3
  writeFileSync(join(dir, "bytes.jsonl"), Buffer.concat([
    Buffer.from(JSON.stringify({ id: "u1", text: "fine" }) + "\n"),
    Buffer.from('{"id":"u2","text":"bad \xff\xfe"}\n', "latin1"),
    Buffer.from('{"id":"u3","text":"nul \u0000"}\n', "latin1"),
    Buffer.from(JSON.stringify({ id: "u4", text: "after" })),
  ]));
  mkdirSync(join(dir, "folder"));
  writeFileSync(join(dir, "folder", "b-note.txt"), "\uFEFFPutin met Kim.\nThey signed a treaty.");
  writeFileSync(join(dir, "folder", "a.jsonl"), JSON.stringify({ id: "first", text: "First." }) + "\n");
  writeFileSync(join(dir, "folder", "ignored.csv"), "id,text\n");
  writeFileSync(join(dir, "folder", "empty.txt"), "  \n");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  writeFileSync(join(dir, "big.jsonl"), [
    JSON.stringify({ id: "big", text: "x".repeat(5000) }),
    JSON.stringify({ id: "small", text: "ok" }),
  ].join("\n"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("toDocument", () => {
  it.each([
    [{ id: "a", text: "t" }, null],
    [{ id: "a", text: "t", published: "2025-07-28T09:00:00Z", title: null }, null],
    [{}, "id: is missing; text: is missing"],
    [{ id: 5, text: "t" }, "id: must be a string, not number"],
    [{ id: " ", text: "t" }, "id: must not be empty"],
    [{ id: "a", text: "t", published: "2025-02-30" }, "published: must be a date YYYY-MM-DD or an ISO timestamp"],
    [{ id: "a", text: "t", source: 3 }, "source: must be a string, not number"],
    ["a string", "not a JSON object"],
  ] as const)("%j", (value, message) => {
    const result = toDocument(value);
    if (message === null) expect(result).toHaveProperty("doc");
    else expect(result).toEqual({ message });
  });
});

describe("readDocuments", () => {
  it("yields documents and per-line errors, and keeps going", async () => {
    const f = join(dir, "docs.jsonl");
    expect(summary(await collect([f]))).toEqual([
      `doc a @${f}:1`,
      `error ${f}:3: not valid JSON (${errorOf("{not json")})`,
      `error ${f}:4: id: is missing`,
      `error ${f}:5: text: must not be empty`,
      `error ${f}:6: published: must be a date YYYY-MM-DD or an ISO timestamp`,
      `error ${f}:7: not a JSON object`,
      `doc e @${f}:8`,
    ]);
  });

  it("keeps the optional fields of a document", async () => {
    const [first] = await collect([join(dir, "docs.jsonl")]);
    expect(first).toEqual({ doc: { id: "a", text: "Russia attacked Ukraine.", published: "2025-07-28", source: "x" }, input: `${join(dir, "docs.jsonl")}:1` });
  });

  it("rejects invalid UTF-8 and NUL bytes line by line", async () => {
    const f = join(dir, "bytes.jsonl");
    expect(summary(await collect([f]))).toEqual([
      `doc u1 @${f}:1`,
      `error ${f}:2: invalid UTF-8`,
      `error ${f}:3: binary content (NUL bytes)`,
      `doc u4 @${f}:4`,
    ]);
  });

  it("reads a directory's document files in name order, text files named by file", async () => {
    const d = join(dir, "folder");
    const items = await collect([d]);
    expect(summary(items)).toEqual([
      `doc first @${join(d, "a.jsonl")}:1`,
      `doc b-note @${join(d, "b-note.txt")}`,
      `error ${join(d, "empty.txt")}: text: must not be empty`,
    ]);
    const note = items[1]!;
    expect("doc" in note && note.doc).toEqual({ id: "b-note", text: "Putin met Kim.\nThey signed a treaty." });
  });

  it("names missing, binary and oversized inputs and continues with the next", async () => {
    const missing = join(dir, "nope.jsonl");
    const items = await collect([missing, join(dir, "binary.txt"), join(dir, "big.jsonl")], { maxBytes: 1000 });
    expect(summary(items)).toEqual([
      `error ${missing}: cannot read: no such file or directory`,
      `error ${join(dir, "binary.txt")}: binary content (NUL bytes)`,
      `error ${join(dir, "big.jsonl")}:1: document too large (5022 bytes, limit 1000 bytes)`,
      `doc small @${join(dir, "big.jsonl")}:2`,
    ]);
  });

  it("reports a path it cannot read and reads the next input", async () => {
    const bad = join(dir, "docs.jsonl", "inner.jsonl");
    const items = await collect([bad, join(dir, "folder", "a.jsonl")]);
    expect(summary(items)).toEqual([
      `error ${bad}: cannot read: a part of the path is not a directory`,
      `doc first @${join(dir, "folder", "a.jsonl")}:1`,
    ]);
  });

  it("reads JSONL from stdin as `-`, split across chunks", async () => {
    const body = JSON.stringify({ id: "s1", text: "Über Kyiv." }) + "\n" + JSON.stringify({ id: "s2", text: "two" });
    const bytes = Buffer.from(body);
    // split inside the multi-byte "Ü" and inside the second line
    const stdin = Readable.from([bytes.subarray(0, 22), bytes.subarray(22, 40), bytes.subarray(40)]);
    expect(summary(await collect(["-"], { stdin }))).toEqual(["doc s1 @-:1", "doc s2 @-:2"]);
  });
});

function errorOf(text: string): string {
  try {
    JSON.parse(text);
    return "";
  } catch (err) {
    return (err as Error).message;
  }
}
