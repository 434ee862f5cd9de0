// Cypher literals for the `cypher` export: every value escaped, typed as it was read.
import { listItemType } from "./values.ts";

const TEMPORAL: Readonly<Record<string, string>> = {
  DATE: "date",
  "ZONED DATETIME": "datetime",
  "LOCAL DATETIME": "localdatetime",
  "ZONED TIME": "time",
  "LOCAL TIME": "localtime",
  DURATION: "duration",
};

/** A Cypher string literal: quotes, backslashes and control characters escaped. */
export function stringLiteral(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === "'") out += "\\'";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    // Other control characters and the Unicode line separators: as \uXXXX, so a statement stays on one line.
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}'`;
}

/** A name (label, type, property key) in backticks, backticks doubled. */
export function name(n: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) ? n : `\`${n.replace(/`/g, "``")}\``;
}

export function floatLiteral(x: number): string {
  if (Number.isNaN(x)) return "0.0/0.0";
  if (!Number.isFinite(x)) return x > 0 ? "1.0/0.0" : "-1.0/0.0";
  const s = String(x).replace("e+", "e");
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** A literal for a value of the given Cypher type (as valueType() names it). */
export function literal(value: unknown, type: string): string {
  if (value === null || value === undefined) return "null";
  const item = listItemType(type);
  if (item !== null) {
    if (!Array.isArray(value)) throw new Error(`expected a list for ${type}`);
    return `[${value.map((v) => literal(v, item)).join(", ")}]`;
  }
  switch (type) {
    case "STRING": return stringLiteral(String(value));
    case "BOOLEAN": return value ? "true" : "false";
    case "INTEGER": {
      const s = String(value);
      if (!/^-?\d+$/.test(s)) throw new Error(`not an integer: ${s}`);
      return s;
    }
    case "FLOAT": return floatLiteral(Number(value));
    case "POINT": {
      const p = value as { srid: number; x: number; y: number; z?: number };
      const z = p.z === undefined ? "" : `, z: ${floatLiteral(p.z)}`;
      return `point({srid: ${Math.trunc(p.srid)}, x: ${floatLiteral(p.x)}, y: ${floatLiteral(p.y)}${z}})`;
    }
    default: {
      const fn = TEMPORAL[type];
      if (!fn) throw new Error(`cannot export a value of type ${type}`);
      return `${fn}(${stringLiteral(String(value))})`;
    }
  }
}

/** A map literal of properties, keys sorted. */
export function mapLiteral(props: Readonly<Record<string, unknown>>, types: Readonly<Record<string, string>>): string {
  const keys = Object.keys(props).filter((k) => props[k] !== null && props[k] !== undefined).sort();
  return `{${keys.map((k) => `${name(k)}: ${literal(props[k], types[k] ?? "STRING")}`).join(", ")}}`;
}
