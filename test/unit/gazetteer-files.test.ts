import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../../ingest/gazetteer/index.ts";
import { GazetteerError, parseFile, readDataFiles } from "../../ingest/gazetteer/load.ts";
import { peopleFileSchema } from "../../ingest/gazetteer/schema.ts";

const person = (offices: unknown) => JSON.stringify({ _source: "test", people: [{ key: "Jane Doe", aliases: [], offices }] });

describe("gazetteer data files", () => {
  it("rejects a file that is not JSON, naming the file", () => {
    expect(() => parseFile("people.json", "{", peopleFileSchema)).toThrow(/people\.json.*not valid JSON/s);
  });

  it("names the file and the entry at fault", () => {
    const bad = person([{ title: "President", country: "USA", from: "2020-1-1", to: null }]);
    try {
      parseFile("people.json", bad, peopleFileSchema);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GazetteerError);
      expect((e as Error).message).toMatch(/people\.json/);
      expect((e as Error).message).toMatch(/people\[0\]\.offices\[0\]\.from \(Jane Doe\): must be YYYY-MM-DD/);
    }
  });

  it("accepts a valid entry", () => {
    const ok = person([{ title: "President", country: "USA", from: "2020-01-01", to: null }]);
    expect(parseFile("people.json", ok, peopleFileSchema).people[0]!.key).toBe("Jane Doe");
  });

  const files = readDataFiles();
  const withOrgs = (organizations: typeof files.organizations.organizations) => ({ ...files, organizations: { ...files.organizations, organizations } });

  it("rejects references to unknown countries across files", () => {
    const orgs = files.organizations.organizations.map((o) => (o.key === "G7" ? { ...o, members: [...o.members, "XYZ"] } : o));
    expect(() => buildGazetteer(withOrgs(orgs), [])).toThrow(/organizations\.json[\s\S]*G7: unknown member XYZ/);
    const people = { ...files.people, people: [{ key: "Jane Doe", aliases: [], offices: [{ title: "King", country: "ATL", from: "2000-01-01", to: null }] }] };
    expect(() => buildGazetteer({ ...files, people }, [])).toThrow(/people\.json[\s\S]*Jane Doe: office King has unknown country ATL/);
  });

  it("rejects a term that ends before it starts, and duplicate keys", () => {
    const people = { ...files.people, people: [{ key: "Jane Doe", aliases: [], offices: [{ title: "King", country: "GBR", from: "2000-01-01", to: "1999-01-01" }] }] };
    expect(() => buildGazetteer({ ...files, people }, [])).toThrow(/ends \(1999-01-01\) before it starts/);
    const orgs = [...files.organizations.organizations, files.organizations.organizations[0]!];
    expect(() => buildGazetteer(withOrgs(orgs), [])).toThrow(/duplicate key/);
  });
});
