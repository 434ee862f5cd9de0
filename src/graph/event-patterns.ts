// Cypher fragments shared by the write side (cypher/) and the read side (queries/).

/**
 * A CALL binding `e` to each event between the actors whose keys are the Cypher expressions `a`
 * and `b`, either direction: two seeks of the (source, target) index (event_pair) instead of a
 * walk over every event of either actor. `scope` is the CALL's variable list, `extra` further
 * conditions on `e` (" AND ..."), `pad` the indentation of the lines after the first.
 */
export function eventsBetween(scope: string, a: string, b: string, extra = "", pad = ""): string {
  const side = (x: string, y: string) => `MATCH (e:Event) WHERE e.source = ${x} AND e.target = ${y}${extra} RETURN e`;
  return `CALL (${scope}) {
${pad}  ${side(a, b)}
${pad}  UNION
${pad}  ${side(b, a)}
${pad}}`;
}
