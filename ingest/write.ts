// The write side of the ingest: turns extracted documents into graph writes, one transaction per
// batch of whole documents. Inside the transaction (under the ingest lock) it decides what only
// the committed graph can tell: new / unchanged / replaced, same-story links, story ids, event ids;
// then recomputes the derived state (events, stories, relations) of everything it touched.
import { createHash } from "node:crypto";
import type { DocumentRow, PersonRow, PlaceRow } from "../src/graph/cypher/documents.ts";
import {
  STORY_BANDS, assignStories, deleteDocuments, deleteOrphans, lockIngest, mergePeopleAndPlaces, readDocumentState, readStoryCandidates,
  readStoryDocuments, readStoryFeatures, readStoryNeighbors, refreshStories, writeDocuments, writeSameStory,
} from "../src/graph/cypher/documents.ts";
import {
  type EventRow, type MentionProps, type MentionRow, type NewEventRow, type RelationProps, createEvents, deleteEvents, deleteMentions, readDocumentMentions,
  readEventMentions, readRelationEvents, readRelations, readStoredEvents, writeEvents, writeMentions, writeRelations,
} from "../src/graph/cypher/events.ts";
import { type RelationEvent, type StoredMention, mergeRelation, relationPair, summarizeEvent, summarizeRelation } from "../src/graph/derive.ts";
import { type Pipelined, type TxRun, pipelined } from "../src/graph/transaction.ts";
import { eventId } from "./stages/identity.ts";
import { STORY_THRESHOLD, type StoryFeatures, storyBand, storyComponents, storyFeatures, storySimilarity } from "./stages/story.ts";
import type { ExtractionResult, SourceDocument } from "./types.ts";

export type PreparedMention = Readonly<{ sentenceId: string; props: MentionProps }>;

/** A document ready to write: computed outside the transaction, from the text and its extraction. */
export type PreparedDocument = Readonly<{
  row: Omit<DocumentRow, "ingestedAt">;
  mentions: readonly PreparedMention[];
  people: readonly PersonRow[];
  places: readonly PlaceRow[];
  features: StoryFeatures;
  events: number;
}>;

/** Identity of a document's content: the same bytes in the same fields change nothing. */
export function contentHash(doc: SourceDocument): string {
  return createHash("sha256")
    .update(JSON.stringify([doc.text, doc.published ?? null, doc.source ?? null, doc.title ?? null]))
    .digest("hex");
}

export function placeKey(name: string, country: string | null): string {
  return `${name}|${country ?? ""}`;
}

export function prepareDocument(doc: SourceDocument, result: ExtractionResult): PreparedDocument {
  const sentences = new Map<number, DocumentRow["sentences"][number]>();
  const people = new Map<string, PersonRow>();
  const places = new Map<string, PlaceRow>();
  const mentions: PreparedMention[] = [];
  for (const e of result.events) {
    const id = `${doc.id}#${e.sentenceIndex}`;
    if (!sentences.has(e.sentenceIndex)) sentences.set(e.sentenceIndex, { id, index: e.sentenceIndex, text: e.sentence, start: e.start, end: e.end });
    // the node's name is its key, so it never depends on which document created it first
    for (const p of [...e.sourcePeople, ...e.targetPeople]) if (!people.has(p.key)) people.set(p.key, { key: p.key, name: p.key, resolved: p.resolved });
    const place = e.place ? placeKey(e.place.name, e.place.country) : null;
    if (e.place && place && !places.has(place)) places.set(place, { key: place, name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon });
    mentions.push({
      sentenceId: id,
      props: {
        type: e.type, subtype: e.subtype, source: e.source, target: e.target, negated: e.negated, uncertain: e.uncertain,
        date: e.date, location: e.location, place,
        sourcePeople: [...new Set(e.sourcePeople.map((p) => p.key))].sort(),
        targetPeople: [...new Set(e.targetPeople.map((p) => p.key))].sort(),
      },
    });
  }
  return {
    row: {
      id: doc.id, sha256: contentHash(doc), source: doc.source ?? null, published: doc.published ?? null, title: doc.title ?? null,
      storyNames: [], storyContent: [], storySignatures: [], storyBands: [],
      sentences: [...sentences.values()].sort((a, b) => a.index - b.index),
    },
    mentions,
    people: [...people.values()],
    places: [...places.values()],
    features: storyFeatures(doc.text, doc.published, result.events),
    events: result.events.length,
  };
}

/** Two mentions of one event in one sentence are one STATES edge: their details combined, order-free. */
export function combineMentions(rows: readonly MentionRow[]): MentionRow[] {
  const byKey = new Map<string, MentionRow>();
  const minOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
  for (const r of rows) {
    const k = `${r.sentenceId}\u0000${r.eventId}`;
    const prev = byKey.get(k);
    if (!prev) { byKey.set(k, r); continue; }
    const a = prev.props;
    const b = r.props;
    const date = (a.date?.length ?? 0) !== (b.date?.length ?? 0) ? ((a.date?.length ?? 0) > (b.date?.length ?? 0) ? a.date : b.date) : minOf(a.date, b.date);
    byKey.set(k, {
      ...prev,
      props: {
        ...a,
        subtype: minOf(a.subtype, b.subtype), uncertain: a.uncertain && b.uncertain, date,
        location: minOf(a.location, b.location), place: minOf(a.place, b.place),
        sourcePeople: [...new Set([...a.sourcePeople, ...b.sourcePeople])].sort(),
        targetPeople: [...new Set([...a.targetPeople, ...b.targetPeople])].sort(),
      },
    });
  }
  return [...byKey.values()];
}

export type BatchOutcome = { created: string[]; unchanged: string[]; replaced: string[]; mentions: number; events: number };

/** What a transaction touched, to recompute at its end. */
class Touched {
  readonly events = new Set<string>();
  readonly stories = new Set<string>();
  readonly seeds = new Set<string>();
  /** Relation pairs of the events created whole, with what those events add to each summary. */
  readonly pairs = new Map<string, { a: string; b: string; added: RelationEvent[] }>();
  created = 0;
}

async function removeDocuments(tx: Pipelined, ids: readonly string[], t: Touched): Promise<number> {
  const rows = await tx.read<{ id: string; storyId: string | null; neighbors: string[]; eventIds: string[] }>(deleteDocuments(ids));
  for (const r of rows) {
    r.eventIds.forEach((e) => t.events.add(e));
    if (r.storyId) t.stories.add(r.storyId);
    r.neighbors.forEach((n) => t.seeds.add(n));
  }
  return rows.length;
}

function featuresOf(row: { names: string[] | null; content: number[] | null; signatures: string[] | null; published: string | null }): StoryFeatures {
  return { names: row.names ?? [], content: row.content ?? [], signatures: row.signatures ?? [], keys: [], lookups: [], published: row.published ? row.published.slice(0, 10) : null };
}

/**
 * Stored documents sharing a lookup key with each of the batch's (one statement of index seeks),
 * the batch's own left out: linkStories pairs those in memory.
 */
async function storedCandidates(tx: Pipelined, docs: readonly PreparedDocument[]): Promise<Map<string, string[]>> {
  const askers = new Map<string, string[]>();
  for (const d of docs) for (const k of d.features.lookups) askers.set(k, [...(askers.get(k) ?? []), d.row.id]);
  if (askers.size === 0) return new Map();
  const keys: string[][] = Array.from({ length: STORY_BANDS }, () => []);
  for (const k of askers.keys()) keys[storyBand(k)]!.push(k);
  const found = new Map<string, Set<string>>();
  for (const row of await tx.read<{ id: string; keys: (string | null)[] }>(readStoryCandidates(keys, docs.map((d) => d.row.id)))) {
    for (const k of row.keys) {
      for (const asker of (k && askers.get(k)) || []) found.set(asker, (found.get(asker) ?? new Set()).add(row.id));
    }
  }
  return new Map([...found].map(([id, c]) => [id, [...c]]));
}

async function linkStories(tx: Pipelined, docs: readonly PreparedDocument[], stored: ReadonlyMap<string, readonly string[]>): Promise<void> {
  const local = new Map(docs.map((d) => [d.row.id, d.features]));
  // the batch's documents meet as stored ones would: one's lookups hold one of the other's keys
  const byKey = new Map<string, string[]>();
  for (const d of docs) for (const k of d.features.keys) byKey.set(k, [...(byKey.get(k) ?? []), d.row.id]);
  const found = docs.map((d) => ({
    id: d.row.id,
    candidates: [...new Set([...(stored.get(d.row.id) ?? []), ...d.features.lookups.flatMap((k) => byKey.get(k) ?? [])])].filter((c) => c !== d.row.id),
  }));
  const remote = [...new Set(found.flatMap((f) => f.candidates))].filter((id) => !local.has(id));
  const remoteFeatures = remote.length === 0 ? [] : await tx.read<{ id: string; names: string[]; content: number[]; signatures: string[]; published: string | null }>(readStoryFeatures(remote));
  const features = new Map<string, StoryFeatures>([...local, ...remoteFeatures.map((s) => [s.id, featuresOf(s)] as const)]);
  const pairs = new Map<string, { a: string; b: string; similarity: number }>();
  for (const { id, candidates } of found) {
    for (const c of candidates) {
      const [a, b] = id < c ? [id, c] : [c, id];
      if (pairs.has(`${a}\u0000${b}`)) continue;
      const fa = features.get(a);
      const fb = features.get(b);
      if (!fa || !fb) continue;
      const similarity = storySimilarity(fa, fb);
      if (similarity >= STORY_THRESHOLD) pairs.set(`${a}\u0000${b}`, { a, b, similarity });
    }
  }
  if (pairs.size > 0) tx.write(writeSameStory([...pairs.values()]));
}

/**
 * Recomputes the stories (connected components of SAME_STORY_AS) around the seeds, moves
 * documents whose story changed, writes the new documents' mentions with event ids under their
 * story, and re-keys the mentions of moved documents whose identity depends on the story.
 */
async function restory(tx: Pipelined, written: readonly PreparedDocument[], t: Touched): Promise<number> {
  const members = t.stories.size === 0 ? [] : await tx.read<{ id: string }>(readStoryDocuments([...t.stories]));
  let frontier = [...new Set([...written.map((d) => d.row.id), ...t.seeds, ...members.map((m) => m.id)])];
  const seen = new Map<string, { neighbors: string[]; storyId: string | null }>();
  while (frontier.length > 0) {
    const rows = await tx.read<{ id: string; neighbors: string[]; storyId: string | null }>(readStoryNeighbors(frontier));
    const next = new Set<string>();
    for (const r of rows) seen.set(r.id, { neighbors: r.neighbors, storyId: r.storyId });
    for (const r of rows) for (const n of r.neighbors) if (!seen.has(n)) next.add(n);
    frontier = [...next];
  }
  const edges = [...seen].flatMap(([id, s]) => s.neighbors.map((n) => [id, n] as const));
  const story = storyComponents([...seen.keys()], edges);
  const moved = [...seen].filter(([id, s]) => story.get(id) !== s.storyId).map(([id, s]) => ({ documentId: id, storyId: story.get(id)!, old: s.storyId }));
  for (const m of moved) {
    t.stories.add(m.storyId);
    if (m.old) t.stories.add(m.old);
  }
  if (moved.length > 0) tx.write(assignStories(moved.map(({ documentId, storyId }) => ({ documentId, storyId }))));

  const documentOf = new Map(written.flatMap((d) => d.mentions.map((m) => [m.sentenceId, d.row.id] as const)));
  const rows = combineMentions(written.flatMap((d) => d.mentions.map((m) => ({ sentenceId: m.sentenceId, eventId: eventId(m.props, story.get(d.row.id)!), props: m.props }))));

  const writtenIds = new Set(written.map((d) => d.row.id));
  const rekey = moved.filter((m) => !writtenIds.has(m.documentId));
  const add: MentionRow[] = [];
  if (rekey.length > 0) {
    const storyOf = new Map(rekey.map((m) => [m.documentId, m.storyId]));
    const stored = await tx.read<{ documentId: string; sentenceId: string; eventId: string; props: MentionProps }>(readDocumentMentions(rekey.map((m) => m.documentId)));
    const drop: { sentenceId: string; eventId: string }[] = [];
    for (const m of stored) {
      t.events.add(m.eventId); // its story count changes even when its id does not
      const id = eventId(m.props, storyOf.get(m.documentId)!);
      if (id === m.eventId) continue;
      drop.push({ sentenceId: m.sentenceId, eventId: m.eventId });
      add.push({ sentenceId: m.sentenceId, eventId: id, props: m.props });
      t.events.add(id);
    }
    if (drop.length > 0) tx.write(deleteMentions(drop));
    if (add.length > 0) tx.write(writeMentions(add));
  }

  // Events nothing stored states yet are derived from this batch alone and created whole; the
  // others get their new mentions and are re-derived from everything stored (refreshDerived).
  const ids = [...new Set(rows.map((r) => r.eventId))];
  const stored = new Set(ids.length === 0 ? [] : (await tx.read<{ id: string }>(readStoredEvents(ids))).map((r) => r.id));
  const fresh = new Map<string, MentionRow[]>();
  const known: MentionRow[] = [];
  for (const r of rows) {
    if (stored.has(r.eventId) || t.events.has(r.eventId)) { known.push(r); continue; }
    fresh.set(r.eventId, [...(fresh.get(r.eventId) ?? []), r]);
  }
  known.forEach((r) => t.events.add(r.eventId));
  if (known.length > 0) tx.write(writeMentions(known));
  if (fresh.size > 0) {
    const created: NewEventRow[] = [];
    for (const [id, ms] of fresh) {
      const summary = summarizeEvent(id, ms.map((m) => {
        const documentId = documentOf.get(m.sentenceId)!;
        return { documentId, storyId: story.get(documentId) ?? null, props: m.props };
      }))!;
      created.push({ ...summary, mentions: ms.map((m) => ({ sentenceId: m.sentenceId, props: m.props })) });
      const pair = relationPair(summary.props.source, summary.props.target);
      if (pair) {
        const k = `${pair.a}\u0000${pair.b}`;
        const entry = t.pairs.get(k) ?? { ...pair, added: [] };
        t.pairs.set(k, entry);
        const { type, quadClass, weight, date, negated } = summary.props;
        if (!negated) entry.added.push({ type, quadClass, weight, date }); // as readRelationEvents counts them
      }
    }
    tx.write(createEvents(created));
    t.created += created.length;
  }
  if (t.stories.size > 0) tx.write(refreshStories([...t.stories]));
  return rows.length;
}

/**
 * Events, relation summaries and orphans recomputed for everything the transaction touched. A
 * pair whose stored events all stay as they were, and which only gained events created whole in
 * this batch, gets its stored summary merged with them (mergeRelation: reading every event of a
 * busy pair back would grow with the corpus); every other touched pair is recomputed from its
 * events.
 */
async function refreshDerived(tx: Pipelined, t: Touched): Promise<number> {
  const recompute = new Map<string, { a: string; b: string }>();
  const addPair = (s: string, x: string | null) => {
    const p = relationPair(s, x);
    if (p) recompute.set(`${p.a}\u0000${p.b}`, p);
  };
  const people = new Set<string>();
  const places = new Set<string>();
  const actors = new Set<string>();
  const rows = t.events.size === 0 ? [] : await tx.read<{ id: string; source: string | null; target: string | null; mentions: StoredMention[]; people: string[]; places: string[] }>(readEventMentions([...t.events]));
  const gone: string[] = [];
  const kept: EventRow[] = [];
  for (const r of rows) {
    if (r.source) { addPair(r.source, r.target); actors.add(r.source); }
    if (r.target) actors.add(r.target);
    r.people.forEach((p) => people.add(p));
    r.places.forEach((p) => places.add(p));
    const summary = summarizeEvent(r.id, r.mentions);
    if (!summary) { gone.push(r.id); continue; }
    kept.push(summary);
    addPair(summary.props.source, summary.props.target);
  }
  if (gone.length > 0) tx.write(deleteEvents(gone));
  if (kept.length > 0) tx.write(writeEvents(kept));
  const merge = [...t.pairs].filter(([k, p]) => !recompute.has(k) && p.added.length > 0).map(([, p]) => p);
  const relations: { a: string; b: string; props: RelationProps | null }[] = [];
  if (merge.length > 0) {
    const stored = await tx.read<{ a: string; b: string; props: RelationProps }>(readRelations(merge));
    const byPair = new Map(stored.map((s) => [`${s.a}\u0000${s.b}`, s.props]));
    for (const p of merge) relations.push({ a: p.a, b: p.b, props: mergeRelation(byPair.get(`${p.a}\u0000${p.b}`) ?? null, p.added) });
  }
  if (recompute.size > 0) {
    const found = await tx.read<{ a: string; b: string; events: RelationEvent[] }>(readRelationEvents([...recompute.values()]));
    const byPair = new Map(found.map((f) => [`${f.a}\u0000${f.b}`, f.events]));
    for (const [k, p] of recompute) relations.push({ ...p, props: summarizeRelation(byPair.get(k) ?? []) });
  }
  if (relations.length > 0) tx.write(writeRelations(relations));
  if (people.size + places.size + actors.size > 0) {
    tx.write(deleteOrphans({ people: [...people], places: [...places], actors: [...actors] }));
  }
  return kept.length + t.created;
}

/**
 * Writes a batch of whole documents in the caller's transaction (all or nothing). Statements go
 * out in the order below; the writes whose result nothing reads are pipelined (see pipelined).
 */
export async function applyBatch(run: TxRun, batch: readonly PreparedDocument[], ingestedAt: string): Promise<BatchOutcome> {
  const tx = pipelined(run);
  const outcome = await writeBatch(tx, batch, ingestedAt);
  await tx.flush();
  return outcome;
}

async function writeBatch(tx: Pipelined, batch: readonly PreparedDocument[], ingestedAt: string): Promise<BatchOutcome> {
  tx.write(lockIngest());
  const byId = new Map(batch.map((p) => [p.row.id, p]));
  const state = await tx.read<{ id: string; sha256: string; storyId: string | null }>(readDocumentState([...byId.keys()]));
  const existing = new Map(state.map((s) => [s.id, s]));
  const outcome: BatchOutcome = { created: [], unchanged: [], replaced: [], mentions: 0, events: 0 };
  const write: PreparedDocument[] = [];
  for (const p of byId.values()) {
    const e = existing.get(p.row.id);
    if (e && e.sha256 === p.row.sha256) { outcome.unchanged.push(p.row.id); continue; }
    (e ? outcome.replaced : outcome.created).push(p.row.id);
    write.push(p);
  }
  if (write.length === 0) return outcome;
  const candidates = await storedCandidates(tx, write);
  const t = new Touched();
  if (outcome.replaced.length > 0) await removeDocuments(tx, outcome.replaced, t);
  const people = new Map(write.flatMap((p) => p.people.map((x) => [x.key, x] as const)));
  const places = new Map(write.flatMap((p) => p.places.map((x) => [x.key, x] as const)));
  if (people.size > 0 || places.size > 0) tx.write(mergePeopleAndPlaces([...people.values()], [...places.values()]));
  tx.write(writeDocuments(write.map((p) => ({
    ...p.row, ingestedAt,
    storyNames: p.features.names, storyContent: p.features.content, storySignatures: p.features.signatures,
    storyBands: Array.from({ length: STORY_BANDS }, (_, i) => p.features.keys.find((k) => storyBand(k) === i) ?? null),
  }))));
  await linkStories(tx, write, candidates);
  outcome.mentions = await restory(tx, write, t);
  outcome.events = await refreshDerived(tx, t);
  return outcome;
}

/** Deletes documents: their mentions go, events left without mentions go, summaries stay exact. */
export async function deleteDocumentsTx(run: TxRun, ids: readonly string[]): Promise<number> {
  const tx = pipelined(run);
  const deleted = await deleteBatch(tx, ids);
  await tx.flush();
  return deleted;
}

async function deleteBatch(tx: Pipelined, ids: readonly string[]): Promise<number> {
  tx.write(lockIngest());
  const t = new Touched();
  const deleted = await removeDocuments(tx, ids, t);
  if (deleted === 0) return 0;
  await restory(tx, [], t);
  await refreshDerived(tx, t);
  return deleted;
}
