// Serves browser/ (guide.html, style.grass, queries) over http with CORS, which Neo4j Browser needs
// to load a guide (`:guide`/`:play`) or a style (`:style <url>`) from another origin. Browser
// fetches only from hosts in browser.remote_content_hostname_whitelist, "localhost" by default:
// use http://localhost:<port>/..., not 127.0.0.1.
//   node browser/serve.mjs [port]     (default 4201; loopback only)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { basename } from "node:path";

const here = fileURLToPath(new URL(".", import.meta.url));
const TYPES = { ".html": "text/html; charset=utf-8", ".grass": "text/plain; charset=utf-8", ".cypher": "text/plain; charset=utf-8", ".zip": "application/zip" };
// Only these files, never a path from the request.
const FILES = new Map([["/guide.html", "guide.html"], ["/style.grass", "style.grass"], ["/entente-queries.zip", "entente-queries.zip"]]);

export function startServer(port = 4201, host = "127.0.0.1") {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const file = FILES.get(path === "/" ? "/guide.html" : path);
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Allow-Headers", "*");
    if (req.method === "OPTIONS") { res.writeHead(204).end(); return; }
    if (!file || (req.method !== "GET" && req.method !== "HEAD")) { res.writeHead(404).end("not found\n"); return; }
    const body = await readFile(`${here}${file}`);
    res.writeHead(200, { "Content-Type": TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream", "Cache-Control": "no-cache" });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? 4201);
  await startServer(port);
  process.stdout.write(`Serving ${basename(here)}/ at http://localhost:${port}/\n  in Neo4j Browser: :guide http://localhost:${port}/guide.html   and   :style http://localhost:${port}/style.grass\n`);
}
