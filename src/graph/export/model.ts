// The graph model as data for exports: which labels are exported, the key that identifies each,
// and the relationship types. Labels and types in generated Cypher come only from these lists.

/** Labels that own a node, in export order, with the property that identifies it (schema/graph.md). */
export const NODE_KEYS = {
  // Countries and organizations share the Actor key (a country's key is its code).
  Actor: "key",
  Person: "key",
  Place: "key",
  Event: "id",
  Document: "id",
  Sentence: "id",
  Story: "id",
} as const;

export type PrimaryLabel = keyof typeof NODE_KEYS;
export const PRIMARY_LABELS = Object.keys(NODE_KEYS) as PrimaryLabel[];

/** Every label a node may carry. */
export const LABELS = [...PRIMARY_LABELS, "Country", "Organization", "VerbalCooperation", "MaterialCooperation", "VerbalConflict", "MaterialConflict"] as const;
export type Label = (typeof LABELS)[number];

export const REL_TYPES = [
  "SOURCE", "TARGET", "AT", "STATES", "PART_OF", "IN_STORY", "SAME_STORY_AS",
  "ACTED_IN", "HOLDS_OFFICE", "IN", "MEMBER_OF", "RELATION",
] as const;
export type RelType = (typeof REL_TYPES)[number];

export function isLabel(v: string): v is Label {
  return (LABELS as readonly string[]).includes(v);
}

export function isRelType(v: string): v is RelType {
  return (REL_TYPES as readonly string[]).includes(v);
}

/** The label a node is keyed by: the first of PRIMARY_LABELS it carries. */
export function primaryLabel(labels: readonly string[]): PrimaryLabel | null {
  return PRIMARY_LABELS.find((l) => labels.includes(l)) ?? null;
}

/** A stable id that survives a re-import: `Actor:RUS`, `Event:9f2c...`. */
export function nodeId(label: PrimaryLabel, key: string): string {
  return `${label}:${key}`;
}

/** Splits a node id back into its label and key (keys may contain ':', labels never do). */
export function parseNodeId(id: string): { label: PrimaryLabel; key: string } {
  const at = id.indexOf(":");
  const label = id.slice(0, at);
  if (at < 1 || !(label in NODE_KEYS)) throw new Error(`not an Entente node id: ${id}`);
  return { label: label as PrimaryLabel, key: id.slice(at + 1) };
}
