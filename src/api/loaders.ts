// Per-request batching: every nested field loads through a DataLoader, so a list of N parents
// costs one query per field, not N. Loaders of paged lists are keyed by their arguments.
import DataLoader from "dataloader";
import type { ReadRepository } from "../graph/read-repository.ts";
import type { EventQueryFilter, EventScope, EventSortKey } from "../graph/queries/events.ts";

type ScopeKind = Exclude<EventScope["kind"], "all">;

export type EventListArgs = Readonly<{
  kind: ScopeKind;
  role?: "source" | "target" | undefined;
  filter: EventQueryFilter;
  sort: EventSortKey;
  after?: readonly unknown[] | undefined;
  limit: number;
}>;

function mapLoader<V>(load: (keys: readonly string[]) => Promise<Map<string, V>>, missing: V) {
  return new DataLoader<string, V>(async (keys) => {
    const map = await load(keys);
    return keys.map((k) => map.get(k) ?? missing);
  });
}

export function createLoaders(repo: ReadRepository) {
  const memo = new Map<string, DataLoader<string, unknown>>();
  // One loader per distinct argument set: parents sharing the arguments share the query.
  const keyed = <V>(name: string, args: unknown, make: () => DataLoader<string, V>): DataLoader<string, V> => {
    const id = `${name}:${JSON.stringify(args)}`;
    let loader = memo.get(id);
    if (!loader) {
      loader = make() as DataLoader<string, unknown>;
      memo.set(id, loader);
    }
    return loader as DataLoader<string, V>;
  };

  return {
    actor: mapLoader((keys) => repo.actorsByKey(keys), null),
    person: mapLoader((keys) => repo.peopleByKey(keys), null),
    memberships: mapLoader((keys) => repo.memberships(keys), []),
    members: mapLoader((keys) => repo.members(keys), []),
    actorOffices: mapLoader((keys) => repo.actorOffices(keys), []),
    personOffices: mapLoader((keys) => repo.personOffices(keys), []),
    evidence: mapLoader((keys) => repo.evidence(keys), []),
    participants: mapLoader((keys) => repo.participants(keys), []),
    sameStory: mapLoader((keys) => repo.sameStory(keys), []),
    relations: (limit: number) => keyed("relations", limit, () => mapLoader((keys) => repo.relations(keys, limit), [])),
    events: (args: EventListArgs) => keyed("events", args, () => mapLoader((keys) => repo.eventsPage({
      scope: args.kind === "person" ? { kind: "person", keys, role: args.role } : { kind: args.kind, keys },
      filter: args.filter, sort: args.sort, after: args.after, limit: args.limit,
    }), [])),
    eventCount: (kind: ScopeKind, role: "source" | "target" | undefined, filter: EventQueryFilter) =>
      keyed("eventCount", [kind, role, filter], () => mapLoader((keys) =>
        repo.eventsCount(kind === "person" ? { kind, keys, role } : { kind, keys }, filter), 0)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
