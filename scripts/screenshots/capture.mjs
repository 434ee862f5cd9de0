// Drives Debian's chromium (playwright-core, no browser download) through Neo4j Browser and
// GraphiQL and saves PNGs to docs/screenshots/. Started by scripts/screenshots.sh, which sets:
//   BROWSER_URL  Neo4j Browser (http://localhost:7474/browser/)
//   BOLT_URL     bolt://localhost:7687     NEO4J_USER / NEO4J_PASSWORD
//   GUIDE_URL    http://localhost:4201 (browser/serve.mjs)     API_URL  http://127.0.0.1:4000
//   OUT_DIR      docs/screenshots
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const env = (k, d) => process.env[k] ?? d;
const OUT = env("OUT_DIR", "docs/screenshots");
const BROWSER_URL = env("BROWSER_URL", "http://localhost:7474/browser/");
const BOLT_URL = env("BOLT_URL", "bolt://localhost:7687");
const GUIDE_URL = env("GUIDE_URL", "http://localhost:4201");
const API_URL = env("API_URL", "http://127.0.0.1:4000");
const only = (process.argv[2] ?? "all").split(",");

/** A saved query as one line: comment lines dropped (Monaco would auto-indent a pasted block). */
const oneLine = (file) => readFileSync(new URL(`../../browser/queries/${file}`, import.meta.url), "utf8")
  .split("\n").filter((l) => !l.startsWith("//")).map((l) => l.trim()).join(" ").trim();

const browser = await chromium.launch({
  executablePath: env("CHROMIUM", "/usr/bin/chromium"),
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function runInEditor(page, text) {
  const editor = page.locator("#monaco-main-editor");
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.insertText(text);
  await page.locator('[data-testid="editor-Run"]').click();
}

async function neo4jBrowser() {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(`${BROWSER_URL}?dbms=${encodeURIComponent(BOLT_URL)}`, { waitUntil: "networkidle" });
  await page.locator('input[data-testid="username"]').fill(env("NEO4J_USER", "neo4j"));
  await page.locator('input[data-testid="password"]').fill(env("NEO4J_PASSWORD", "entente-local"));
  await page.locator('button[data-testid="connect"]').click();
  await page.locator('[data-testid="frameCommand"]', { hasText: ":server connect" }).first().waitFor({ timeout: 30_000 });
  // The usage-data banner: dismissed (its close control is the last clickable thing in it).
  const banner = page.getByText("To help make Neo4j Browser better").first();
  if (await banner.isVisible().catch(() => false)) {
    await banner.locator("xpath=..").locator("svg, button, span").last().click().catch(() => {});
  }
  // Connecting opens `:play start` a moment later (seconds on a loaded machine): wait for it, or
  // it lands after `:clear` and becomes the frame the screenshot shows.
  await page.getByText("Getting started with Neo4j Browser").first().waitFor({ timeout: 20_000 }).catch(() => {});
  await page.waitForTimeout(500);
  await runInEditor(page, ":clear");
  // The style through the guide server, as an analyst would load it.
  await runInEditor(page, `:style ${GUIDE_URL}/style.grass`);
  await page.locator('[data-testid="frame"]').first().waitFor();
  await runInEditor(page, ":clear");
  await runInEditor(page, oneLine("06-pair-neighbourhood.cypher"));
  await page.locator('[data-testid="frame-loaded-contents"] svg .node').first().waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="frame"]').first().locator('[title="Fullscreen"]').click();
  await page.waitForTimeout(4_000); // let the force layout settle, then fill the frame with it
  await page.locator('[aria-label="zoom-to-fit"]').first().click().catch(() => {});
  await page.waitForTimeout(1_500);
  await page.screenshot({ path: `${OUT}/neo4j-browser-rus-prk.png` });
  await page.locator('[title="Close fullscreen"]').first().click();

  await runInEditor(page, ":clear");
  await runInEditor(page, `:guide ${GUIDE_URL}/guide.html`);
  await page.getByText("Entente: geopolitical events").first().waitFor({ timeout: 20_000 });
  await runInEditor(page, oneLine("01-partners-and-adversaries.cypher"));
  await page.locator('[data-testid="frame-loaded-contents"]').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1_500);
  await page.screenshot({ path: `${OUT}/neo4j-browser-guide.png` });
  await page.close();
}

const RELATIONSHIP_QUERY = `# Everything between Russia and North Korea
query Relationship {
  relationship(a: "RUS", b: "PRK") {
    a { key name }
    b { key name }
    total
    countsByType { type count }
    series { month events cooperation conflict net }
    trend { slope direction }
    events(first: 3) {
      edges { node { type date } }
    }
  }
}`;

async function graphiql() {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  // GraphiQL is rendered from the installed package (no CDN); anything external would be a
  // regression, so it fails the page instead of hanging on a machine without internet.
  await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
  // GraphiQL reads the query from the URL; the run button sends it.
  await page.goto(`${API_URL}/graphql?query=${encodeURIComponent(RELATIONSHIP_QUERY)}`, { waitUntil: "networkidle" });
  const run = page.locator(".graphiql-execute-button");
  await run.waitFor({ timeout: 30_000 });
  await run.click();
  await page.getByText('"total"').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1_000);
  await page.screenshot({ path: `${OUT}/graphiql-relationship.png` });
  await page.close();
}

try {
  if (only.includes("all") || only.includes("browser")) await neo4jBrowser();
  if (only.includes("all") || only.includes("graphiql")) await graphiql();
} finally {
  await browser.close();
}
