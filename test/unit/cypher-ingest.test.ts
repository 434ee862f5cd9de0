import { describe, expect, it } from "vitest";
import * as documents from "../../src/graph/cypher/documents.ts";
import * as events from "../../src/graph/cypher/events.ts";
import * as reference from "../../src/graph/cypher/reference.ts";
import { relationPair, summarizeEvent, summarizeRelation, type StoredMention } from "../../src/graph/derive.ts";
import { combineMentions } from "../../ingest/write.ts";

const mention = (over: Partial<StoredMention["props"]> = {}, documentId = "d1", storyId = "d1"): StoredMention => ({
  documentId, storyId,
  props: { type: "CONSULT", subtype: "meet", source: "RUS", target: "PRK", negated: false, uncertain: false, date: null, location: null, place: null, sourcePeople: [], targetPeople: [], ...over },
});

describe("cypher builders", () => {
  const builders: ReadonlyArray<readonly [string, ReturnType<typeof documents.lockIngest>]> = [
    ["lockIngest", documents.lockIngest()],
    ["readDocumentState", documents.readDocumentState(["a"])],
    ["deleteDocuments", documents.deleteDocuments(["a"])],
    ["writeDocuments", documents.writeDocuments([])],
    ["mergePeopleAndPlaces", documents.mergePeopleAndPlaces([], [])],
    ["readStoryCandidates", documents.readStoryCandidates([["k"]], ["a"])],
    ["readStoryFeatures", documents.readStoryFeatures(["a"])],
    ["writeSameStory", documents.writeSameStory([{ a: "a", b: "b", similarity: 0.5 }])],
    ["readStoryNeighbors", documents.readStoryNeighbors(["a"])],
    ["readStoryDocuments", documents.readStoryDocuments(["s"])],
    ["assignStories", documents.assignStories([{ documentId: "a", storyId: "a" }])],
    ["refreshStories", documents.refreshStories(["s"])],
    ["deleteOrphans", documents.deleteOrphans({ people: [], places: [], actors: [] })],
    ["readDocumentMentions", events.readDocumentMentions(["a"])],
    ["deleteMentions", events.deleteMentions([])],
    ["writeMentions", events.writeMentions([])],
    ["readEventMentions", events.readEventMentions(["e"])],
    ["writeEvents", events.writeEvents([])],
    ["readStoredEvents", events.readStoredEvents(["e"])],
    ["createEvents", events.createEvents([])],
    ["deleteEvents", events.deleteEvents(["e"])],
    ["readRelationEvents", events.readRelationEvents([{ a: "A", b: "B" }])],
    ["readRelations", events.readRelations([{ a: "A", b: "B" }])],
    ["writeRelations", events.writeRelations([])],
    ["reference countries", reference.mergeCountries([])],
    ["reference organizations", reference.mergeOrganizations([])],
    ["reference people", reference.mergePeople([])],
    ["reference places", reference.mergePlaces([])],
  ];
  it.each(builders)("%s is pinned", (name, c) => {
    expect(c.text).toMatchSnapshot(name);
  });
  it.each(builders)("%s passes values only as parameters and batches with UNWIND or a fixed statement", (_name, c) => {
    for (const key of Object.keys(c.params)) expect(c.text).toContain(`$${key}`);
    expect(c.text).not.toMatch(/\$\{/);
  });
  it("writes merge on constrained keys, except what the locked writer knows is new", () => {
    expect(documents.writeDocuments([]).text).toMatch(/CREATE \(d:Document \{id: doc\.id\}\)/);
    expect(events.createEvents([]).text).toMatch(/MERGE \(a:Actor \{key: r\.props\.source\}\)/);
    expect(events.writeMentions([]).text).toMatch(/MERGE \(e:Event \{id: r\.eventId\}\)/);
    expect(documents.lockIngest().text).toMatch(/MERGE \(l:IngestLock \{id: 'ingest'\}\)/);
  });
});

describe("summarizeEvent", () => {
  it("derives counts, quad class, weight and the most precise date", () => {
    const row = summarizeEvent("e", [mention({ date: "2024-06" }), mention({ date: "2024-06-19" }, "d2", "d1"), mention({}, "d3", "d3")])!;
    expect(row.props).toMatchObject({ mentions: 3, documents: 3, stories: 2, quadClass: "VERBAL_COOPERATION", weight: 1, date: "2024-06-19" });
  });
  it("is uncertain only when every mention hedges", () => {
    expect(summarizeEvent("e", [mention({ uncertain: true }), mention({ uncertain: false })])!.props.uncertain).toBe(false);
    expect(summarizeEvent("e", [mention({ uncertain: true }), mention({ uncertain: true })])!.props.uncertain).toBe(true);
  });
  it("collects people with their roles", () => {
    const row = summarizeEvent("e", [mention({ sourcePeople: ["Vladimir Putin"] }), mention({ targetPeople: ["Kim Jong Un"], sourcePeople: ["Vladimir Putin"] })])!;
    expect(row.people).toEqual([{ key: "Vladimir Putin", role: "source" }, { key: "Kim Jong Un", role: "target" }]);
  });
  it("does not depend on the order of the mentions", () => {
    const ms = [mention({ subtype: "visit", place: "Pyongyang|PRK" }), mention({ subtype: "meet" }, "d2", "d2"), mention({ subtype: "visit", date: "2024" }, "d3", "d2"), mention({ subtype: "meet", place: "Moscow|RUS" }, "d4", "d4")];
    const forward = summarizeEvent("e", ms);
    const permutations = (xs: StoredMention[]): StoredMention[][] =>
      xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
    const all = permutations(ms);
    expect(all).toHaveLength(24);
    for (const order of all) expect(summarizeEvent("e", order)).toEqual(forward);
  });
  it("orients a symmetric event by the majority of its mentions (ties: smaller key first), people following", () => {
    const ab = mention({ source: "RUS", target: "PRK", sourcePeople: ["Vladimir Putin"] });
    const ba = mention({ source: "PRK", target: "RUS", sourcePeople: ["Kim Jong Un"] }, "d2");
    for (const order of [[ab, ba], [ba, ab]]) {
      const row = summarizeEvent("e", order)!;
      expect([row.props.source, row.props.target]).toEqual(["PRK", "RUS"]);
      expect(row.people).toEqual([{ key: "Kim Jong Un", role: "source" }, { key: "Vladimir Putin", role: "target" }]);
    }
    expect(summarizeEvent("e", [ab, ab, ba])!.props.source).toBe("RUS");
  });
  it("is null without mentions (the event is deleted)", () => {
    expect(summarizeEvent("e", [])).toBeNull();
  });
});

describe("summarizeRelation", () => {
  it("sums cooperation, conflict, weight and spans dates", () => {
    const r = summarizeRelation([
      { type: "CONSULT", quadClass: "VERBAL_COOPERATION", weight: 1, date: "2024-06-19" },
      { type: "ASSAULT", quadClass: "MATERIAL_CONFLICT", weight: -10, date: "2023-01" },
      { type: "CONSULT", quadClass: "VERBAL_COOPERATION", weight: 1, date: null },
    ])!;
    expect(r).toEqual({ events: 3, cooperation: 2, conflict: 1, weight: -8, first: "2023-01", last: "2024-06-19", byType: '{"ASSAULT":1,"CONSULT":2}' });
  });
  it("has no edge without events, and pairs are stored from the smaller key", () => {
    expect(summarizeRelation([])).toBeNull();
    expect(relationPair("RUS", "PRK")).toEqual({ a: "PRK", b: "RUS" });
    expect(relationPair("RUS", null)).toBeNull();
    expect(relationPair("RUS", "RUS")).toBeNull();
  });
});

describe("combineMentions", () => {
  it("merges two mentions of one event in one sentence, whatever their order", () => {
    const a = { sentenceId: "d#1", eventId: "e", props: { ...mention().props, subtype: "visit", uncertain: true, sourcePeople: ["B"] } };
    const b = { sentenceId: "d#1", eventId: "e", props: { ...mention().props, subtype: "meet", uncertain: false, date: "2024-06", sourcePeople: ["A"] } };
    const ab = combineMentions([a, b]);
    expect(ab).toEqual(combineMentions([b, a]));
    expect(ab).toHaveLength(1);
    expect(ab[0]!.props).toMatchObject({ subtype: "meet", uncertain: false, date: "2024-06", sourcePeople: ["A", "B"] });
  });
});
