// Root queries: validate the arguments, make one repository call, return records.
import { luceneQuery } from "../../graph/queries/search.ts";
import type { EventSortKey } from "../../graph/queries/events.ts";
import { dateRange, eventFilter, intInRange, optionalText, pageSize, requiredText, type EventFilterInput, type RangeInput } from "../args.ts";
import type { GraphQLResolveInfo } from "graphql";
import type { ApiContext } from "../context.ts";
import { decodeCursor, toConnection } from "../cursor.ts";
import { badInput, notFound } from "../errors.ts";
import { partnerWeights } from "../plover.ts";
import { listsToPrefetch, primeLists } from "../prefetch.ts";
import type { Lookup, LookupType } from "../../graph/read-repository.ts";
import { countsByType, monthlySeries, trend } from "../series.ts";

type Page = { first?: number | null; after?: string | null };
const ISO3 = /^[A-Za-z]{3}$/;

/** A single-entity lookup with the nested lists the request selects, primed for their resolvers. */
async function lookUp<R>(ctx: ApiContext, info: GraphQLResolveInfo, type: LookupType, key: (r: R) => string,
  fetch: (lists: string[]) => Promise<Lookup<R> | null>): Promise<R | null> {
  const found = await fetch(listsToPrefetch(type, info));
  if (!found) return null;
  primeLists(ctx.loaders, type, key(found.record), found.lists);
  return found.record;
}
const keyOf = (r: { key: string }) => r.key;
const idOf = (r: { id: string }) => r.id;

export const queryResolvers = {
  country: async (_: unknown, args: { code?: string | null; name?: string | null }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const code = optionalText(args.code, "code");
    const name = optionalText(args.name, "name");
    if ((code === undefined) === (name === undefined)) throw badInput("give exactly one of code or name");
    if (code !== undefined && !ISO3.test(code)) throw badInput("code must be an ISO 3166-1 alpha-3 code such as RUS");
    const actor = await lookUp(ctx, info, "Country", keyOf, (lists) => ctx.repo.country(code !== undefined ? { code } : { name: name! }, lists));
    if (!actor) throw notFound(`no country ${code ?? name}`);
    return actor;
  },

  countries: async (_: unknown, args: Page & { filter?: { nameContains?: string | null; memberOf?: string | null } | null }, ctx: ApiContext) => {
    const size = pageSize(args.first);
    const rows = await ctx.repo.actorsPage({
      label: "Country",
      nameContains: optionalText(args.filter?.nameContains, "filter.nameContains"),
      memberOf: optionalText(args.filter?.memberOf, "filter.memberOf"),
      after: decodeCursor(args.after, "countries"),
      limit: size + 1,
    });
    return toConnection(rows, size, "countries");
  },

  organization: async (_: unknown, args: { key: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const key = requiredText(args.key, "key");
    const actor = await lookUp(ctx, info, "Organization", keyOf, (lists) => ctx.repo.organization(key, lists));
    if (!actor) throw notFound(`no organization ${key}`);
    return actor;
  },

  organizations: async (_: unknown, args: Page, ctx: ApiContext) => {
    const size = pageSize(args.first);
    const rows = await ctx.repo.actorsPage({ label: "Organization", after: decodeCursor(args.after, "organizations"), limit: size + 1 });
    return toConnection(rows, size, "organizations");
  },

  person: async (_: unknown, args: { name: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const name = requiredText(args.name, "name");
    const person = await lookUp(ctx, info, "Person", keyOf, (lists) => ctx.repo.person(name, lists));
    if (!person) throw notFound(`no person ${name}`);
    return person;
  },

  event: async (_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const id = requiredText(args.id, "id");
    const event = await lookUp(ctx, info, "Event", idOf, (lists) => ctx.repo.event(id, lists));
    if (!event) throw notFound(`no event ${id}`);
    return event;
  },

  events: async (_: unknown, args: Page & { filter?: EventFilterInput; sort?: EventSortKey | null }, ctx: ApiContext) => {
    const filter = eventFilter(args.filter);
    const size = pageSize(args.first);
    const sort = args.sort ?? "DATE_DESC";
    const rows = await ctx.repo.eventsPage({ scope: { kind: "all" }, filter, sort, after: decodeCursor(args.after, `events:${sort}`), limit: size + 1 });
    return {
      ...toConnection(rows.get("") ?? [], size, `events:${sort}`),
      count: async () => (await ctx.repo.eventsCount({ kind: "all" }, filter)).get("") ?? 0,
    };
  },

  relationship: async (_: unknown, args: { a: string; b: string; range?: RangeInput }, ctx: ApiContext) => {
    const a = requiredText(args.a, "a");
    const b = requiredText(args.b, "b");
    if (a === b) throw badInput("a and b must be different actors");
    const row = await ctx.repo.relationship(a, b, dateRange(args.range));
    if (!row) throw notFound(`no actor ${a} or ${b}`);
    const series = monthlySeries(row.groups);
    return {
      a: row.a, b: row.b,
      total: row.groups.reduce((s, g) => s + g.count, 0),
      countsByType: countsByType(row.groups),
      series, trend: trend(series),
    };
  },

  partners: async (_: unknown, args: { actor: string; kind: "COOPERATIVE" | "HOSTILE"; range?: RangeInput; first?: number | null }, ctx: ApiContext) => {
    const actor = requiredText(args.actor, "actor");
    return ctx.repo.partners(actor, partnerWeights(args.kind), pageSize(args.first, 10), dateRange(args.range));
  },

  path: async (_: unknown, args: { from: string; to: string; maxHops?: number | null; eventsPerHop?: number | null }, ctx: ApiContext) => {
    const from = requiredText(args.from, "from");
    const to = requiredText(args.to, "to");
    if (from === to) throw badInput("from and to must be different actors");
    const hops = await ctx.repo.path(from, to, intInRange(args.maxHops, 3, 1, 4, "maxHops"), intInRange(args.eventsPerHop, 3, 1, 20, "eventsPerHop"));
    if (hops.length === 0) return null;
    return { length: hops.length, actors: [hops[0]!.from, ...hops.map((h) => h.to)], hops };
  },

  timeline: async (_: unknown, args: Page & { actor: string; range?: RangeInput }, ctx: ApiContext) => {
    const actor = requiredText(args.actor, "actor");
    const range = dateRange(args.range);
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, "events:DATE_ASC");
    const row = await ctx.repo.actorSeries(actor, range);
    if (!row) throw notFound(`no actor ${actor}`);
    const series = monthlySeries(row.groups);
    return { actor: row.actor, series, trend: trend(series), page: { range, size, after } };
  },

  search: async (_: unknown, args: { text: string; first?: number | null }, ctx: ApiContext) => {
    const query = luceneQuery(requiredText(args.text, "text"));
    if (query === null) throw badInput("text must contain a word");
    const { names, sentences } = await ctx.repo.search(query, pageSize(args.first, 10));
    return {
      names: names.map((n) => ({ score: n.score, entity: n.actor ?? (n.person ? { ...n.person, __typename: "Person" } : { ...n.place, __typename: "Place" }) })),
      sentences,
    };
  },

  documents: async (_: unknown, args: Page & { source?: string | null }, ctx: ApiContext) => {
    const size = pageSize(args.first);
    const rows = await ctx.repo.documentsPage({ source: optionalText(args.source, "source"), after: decodeCursor(args.after, "documents"), limit: size + 1 });
    return toConnection(rows, size, "documents");
  },

  document: async (_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const id = requiredText(args.id, "id");
    const doc = await lookUp(ctx, info, "Document", idOf, (lists) => ctx.repo.document(id, lists));
    if (!doc) throw notFound(`no document ${id}`);
    return doc;
  },

  stats: (_: unknown, __: unknown, ctx: ApiContext) => ctx.repo.stats(),
};
