// The records that flow through extraction and into the graph. The JSON shape of
// ExtractionResult is the one ../shared/eval/GUIDELINES.md defines, plus the people fields of #7
// and provenance offsets.

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** A news document as it arrives (JSONL line or text file). */
export interface SourceDocument {
  readonly id: string;
  readonly text: string;
  readonly published?: string | undefined; // YYYY-MM-DD (or a full ISO timestamp)
  readonly source?: string | undefined;
  readonly title?: string | undefined;
}

/** A person taking part in an event, resolved against the gazetteer when possible. */
export interface EventPerson {
  readonly key: string; // canonical name ("Vladimir Putin"), or the name as written when unresolved
  readonly name: string; // as written in the sentence
  readonly country: string | null; // ISO alpha-3 (or org key) they served at the event's date
  readonly office: string | null; // e.g. "President", at the event's date
  readonly resolved: boolean;
}

export interface ExtractedEvent {
  readonly sentence: string;
  readonly type: PloverType;
  readonly subtype: string | null;
  readonly source: string; // ISO alpha-3 or organization key
  readonly target: string | null;
  readonly negated: boolean;
  readonly uncertain: boolean;
  readonly date: string | null; // YYYY-MM-DD | YYYY-MM | YYYY
  readonly location: string | null; // as written
  readonly sourcePeople: readonly EventPerson[];
  readonly targetPeople: readonly EventPerson[];
  /** Character offsets of `sentence` in the document text, and its index among the sentences. */
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  /** Coordinates of the location when the gazetteer resolves it. */
  readonly place?: { readonly name: string; readonly country: string | null; readonly lat: number; readonly lon: number } | null;
}

export type EntityKind = "Country" | "Organization" | "Person";

export interface ExtractedEntity {
  readonly key: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly country?: string | null; // for people: the country (or org) they serve
  readonly office?: string | null;
  readonly resolved?: boolean; // people: false when not in the gazetteer
}

export interface ExtractionResult {
  readonly id: string;
  readonly events: readonly ExtractedEvent[];
  readonly entities: readonly ExtractedEntity[];
}

/** A sentence of a document, with its character offsets in the document text. */
export interface Sentence {
  readonly index: number;
  readonly text: string; // exactly text.slice(start, end)
  readonly start: number;
  readonly end: number;
  /** A headline, title or other line without final punctuation. */
  readonly headline: boolean;
}
