// Field resolvers of the object types: nested lists go through the request's DataLoaders.
import type { EventSortKey } from "../../graph/queries/events.ts";
import { ALIAS_SEPARATOR } from "../../graph/queries/actors.ts";
import type { ActorRecord, DocumentRecord, EventRecord, PersonRecord, RelationRecord } from "../../graph/queries/records.ts";
import { eventFilter, pageSize, type EventFilterInput } from "../args.ts";
import type { ApiContext } from "../context.ts";
import { decodeCursor, toConnection } from "../cursor.ts";
import type { EventListArgs } from "../loaders.ts";
import { PLOVER, weightOf } from "../plover.ts";

type EventsArgs = { filter?: EventFilterInput; sort?: EventSortKey | null; first?: number | null; after?: string | null; role?: "SOURCE" | "TARGET" | null };

function aliases(r: { name?: string | null; aliasText: string | null }): string[] {
  const all = (r.aliasText ?? "").split(ALIAS_SEPARATOR).map((a) => a.trim()).filter((a) => a.length > 0 && a !== r.name);
  return [...new Set(all)];
}

/** A paged event list of one parent (actor, person, document), batched with its siblings. */
async function eventsOf(kind: EventListArgs["kind"], key: string, args: EventsArgs, ctx: ApiContext, fixed = {}) {
  const filter = eventFilter(args.filter, fixed);
  const size = pageSize(args.first);
  const sort = args.sort ?? "DATE_DESC";
  const role = args.role ? (args.role === "SOURCE" ? "source" : "target") : undefined;
  const rows = await ctx.loaders.events({ kind, role, filter, sort, after: decodeCursor(args.after, `events:${sort}`), limit: size + 1 }).load(key);
  return { ...toConnection(rows, size, `events:${sort}`), count: () => ctx.loaders.eventCount(kind, role, filter).load(key) };
}

/** RELATION.byType is a JSON string: {"AGREE": 2} or [{"type": "AGREE", "count": 2}]. */
export function parseByType(json: string | null): { type: string; count: number }[] {
  if (!json) return [];
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return [];
  }
  const pairs = Array.isArray(v)
    ? v.map((x: { type?: unknown; count?: unknown }) => [String(x.type), Number(x.count)] as const)
    : Object.entries(v as Record<string, unknown>).map(([t, n]) => [t, Number(n)] as const);
  return pairs.filter(([t, n]) => t in PLOVER && Number.isFinite(n)).map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

const actorFields = {
  aliases,
  offices: (a: ActorRecord, _: unknown, ctx: ApiContext) => ctx.loaders.actorOffices.load(a.key),
  relations: (a: ActorRecord, args: { first?: number | null }, ctx: ApiContext) => ctx.loaders.relations(pageSize(args.first, 10)).load(a.key),
  events: (a: ActorRecord, args: EventsArgs, ctx: ApiContext) => eventsOf("actor", a.key, args, ctx),
};

export const typeResolvers = {
  Actor: { __resolveType: (a: ActorRecord) => (a.kind === "COUNTRY" ? "Country" : "Organization") },
  Named: {
    __resolveType: (n: ActorRecord | { __typename: string }) =>
      "__typename" in n ? n.__typename : n.kind === "COUNTRY" ? "Country" : "Organization",
  },
  Country: {
    ...actorFields,
    code: (a: ActorRecord) => a.code ?? a.key,
    memberships: (a: ActorRecord, _: unknown, ctx: ApiContext) => ctx.loaders.memberships.load(a.key),
  },
  Organization: {
    ...actorFields,
    members: (a: ActorRecord, _: unknown, ctx: ApiContext) => ctx.loaders.members.load(a.key),
  },
  Person: {
    name: (p: PersonRecord) => p.name ?? p.key,
    resolved: (p: PersonRecord) => p.resolved ?? false,
    aliases: (p: PersonRecord) => aliases({ name: p.name ?? p.key, aliasText: p.aliasText }),
    offices: (p: PersonRecord, _: unknown, ctx: ApiContext) => ctx.loaders.personOffices.load(p.key),
    events: (p: PersonRecord, args: EventsArgs, ctx: ApiContext) => eventsOf("person", p.key, args, ctx),
  },
  Place: { countryCode: (p: { country: string | null }) => p.country },
  Event: {
    quadClass: (e: EventRecord) => e.quadClass ?? PLOVER[e.type]?.quadClass,
    weight: (e: EventRecord) => e.weight ?? weightOf(e.type),
    negated: (e: EventRecord) => e.negated ?? false,
    uncertain: (e: EventRecord) => e.uncertain ?? false,
    mentions: (e: EventRecord) => e.mentions ?? 0,
    documents: (e: EventRecord) => e.documents ?? 0,
    stories: (e: EventRecord) => e.stories ?? 0,
    people: (e: EventRecord, _: unknown, ctx: ApiContext) => ctx.loaders.participants.load(e.id),
    evidence: (e: EventRecord, _: unknown, ctx: ApiContext) => ctx.loaders.evidence.load(e.id),
  },
  EventParticipant: { role: (p: { role: string }) => p.role.toUpperCase() },
  EventConnection: { totalCount: (c: { count: () => Promise<number> }) => c.count() },
  Document: {
    events: (d: DocumentRecord, args: EventsArgs, ctx: ApiContext) => eventsOf("document", d.id, args, ctx),
    sameStory: (d: DocumentRecord, _: unknown, ctx: ApiContext) => ctx.loaders.sameStory.load(d.id),
  },
  Relation: {
    byType: (r: RelationRecord) => parseByType(r.byType),
    weight: (r: RelationRecord) => r.weight ?? 0,
    cooperation: (r: RelationRecord) => r.cooperation ?? 0,
    conflict: (r: RelationRecord) => r.conflict ?? 0,
  },
  Relationship: {
    events: (r: { a: ActorRecord; b: ActorRecord }, args: EventsArgs, ctx: ApiContext) =>
      eventsOf("actor", r.a.key, args, ctx, { actor: undefined, counterpart: r.b.key }),
  },
  Timeline: {
    events: async (t: { actor: ActorRecord; page: { range: { from?: string; to?: string }; size: number; after?: unknown[] } }, _: unknown, ctx: ApiContext) => {
      const filter = { ...eventFilter(undefined), ...t.page.range, datedOnly: true };
      const rows = await ctx.loaders.events({ kind: "actor", filter, sort: "DATE_ASC", after: t.page.after, limit: t.page.size + 1 }).load(t.actor.key);
      return { ...toConnection(rows, t.page.size, "events:DATE_ASC"), count: () => ctx.loaders.eventCount("actor", undefined, filter).load(t.actor.key) };
    },
  },
};
