// Lookahead for single-entity queries: the nested lists a request selects under `event(id)`,
// `country`, ... are fetched in the root's own query and primed into the request's DataLoaders,
// so their field resolvers find them there instead of making a second round trip.
import type DataLoader from "dataloader";
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { Loaders } from "./loaders.ts";
import type { LookupType } from "../graph/read-repository.ts";

type ListLoader = "memberships" | "members" | "actorOffices" | "personOffices" | "evidence" | "participants" | "sameStory";

/** Per entity type: list field -> the loader its field resolver reads (fields without arguments only). */
const LIST_LOADERS = {
  Country: { memberships: "memberships", offices: "actorOffices" },
  Organization: { members: "members", offices: "actorOffices" },
  Person: { offices: "personOffices" },
  Event: { evidence: "evidence", people: "participants" },
  Document: { sameStory: "sameStory" },
} as const satisfies Record<LookupType, Record<string, ListLoader>>;

/** Names of the fields selected directly under the resolved field (through fragments too). */
export function selectedFields(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): Set<string> {
  const out = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) out.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else visit(info.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return out;
}

/** The list fields of `type` this request selects (a field skipped by @skip is fetched anyway: harmless). */
export function listsToPrefetch(type: LookupType, info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): string[] {
  const selected = selectedFields(info);
  return Object.keys(LIST_LOADERS[type]).filter((f) => selected.has(f));
}

/** Puts the lists fetched with a record into the loaders its field resolvers read. */
export function primeLists(loaders: Loaders, type: LookupType, key: string, lists: Readonly<Record<string, readonly unknown[]>>): void {
  const byField: Readonly<Record<string, ListLoader>> = LIST_LOADERS[type];
  for (const [field, rows] of Object.entries(lists)) {
    const name = byField[field];
    if (name) (loaders[name] as DataLoader<string, unknown>).prime(key, rows);
  }
}
