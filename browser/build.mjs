// Builds browser/guide.html (a Neo4j Browser guide: `:guide <url>` or `:play <url>`) and
// browser/entente-queries.zip (drop it on Neo4j Browser: the queries become favourites in an
// "Entente" folder) from browser/queries/*.cypher, so the three never disagree.
//   node browser/build.mjs            writes both
//   node browser/build.mjs --check    exits 1 when either is out of date
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { crc32 } from "node:zlib";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

export function readQueries(dir = `${here}queries`) {
  return readdirSync(dir).filter((f) => f.endsWith(".cypher")).sort().map((file) => {
    const text = readFileSync(`${dir}/${file}`, "utf8");
    const lines = text.split("\n");
    const comments = lines.filter((l) => l.startsWith("//")).map((l) => l.replace(/^\/\/\s?/, ""));
    return { file, title: comments[0].replace(/^Entente:\s*/, ""), notes: comments.slice(1), text: text.trim() };
  });
}

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function buildGuide(queries) {
  const slide = (title, body) => `<slide class="row-fluid">
  <div class="col-sm-12">
    <h3>${esc(title)}</h3>
${body}
  </div>
</slide>`;
  const intro = slide("Entente: geopolitical events", `    <p class="lead">Countries and organizations (<code>:Actor</code>), people, places and PLOVER <code>:Event</code>s,
    each stated by <code>:Sentence</code>s of <code>:Document</code>s. <code>RELATION</code> edges summarise the events between two actors:
    <code>events</code>, <code>cooperation</code>, <code>conflict</code> and <code>weight</code> (summed Goldstein weights, negative = conflict).</p>
    <p>Colours and captions: load <code>browser/style.grass</code> (drag it onto this window, or run the command below when the guide server runs).
    Actors are blue (organizations purple), people orange, places teal, events yellow with their PLOVER type as caption.
    Events carry a label per quad class (<code>:VerbalCooperation</code>, <code>:MaterialCooperation</code>, <code>:VerbalConflict</code>, <code>:MaterialConflict</code>) and the style colours them: light and dark green for cooperation, orange and red for conflict.</p>
    <pre class="code runnable">:style http://localhost:4201/style.grass</pre>
    <p>Each query starts with <code>WITH '...' AS ...</code>: edit the keys (ISO alpha-3 such as RUS, PRK, or NATO, UN...) before running.
    The same queries are in <code>browser/queries/</code>; drop <code>browser/entente-queries.zip</code> on Neo4j Browser to keep them as favourites.</p>`);
  const slides = queries.map((q) => slide(q.title, `${q.notes.map((n) => `    <p>${esc(n)}</p>`).join("\n")}
    <pre class="code runnable">${esc(q.text)}</pre>`));
  return `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Entente</title></head>
<body>
<article class="guide">
<carousel class="deck container-fluid">
${[intro, ...slides].join("\n")}
</carousel>
</article>
</body>
</html>
`;
}

/** A stored (uncompressed) zip with fixed timestamps, so the bytes depend only on the files. */
export function buildZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (2025 - 1980) << 9 | 1 << 5 | 1;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(0, 8);
    local.writeUInt16LE(DOS_TIME, 10); local.writeUInt16LE(DOS_DATE, 12); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBuf.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10); central.writeUInt16LE(DOS_TIME, 12); central.writeUInt16LE(DOS_DATE, 14); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export function buildAll() {
  const queries = readQueries();
  return {
    guide: buildGuide(queries),
    zip: buildZip(queries.map((q) => ({ name: `Entente/${q.file}`, data: Buffer.from(`${q.text}\n`, "utf8") }))),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { guide, zip } = buildAll();
  const targets = [[`${here}guide.html`, Buffer.from(guide, "utf8")], [`${here}entente-queries.zip`, zip]];
  if (process.argv.includes("--check")) {
    const stale = targets.filter(([p, b]) => { try { return !readFileSync(p).equals(b); } catch { return true; } });
    for (const [p] of stale) process.stderr.write(`${p} is out of date: run node browser/build.mjs\n`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const [p, b] of targets) writeFileSync(p, b);
}
