// The export shell: reads pages (reader.ts) and writes them through one serialiser to text sinks.
import type { GraphDriver, GraphSettings } from "../driver.ts";
import { cypherHeader, nodeStatements, relationshipStatements } from "./cypher-script.ts";
import { edgeRow, edgesHeader, nodeRow, nodesHeader } from "./csv-format.ts";
import { GRAPHML_FOOTER, graphmlEdge, graphmlHeader, graphmlKeyIds, graphmlNode } from "./graphml-format.ts";
import { JSON_FOOTER, JSON_MIDDLE, jsonHeader, jsonNode, jsonRelationship } from "./json-format.ts";
import type { ExportFilter } from "./queries.ts";
import { type Page, type Scope, readPages, readPropertyColumns, resolveScope } from "./reader.ts";

export const EXPORT_FORMATS = ["graphml", "csv", "json", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where text goes; `write` resolves when the chunk may be followed by the next (backpressure). */
export type TextSink = Readonly<{ write: (chunk: string) => Promise<void> }>;
export type Sinks = Readonly<{ main: TextSink; edges?: TextSink }>;

export type ExportOptions = Readonly<{
  format: ExportFormat;
  filter: ExportFilter;
  pageSize?: number;
  /** Statements of schema/constraints.cypher, put at the top of a `cypher` export. */
  constraints?: readonly string[];
}>;

export type ExportCounts = { nodes: number; relationships: number };

export async function exportGraph(driver: GraphDriver, settings: GraphSettings, options: ExportOptions, sinks: Sinks): Promise<ExportCounts> {
  const pageSize = options.pageSize ?? 500;
  const scope = await resolveScope(driver, settings, options.filter, pageSize);
  const counts: ExportCounts = { nodes: 0, relationships: 0 };
  const pages = () => readPages(driver, settings, scope, pageSize);
  // Relationships may point at nodes of a later page: formats that need nodes first read twice.
  const twoPasses = async (onNodes: (p: Page) => Promise<void>, between: () => Promise<void>, onRels: (p: Page) => Promise<void>) => {
    for await (const p of pages()) { counts.nodes += p.nodes.length; await onNodes(p); }
    await between();
    for await (const p of pages()) { counts.relationships += p.relationships.length; await onRels(p); }
  };
  const out = sinks.main;
  switch (options.format) {
    case "json": {
      let firstN = true;
      let firstR = true;
      await out.write(jsonHeader(options.filter));
      await twoPasses(
        async (p) => { for (const n of p.nodes) { await out.write(jsonNode(n, firstN)); firstN = false; } },
        () => out.write(JSON_MIDDLE),
        async (p) => { for (const r of p.relationships) { await out.write(jsonRelationship(r, firstR)); firstR = false; } },
      );
      await out.write(JSON_FOOTER);
      break;
    }
    case "cypher": {
      const comment = `Entente graph export (cypher). Filter: ${JSON.stringify(options.filter)}.\nRun with cypher-shell -f, or paste into Neo4j Browser with multi-statement queries enabled.`;
      await out.write(cypherHeader(options.constraints ?? [], comment));
      await twoPasses(
        async (p) => { for (const s of nodeStatements(p.label, p.nodes)) await out.write(`${s}\n`); },
        async () => {},
        async (p) => { for (const s of relationshipStatements(p.relationships)) await out.write(`${s}\n`); },
      );
      break;
    }
    case "graphml": {
      const cols = await readPropertyColumns(driver, settings);
      const keys = graphmlKeyIds(cols);
      await out.write(graphmlHeader(cols, keys));
      await twoPasses(
        async (p) => { for (const n of p.nodes) await out.write(graphmlNode(n, keys)); },
        async () => {},
        async (p) => { for (const r of p.relationships) await out.write(graphmlEdge(r, keys)); },
      );
      await out.write(GRAPHML_FOOTER);
      break;
    }
    case "csv": {
      const edges = sinks.edges;
      if (!edges) throw new Error("csv export needs two sinks (nodes.csv and edges.csv)");
      const cols = await readPropertyColumns(driver, settings);
      const nodeProps = [...cols.nodes.keys()];
      const relProps = [...cols.relationships.keys()];
      await out.write(nodesHeader(nodeProps));
      await edges.write(edgesHeader(relProps));
      for await (const p of pages()) {
        counts.nodes += p.nodes.length;
        counts.relationships += p.relationships.length;
        for (const n of p.nodes) await out.write(nodeRow(n, nodeProps));
        for (const r of p.relationships) await edges.write(edgeRow(r, relProps));
      }
      break;
    }
  }
  return counts;
}

/** Reads the whole export into memory (tests and digests of small graphs). */
export async function collectGraph(driver: GraphDriver, settings: GraphSettings, filter: ExportFilter, pageSize = 500) {
  const scope: Scope = await resolveScope(driver, settings, filter, pageSize);
  const nodes = [];
  const relationships = [];
  for await (const p of readPages(driver, settings, scope, pageSize)) {
    nodes.push(...p.nodes);
    relationships.push(...p.relationships);
  }
  return { nodes, relationships };
}
