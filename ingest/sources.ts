// The only file reader of the ingest: streams documents from JSONL files, text files, directories
// and stdin, one at a time (memory does not grow with the corpus). A bad line or an unreadable
// file becomes an error item in the stream, never an exception: the rest continue.
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { z } from "zod";
import { parsePublished } from "./stages/dates.ts";
import type { SourceDocument } from "./types.ts";

export interface SourceError {
  /** Where: "file.jsonl:12", "notes.txt", "-:3" (stdin). */
  readonly input: string;
  readonly message: string;
}
export type SourceItem =
  | { readonly doc: SourceDocument; readonly input: string }
  | { readonly error: SourceError };

export interface ReadOptions {
  /** Largest document (a JSONL line or a text file) in bytes; larger ones are errors. */
  readonly maxBytes?: number;
  /** What `-` reads; process.stdin by default. */
  readonly stdin?: AsyncIterable<Buffer | string>;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DOCUMENT_FILES = new Set([".jsonl", ".ndjson", ".txt"]);

const stringError = { error: (issue: { input?: unknown }) => (issue.input === undefined ? "is missing" : `must be a string, not ${issue.input === null ? "null" : typeof issue.input}`) };
const optionalText = z.string(stringError).nullish().transform((v) => v ?? undefined);
const documentSchema = z.object({
  id: z.string(stringError).trim().min(1, "must not be empty").max(512, "must be at most 512 characters"),
  text: z.string(stringError).refine((t) => t.trim() !== "", "must not be empty")
    .refine((t) => !t.includes("\u0000"), "contains NUL characters (binary content)"),
  published: optionalText.refine((p) => p === undefined || parsePublished(p) !== null,
    "must be a date YYYY-MM-DD or an ISO timestamp"),
  source: optionalText,
  title: optionalText,
});

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join(".") : "document"}: ${i.message}`).join("; ");
}

/** Validates one parsed JSON value as a document (pure). */
export function toDocument(value: unknown): { doc: SourceDocument } | { message: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { message: "not a JSON object" };
  const result = documentSchema.safeParse(value);
  if (!result.success) return { message: describeIssues(result.error) };
  const { id, text, published, source, title } = result.data;
  const doc: SourceDocument = { id, text, ...(published && { published }), ...(source && { source }), ...(title && { title }) };
  return { doc };
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes bytes strictly: invalid UTF-8 and NUL bytes are errors, not replacement characters. */
function decode(bytes: Uint8Array): { text: string } | { message: string } {
  if (bytes.includes(0)) return { message: "binary content (NUL bytes)" };
  try {
    return { text: fatalUtf8.decode(bytes) };
  } catch {
    return { message: "invalid UTF-8" };
  }
}

/** Parses one JSONL line (pure): a document, an error message, or null for a blank line. */
export function parseLine(bytes: Uint8Array): { doc: SourceDocument } | { message: string } | null {
  const decoded = decode(bytes);
  if ("message" in decoded) return decoded;
  const line = decoded.text.replace(/^\uFEFF/, "");
  if (line.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { message: `not valid JSON (${err instanceof SyntaxError ? err.message : String(err)})` };
  }
  return toDocument(value);
}

type RawLine = { readonly bytes: Uint8Array; readonly tooLarge: false } | { readonly tooLarge: true; readonly size: number };

/** Splits a byte stream into lines without holding more than `maxBytes` of any one line. */
async function* byteLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const finish = (): RawLine => {
    const line: RawLine = overflow ? { tooLarge: true, size } : { bytes: stripCr(Buffer.concat(parts, size)), tooLarge: false };
    parts = [];
    size = 0;
    overflow = false;
    return line;
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    take(chunk.subarray(from));
  }
  if (size > 0 || overflow) yield finish();

  function take(piece: Buffer): void {
    size += piece.length;
    if (overflow) return;
    if (size > maxBytes) {
      overflow = true;
      parts = [];
    } else if (piece.length > 0) {
      parts.push(Buffer.from(piece)); // copy: the stream may reuse its chunk
    }
  }
}

function stripCr(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b;
}

function ioMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "cannot read: no such file or directory";
  if (e?.code === "EACCES" || e?.code === "EPERM") return "cannot read: permission denied";
  if (e?.code === "EISDIR") return "cannot read: is a directory";
  if (e?.code === "ENOTDIR") return "cannot read: a part of the path is not a directory";
  return `cannot read: ${e?.message ?? String(err)}`;
}

function mib(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

async function* readJsonl(label: string, chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<SourceItem> {
  let lineNo = 0;
  try {
    for await (const line of byteLines(chunks, maxBytes)) {
      lineNo++;
      const input = `${label}:${lineNo}`;
      if (line.tooLarge) {
        yield { error: { input, message: `document too large (${mib(line.size)}, limit ${mib(maxBytes)})` } };
        continue;
      }
      const parsed = parseLine(line.bytes);
      if (parsed === null) continue;
      yield "doc" in parsed ? { doc: parsed.doc, input } : { error: { input, message: parsed.message } };
    }
  } catch (err) {
    yield { error: { input: lineNo > 0 ? `${label}:${lineNo + 1}` : label, message: ioMessage(err) } };
  }
}

async function readText(path: string, maxBytes: number): Promise<SourceItem> {
  try {
    const { size } = await stat(path);
    if (size > maxBytes) return { error: { input: path, message: `document too large (${mib(size)}, limit ${mib(maxBytes)})` } };
    const decoded = decode(await readFile(path));
    if ("message" in decoded) return { error: { input: path, message: decoded.message } };
    const text = decoded.text.replace(/^\uFEFF/, "");
    if (text.trim() === "") return { error: { input: path, message: "text: must not be empty" } };
    return { doc: { id: basename(path, extname(path)), text }, input: path };
  } catch (err) {
    return { error: { input: path, message: ioMessage(err) } };
  }
}

async function* readFileInput(path: string, maxBytes: number): AsyncGenerator<SourceItem> {
  if (extname(path).toLowerCase() === ".txt") {
    yield await readText(path, maxBytes);
  } else {
    yield* readJsonl(path, createReadStream(path, { highWaterMark: 256 * 1024 }), maxBytes);
  }
}

/**
 * Streams the documents of each input in order: a .jsonl file (one document a line), a .txt file
 * (id = file name without extension), a directory (its .jsonl, .ndjson and .txt files, sorted,
 * not recursive) or `-` (JSONL on stdin). Errors are items, named by file and line.
 */
export async function* readDocuments(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of inputs) {
    if (input === "-") {
      yield* readJsonl("-", options.stdin ?? process.stdin, maxBytes);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (err) {
      yield { error: { input, message: ioMessage(err) } };
      continue;
    }
    if (!isDirectory) {
      yield* readFileInput(input, maxBytes);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(input, { withFileTypes: true }))
        .filter((e) => !e.isDirectory() && DOCUMENT_FILES.has(extname(e.name).toLowerCase()))
        .map((e) => e.name)
        .sort();
    } catch (err) {
      yield { error: { input, message: ioMessage(err) } };
      continue;
    }
    for (const name of names) yield* readFileInput(join(input, name), maxBytes);
  }
}
