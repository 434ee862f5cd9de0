// Property values with their Cypher types, so an export re-imports with the same types
// (a FLOAT 4.0 must not come back as the INTEGER 4, nor a datetime as a string).

export type Props = Readonly<Record<string, unknown>>;
/** Cypher type of each property, as valueType() names it without "NOT NULL": INTEGER, LIST<FLOAT>... */
export type PropTypes = Readonly<Record<string, string>>;

export interface ExportNode {
  readonly id: string;
  readonly labels: readonly string[];
  readonly properties: Props;
  readonly types: PropTypes;
}

export interface ExportRelationship {
  readonly type: string;
  readonly start: string;
  readonly end: string;
  readonly properties: Props;
  readonly types: PropTypes;
}

/** "LIST<FLOAT NOT NULL> NOT NULL" -> "LIST<FLOAT>". */
export function normaliseType(valueType: string): string {
  return valueType.replace(/\s+NOT NULL/g, "").trim();
}

export function typesFromPairs(pairs: readonly (readonly [string, string])[]): PropTypes {
  return Object.fromEntries(pairs.map(([k, t]) => [k, normaliseType(t)]));
}

/** Types JSON carries natively: strings, booleans and (integral numbers read as) integers. */
// LIST<NOTHING> is an empty list.
const IMPLICIT = new Set(["STRING", "BOOLEAN", "INTEGER", "LIST<STRING>", "LIST<BOOLEAN>", "LIST<INTEGER>", "LIST<NOTHING>"]);

export function isImplicitType(type: string): boolean {
  return IMPLICIT.has(type);
}

/** The type a JSON value gets when the export named none: numbers are integers. */
export function implicitType(value: unknown): string {
  if (typeof value === "boolean") return "BOOLEAN";
  if (typeof value === "number" || typeof value === "bigint") return "INTEGER";
  if (Array.isArray(value)) return value.length === 0 ? "LIST<NOTHING>" : `LIST<${implicitType(value[0])}>`;
  return "STRING";
}

/** Element type of a list type ("LIST<FLOAT>" -> "FLOAT"), or null. */
export function listItemType(type: string): string | null {
  const m = /^LIST<(.+)>$/.exec(type);
  return m ? m[1]! : null;
}
