// The Neo4j Browser assets: the guide and the favourites zip are built from browser/queries (and
// committed up to date), the style has a rule and a caption for every label of the model.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAll, readQueries } from "../../browser/build.mjs";

const file = (p: string) => readFileSync(new URL(`../../browser/${p}`, import.meta.url));

describe("browser guide and favourites", () => {
  it("guide.html and entente-queries.zip match browser/queries (run node browser/build.mjs)", () => {
    const { guide, zip } = buildAll();
    expect(file("guide.html").toString("utf8")).toBe(guide);
    expect(file("entente-queries.zip").equals(zip)).toBe(true);
  });

  it("every saved query is titled and appears, escaped, in a runnable block of the guide", () => {
    const guide = file("guide.html").toString("utf8");
    const queries = readQueries();
    expect(queries.length).toBeGreaterThanOrEqual(5);
    for (const q of queries) {
      expect(q.title.length).toBeGreaterThan(5);
      const escaped = q.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
      expect(guide).toContain(`<pre class="code runnable">${escaped}</pre>`);
    }
    expect((guide.match(/<slide /g) ?? []).length).toBe(queries.length + 1);
  });
});

describe("style.grass", () => {
  // Neo4j Browser's reading of GraSS: selector { prop: value; ... } where quoted values may hold
  // braces, quotes are dropped, and a declaration with more than one ':' is ignored.
  function parseGrass(css: string): Map<string, Record<string, string>> {
    const rules = new Map<string, Record<string, string>>();
    let selector = "";
    let body = "";
    let inProps = false;
    let inString = false;
    for (const c of css) {
      if (c === "'" || c === '"') { inString = !inString; continue; }
      if (!inString && c === "{") { inProps = true; continue; }
      if (!inString && c === "}") {
        rules.set(selector, Object.fromEntries(body.split(";").map((d) => d.split(":")).filter((kv) => kv.length === 2).map(([k, v]) => [k!.trim(), v!.trim()])));
        selector = ""; body = ""; inProps = false;
        continue;
      }
      if (inProps) body += c;
      else if (!/\s/.test(c)) selector += c;
    }
    return rules;
  }
  const rules = parseGrass(file("style.grass").toString("utf8"));

  it.each(["Actor", "Country", "Organization", "Person", "Place", "Event", "Document", "Sentence", "Story", "VerbalCooperation", "MaterialCooperation", "VerbalConflict", "MaterialConflict"])("styles %s with a colour and a caption", (label) => {
    const rule = rules.get(`node.${label}`);
    expect(rule?.color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(rule?.caption).toMatch(/\{\w+\}/);
  });

  it("captions RELATION edges with their counts and has no comment the parser would swallow", () => {
    expect(rules.get("relationship.RELATION")?.caption).toContain("{events}");
    expect(file("style.grass").toString("utf8")).not.toMatch(/\/\/|\/\*/);
  });
});
