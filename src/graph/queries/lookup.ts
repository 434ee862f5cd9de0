// A single-entity lookup together with the nested lists the request asks for, in one query:
// `event(id) { evidence }` is one round trip instead of two (on a small VM a round trip costs
// the API about a millisecond of CPU and Neo4j about two, far more than these queries' db hits).
import type { Cypher } from "../driver.ts";
import type { NestedList } from "./projections.ts";

/** Column names of the lists: fixed identifiers chosen by the code, never by input. */
const LIST_NAME = /^[a-z][A-Za-z]*$/;

/**
 * `root` returns at most one row with the record in `column`; each list is then collected for
 * that record's `keyField` and returned in a column of its name. No lists: `root` unchanged.
 */
export function lookupWith(root: Cypher, column: string, keyField: string, lists: Readonly<Record<string, NestedList>>): Cypher {
  const names = Object.keys(lists);
  if (names.length === 0) return root;
  for (const n of [column, keyField, ...names]) if (!LIST_NAME.test(n)) throw new RangeError(`not a list name: ${n}`);
  const calls = names.map((n) => `CALL (key) {
  ${lists[n]!.body}
  RETURN collect(${lists[n]!.proj}) AS ${n}
}`);
  return {
    text: `CALL () {
${root.text}
}
WITH ${column}, ${column}.${keyField} AS key
${calls.join("\n")}
RETURN ${[column, ...names].join(", ")}`,
    params: root.params,
  };
}
