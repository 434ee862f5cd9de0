// Executes the read builders of queries/ as auto-commit reads (driver.ts readOnce: one round
// trip, per-query timeout, transient errors retried, errors mapped by code). One method, one
// round trip; `counter` counts them (per request in the API).
import { type Cypher, type GraphDriver, type GraphSettings, readOnce } from "./driver.ts";
import {
  ACTOR_OFFICES, MEMBERS, MEMBERSHIPS, PERSON_OFFICES, actorOfficesQuery, actorsByKeyQuery, actorsPageQuery, countryQuery, membersQuery, membershipsQuery,
  organizationQuery, peopleByKeyQuery, personOfficesQuery, personQuery, relationsQuery, type ActorListRequest,
} from "./queries/actors.ts";
import { actorSeriesQuery, partnersQuery, pathQuery, relationshipQuery, type Range } from "./queries/analysis.ts";
import {
  EVIDENCE, PARTICIPANTS, SAME_STORY, documentQuery, documentsPageQuery, evidenceQuery, participantsQuery, sameStoryQuery,
} from "./queries/documents.ts";
import { lookupWith } from "./queries/lookup.ts";
import type { NestedList } from "./queries/projections.ts";
import { eventsByIdQuery, eventsCountQuery, eventsPageQuery, type EventPageRequest, type EventQueryFilter, type EventScope } from "./queries/events.ts";
import type {
  ActorRecord, DocumentRecord, EventRecord, MembershipRecord, MentionRecord, OfficeRecord, Paged,
  ParticipantRecord, PersonRecord, PlaceRecord, RelationRecord, SentenceRecord, SimilarRecord,
} from "./queries/records.ts";
import { searchQuery } from "./queries/search.ts";
import { pingQuery, statsQuery } from "./queries/stats.ts";

export type QueryCounter = { queries: number };

export type TypeMonthCount = Readonly<{ type: string; month: string | null; count: number }>;
export type RelationshipRow = Readonly<{ a: ActorRecord; b: ActorRecord; groups: readonly TypeMonthCount[] }>;
export type PartnerRow = Readonly<{ actor: ActorRecord; score: number; events: number }>;
export type HopRow = Readonly<{ i: number; from: ActorRecord; to: ActorRecord; events: number; weight: number; sample: readonly EventRecord[] }>;
export type NameHitRow = Readonly<{ score: number; label: "Country" | "Organization" | "Person" | "Place"; actor: ActorRecord | null; person: PersonRecord | null; place: PlaceRecord | null }>;
export type SentenceHitRow = Readonly<{ score: number; sentence: SentenceRecord; document: DocumentRecord; eventIds: readonly string[] }>;
export type StatsRow = Readonly<{
  countries: number; organizations: number; people: number; places: number; events: number; mentions: number;
  documents: number; sentences: number; stories: number; eventsByType: ReadonlyArray<{ type: string; count: number }>;
  firstDate: string | null; lastDate: string | null;
}>;

/**
 * The nested lists a single-entity lookup can bring along in its one query, per entity type,
 * named after the GraphQL fields they fill.
 */
export const LOOKUP_LISTS = {
  Country: { memberships: MEMBERSHIPS, offices: ACTOR_OFFICES },
  Organization: { members: MEMBERS, offices: ACTOR_OFFICES },
  Person: { offices: PERSON_OFFICES },
  Event: { evidence: EVIDENCE, people: PARTICIPANTS },
  Document: { sameStory: SAME_STORY },
} as const satisfies Record<string, Record<string, NestedList>>;
export type LookupType = keyof typeof LOOKUP_LISTS;

/** A looked-up record and the lists asked for with it (by name; each in its query's order). */
export type Lookup<R> = Readonly<{ record: R; lists: Readonly<Record<string, readonly unknown[]>> }>;

type Keyed<T> = { key: string; rows: T[] };

function byKey<T>(keys: readonly string[], rows: readonly Keyed<T>[]): Map<string, T[]> {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.set(r.key, r.rows);
  return map;
}

export type ReadRepository = ReturnType<typeof createReadRepository>;

export function createReadRepository(driver: GraphDriver, settings: GraphSettings, counter: QueryCounter = { queries: 0 }) {
  const run = <T>(cypher: Cypher): Promise<T[]> => {
    counter.queries += 1;
    return readOnce<T>(driver, settings, cypher);
  };
  const first = async <T>(cypher: Cypher): Promise<T | null> => (await run<T>(cypher))[0] ?? null;
  const lookup = async <R>(type: LookupType, root: Cypher, column: string, keyField: string, lists: readonly string[]): Promise<Lookup<R> | null> => {
    const known: Readonly<Record<string, NestedList>> = LOOKUP_LISTS[type];
    const chosen = Object.fromEntries(lists.filter((n) => Object.hasOwn(known, n)).map((n) => [n, known[n]!]));
    const row = await first<Record<string, unknown>>(lookupWith(root, column, keyField, chosen));
    if (!row) return null;
    const { [column]: record, ...rest } = row;
    return { record: record as R, lists: rest as Record<string, unknown[]> };
  };

  return {
    counter,
    ping: () => run(pingQuery()),
    /** Single-entity lookups: `lists` names the nested lists (LOOKUP_LISTS) to bring in the same query. */
    country: (by: { code: string } | { name: string }, lists: readonly string[] = []) => lookup<ActorRecord>("Country", countryQuery(by), "actor", "key", lists),
    organization: (key: string, lists: readonly string[] = []) => lookup<ActorRecord>("Organization", organizationQuery(key), "actor", "key", lists),
    person: (name: string, lists: readonly string[] = []) => lookup<PersonRecord>("Person", personQuery(name), "person", "key", lists),
    event: (id: string, lists: readonly string[] = []) => lookup<EventRecord>("Event", eventsByIdQuery([id]), "event", "id", lists),
    document: (id: string, lists: readonly string[] = []) => lookup<DocumentRecord>("Document", documentQuery(id), "document", "id", lists),
    actorsPage: (req: ActorListRequest) => run<Paged<ActorRecord>>(actorsPageQuery(req)),
    actorsByKey: async (keys: readonly string[]) => {
      const rows = await run<{ key: string; actor: ActorRecord }>(actorsByKeyQuery(keys));
      return new Map(rows.map((r) => [r.key, r.actor]));
    },
    peopleByKey: async (keys: readonly string[]) => {
      const rows = await run<{ key: string; person: PersonRecord }>(peopleByKeyQuery(keys));
      return new Map(rows.map((r) => [r.key, r.person]));
    },
    memberships: async (keys: readonly string[]) => byKey(keys, await run<Keyed<MembershipRecord>>(membershipsQuery(keys))),
    members: async (keys: readonly string[]) => byKey(keys, await run<Keyed<MembershipRecord>>(membersQuery(keys))),
    actorOffices: async (keys: readonly string[]) => byKey(keys, await run<Keyed<OfficeRecord>>(actorOfficesQuery(keys))),
    personOffices: async (keys: readonly string[]) => byKey(keys, await run<Keyed<OfficeRecord>>(personOfficesQuery(keys))),
    relations: async (keys: readonly string[], limit: number) => byKey(keys, await run<Keyed<RelationRecord>>(relationsQuery(keys, limit))),
    /** Pages per scope key; a whole-graph scope comes back under "" whatever key the query used. */
    eventsPage: async (req: EventPageRequest): Promise<Map<string, Paged<EventRecord>[]>> => {
      const rows = await run<Keyed<Paged<EventRecord>>>(eventsPageQuery(req));
      if (req.scope.kind === "all") return new Map([["", rows[0]?.rows ?? []]]);
      return byKey(req.scope.keys, rows);
    },
    eventsCount: async (scope: EventScope, filter: EventQueryFilter): Promise<Map<string, number>> => {
      const rows = await run<{ key: string; count: number }>(eventsCountQuery(scope, filter));
      if (scope.kind === "all") return new Map([["", rows[0]?.count ?? 0]]);
      return new Map([...scope.keys.map((k): [string, number] => [k, 0]), ...rows.map((r): [string, number] => [r.key, r.count])]);
    },
    eventsById: async (ids: readonly string[]) => {
      const rows = await run<{ event: EventRecord }>(eventsByIdQuery(ids));
      return new Map(rows.map((r) => [r.event.id, r.event]));
    },
    evidence: async (ids: readonly string[]) => byKey(ids, await run<Keyed<MentionRecord>>(evidenceQuery(ids))),
    participants: async (ids: readonly string[]) => byKey(ids, await run<Keyed<ParticipantRecord>>(participantsQuery(ids))),
    documentsPage: (req: Parameters<typeof documentsPageQuery>[0]) => run<Paged<DocumentRecord>>(documentsPageQuery(req)),
    sameStory: async (ids: readonly string[]) => byKey(ids, await run<Keyed<SimilarRecord>>(sameStoryQuery(ids))),
    relationship: (a: string, b: string, range?: Range) => first<RelationshipRow>(relationshipQuery(a, b, range)),
    actorSeries: (actor: string, range?: Range) => first<{ actor: ActorRecord; groups: TypeMonthCount[] }>(actorSeriesQuery(actor, range)),
    partners: (actor: string, weights: Readonly<Record<string, number>>, limit: number, range?: Range) =>
      run<PartnerRow>(partnersQuery(actor, weights, limit, range)),
    path: (from: string, to: string, maxHops: number, perHop: number) => run<HopRow>(pathQuery(from, to, maxHops, perHop)),
    search: async (query: string, limit: number) =>
      (await first<{ names: NameHitRow[]; sentences: SentenceHitRow[] }>(searchQuery(query, limit))) ?? { names: [], sentences: [] },
    stats: async () => (await first<StatsRow>(statsQuery()))!,
  };
}
