// Read-only Cypher the ingest and the tools need (run in read transactions).
import type { Cypher } from "../driver.ts";

export function readDocumentShas(ids: readonly string[]): Cypher {
  return { text: "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.sha256 AS sha256", params: { ids } };
}

/** Totals for the ingest report and the tests. */
export function readGraphTotals(): Cypher {
  return {
    text: `RETURN COUNT { (:Document) } AS documents, COUNT { (:Event) } AS events, COUNT { (:Story) } AS stories,
  COUNT { ()-[:STATES]->() } AS mentions, COUNT { ()-[:RELATION]->() } AS relations`,
    params: {},
  };
}

/** Every node and relationship with its properties, for an order-independent digest of the graph. */
export function readAllNodes(): Cypher {
  return { text: "MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props", params: {} };
}

export function readAllRelationships(): Cypher {
  return { text: "MATCH (a)-[r]->(b) RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props", params: {} };
}
