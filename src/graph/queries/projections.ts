// Map projections shared by the read queries: each names what leaves the database for one node
// kind, so every query returns the same plain record shapes (see records.ts).

/** An :Actor node `v` as an ActorRecord. */
export function actorProjection(v: string): string {
  return `${v} { .key, .name, .code, .aliasText, kind: CASE WHEN ${v}:Country THEN 'COUNTRY' ELSE 'ORGANIZATION' END }`;
}

export function personProjection(v: string): string {
  return `${v} { .key, .name, .resolved, .aliasText }`;
}

export function placeProjection(v: string): string {
  return `${v} { .key, .name, .lat, .lon, .country }`;
}

export function documentProjection(v: string): string {
  return `${v} { .id, .source, .published, .title, .sha256, ingestedAt: toString(${v}.ingestedAt), storyId: head([(${v})-[:IN_STORY]->(st:Story) | st.id]) }`;
}

export function sentenceProjection(v: string): string {
  return `${v} { .id, .index, .text, .start, .end, .documentId }`;
}

/** An :Event `e` with its actors and place projected in (one row per event, no extra round trip). */
export function eventProjection(e: string): string {
  return `${e} { .id, .type, .subtype, .quadClass, .weight, .date, .negated, .uncertain, .mentions, .documents, .stories,
    source: head([(${e})-[:SOURCE]->(sa:Actor) | ${actorProjection("sa")}]),
    target: head([(${e})-[:TARGET]->(ta:Actor) | ${actorProjection("ta")}]),
    place: head([(${e})-[:AT]->(pl:Place) | ${placeProjection("pl")}]) }`;
}

/** A nested list of one parent bound to `key`: `body` binds its rows (in order), `proj` projects one. */
export type NestedList = Readonly<{ body: string; proj: string }>;

/**
 * One query for many parents: `body` binds the rows for one `key` and `proj` projects one of
 * them; the result has one row per key with the list `rows`, in the order `body` leaves them.
 */
export function perKey(body: string, proj: string): string {
  return `UNWIND $keys AS key
CALL (key) {
  ${body}
  RETURN collect(${proj}) AS rows
}
RETURN key, rows`;
}
