// The gazetteer as graph reference data: countries, organizations with their members (and
// accession dates), people with their offices. Places enter the graph with the events at them.
import type { ReferenceData } from "../src/graph/cypher/reference.ts";
import type { Gazetteer } from "./gazetteer/index.ts";

export function referenceDataOf(g: Gazetteer): ReferenceData {
  return {
    countries: g.countries().map((c) => ({ code: c.code, name: c.name, aliases: [...c.aliases] })),
    organizations: g.organizations().map((o) => ({
      key: o.key, name: o.name, aliases: [...o.aliases],
      members: o.members.map((m) => ({ country: m, since: o.since[m] ?? null })),
    })),
    people: g.people().map((p) => ({
      key: p.key, name: p.key, aliases: [...p.aliases],
      offices: p.offices.map((o) => ({ title: o.title, actor: o.country, from: o.from, to: o.to })),
    })),
    places: [],
  };
}
