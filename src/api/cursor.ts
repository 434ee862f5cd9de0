// Opaque Relay cursors: the sort values of the last row, tagged with the sort they belong to.
import { badInput } from "./errors.ts";

export function encodeCursor(sort: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([sort, values]), "utf8").toString("base64url");
}

/** The sort values in `cursor`, or BAD_USER_INPUT when it is not a cursor of this sort. */
export function decodeCursor(cursor: string | null | undefined, sort: string): unknown[] | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    if (cursor.length > 1000) throw new Error("too long");
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badInput("after is not a valid cursor");
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || parsed[0] !== sort || !Array.isArray(parsed[1])
    || !parsed[1].every((v) => typeof v === "string" || typeof v === "number")) {
    throw badInput("after is not a valid cursor for this list and sort");
  }
  return parsed[1] as unknown[];
}

export type Connection<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

/** A Relay page from `size + 1` fetched rows (the extra row only says whether more follow). */
export function toConnection<T>(rows: readonly { node: T; sort: readonly unknown[] }[], size: number, sort: string): Connection<T> {
  const edges = rows.slice(0, size).map((r) => ({ cursor: encodeCursor(sort, r.sort), node: r.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
