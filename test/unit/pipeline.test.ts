import { describe, expect, it } from "vitest";
import { extractCounted, extractDocument, extractItems, type ExtractItem } from "../../ingest/pipeline.ts";
import { segment } from "../../ingest/stages/segment.ts";
import { extractEvents } from "../../ingest/stages/extract.ts";
import type { SourceItem } from "../../ingest/sources.ts";
import type { SourceDocument } from "../../ingest/types.ts";

const DOCS: SourceDocument[] = [
  { id: "d1", text: "Russia strikes Kyiv\n\nRussian forces attacked Ukraine yesterday. Kyiv condemned the attack.", published: "2025-07-28" },
  { id: "d2", text: "The weather was mild." },
  { id: "d3", text: "Putin met Kim Jong Un in Pyongyang on Wednesday.", published: "2025-03-14" },
  { id: "d4", text: "North Korea sent troops to Russia's Kursk region." },
];

async function* items(list: readonly SourceItem[]): AsyncGenerator<SourceItem> {
  yield* list;
}
async function collect(gen: AsyncIterable<ExtractItem>): Promise<ExtractItem[]> {
  const out: ExtractItem[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe("extractDocument", () => {
  it("is segmentation followed by event extraction", () => {
    const doc = DOCS[0]!;
    expect(extractDocument(doc)).toEqual({ id: "d1", ...extractEvents(doc, segment(doc.text)) });
    expect(extractCounted(doc).sentences).toBe(3);
  });

  it("keeps every event's sentence at its offsets in the document", () => {
    for (const doc of DOCS) {
      for (const e of extractDocument(doc).events) expect(doc.text.slice(e.start, e.end)).toBe(e.sentence);
    }
  });
});

describe("extractItems", () => {
  const input: SourceItem[] = [
    { doc: DOCS[0]!, input: "f.jsonl:1" },
    { error: { input: "f.jsonl:2", message: "not valid JSON" } },
    { doc: DOCS[1]!, input: "f.jsonl:3" },
    // bypasses validation: the stage throws, the stream goes on
    { doc: { id: "broken", text: null as unknown as string }, input: "f.jsonl:4" },
    { doc: DOCS[2]!, input: "f.jsonl:5" },
    { doc: DOCS[3]!, input: "f.jsonl:6" },
  ];
  const shape = (out: ExtractItem[]) => out.map((x) => ("error" in x ? `error ${x.error.input}` : `${x.result.id} @${x.input}`));

  it("extracts on the calling thread with 0 workers, errors in place", async () => {
    const out = await collect(extractItems(items(input), { workers: 0 }));
    expect(shape(out)).toEqual(["d1 @f.jsonl:1", "error f.jsonl:2", "d2 @f.jsonl:3", "error f.jsonl:4", "d3 @f.jsonl:5", "d4 @f.jsonl:6"]);
    const broken = out[3]!;
    expect("error" in broken && broken.error.message).toMatch(/^extraction failed: /);
  });

  it("gives the same results, in the same order, from worker threads", async () => {
    const single = await collect(extractItems(items(input), { workers: 0 }));
    const threaded = await collect(extractItems(items(input), { workers: 2, maxInFlight: 3 }));
    expect(threaded).toEqual(single);
  }, 60_000);
});
