// The plain records the read queries return (projections.ts builds them in Cypher).

export type ActorKind = "COUNTRY" | "ORGANIZATION";

export type ActorRecord = Readonly<{ key: string; name: string; code: string | null; aliasText: string | null; kind: ActorKind }>;
export type PersonRecord = Readonly<{ key: string; name: string | null; resolved: boolean | null; aliasText: string | null }>;
export type PlaceRecord = Readonly<{ key: string; name: string; lat: number | null; lon: number | null; country: string | null }>;

export type EventRecord = Readonly<{
  id: string;
  type: string;
  subtype: string | null;
  quadClass: string;
  weight: number | null;
  date: string | null;
  negated: boolean | null;
  uncertain: boolean | null;
  mentions: number | null;
  documents: number | null;
  stories: number | null;
  source: ActorRecord | null;
  target: ActorRecord | null;
  place: PlaceRecord | null;
}>;

/** A row of a keyset-paged list: the record and the values of its sort keys (the cursor). */
export type Paged<T> = Readonly<{ node: T; sort: readonly unknown[] }>;

export type DocumentRecord = Readonly<{
  id: string; source: string | null; published: string | null; title: string | null;
  sha256: string | null; ingestedAt: string | null; storyId: string | null;
}>;
export type SentenceRecord = Readonly<{ id: string; index: number; text: string; start: number; end: number; documentId: string }>;
export type MentionRecord = Readonly<{
  sentence: SentenceRecord; document: DocumentRecord; uncertain: boolean | null; date: string | null; location: string | null;
}>;
export type ParticipantRecord = Readonly<{ person: PersonRecord; role: string }>;
export type OfficeRecord = Readonly<{ person: PersonRecord; actor: ActorRecord; title: string; from: string | null; to: string | null }>;
export type MembershipRecord = Readonly<{ country: ActorRecord; organization: ActorRecord; since: string | null }>;
export type RelationRecord = Readonly<{
  counterpart: ActorRecord; events: number; cooperation: number; conflict: number; weight: number;
  first: string | null; last: string | null; byType: string | null;
}>;
export type SimilarRecord = Readonly<{ document: DocumentRecord; similarity: number | null }>;
