// Bearer-key check for mutations: constant-time comparison of digests (equal length by construction).
import { createHash, timingSafeEqual } from "node:crypto";
import { unauthenticated } from "./errors.ts";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Throws UNAUTHENTICATED unless `authorization` is `Bearer <key>` and a key is configured. */
export function requireBearer(authorization: string | null, key: string | undefined): void {
  if (!key) throw unauthenticated("Mutations are disabled: the server has no INGEST_API_KEY configured.");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) throw unauthenticated("Send Authorization: Bearer <INGEST_API_KEY>.");
  if (!timingSafeEqual(digest(match[1]!), digest(key))) throw unauthenticated("Invalid API key.");
}
