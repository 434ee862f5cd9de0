// The GUIDELINES JSONL shape (../shared/eval/GUIDELINES.md): one line per document, fields in a
// fixed order so that outputs diff cleanly, plus the people fields and provenance offsets.
import type { EventPerson, ExtractedEntity, ExtractedEvent, ExtractionResult } from "./types.ts";
import type { SourceError } from "./sources.ts";

function person(p: EventPerson) {
  return { key: p.key, name: p.name, country: p.country, office: p.office, resolved: p.resolved };
}

function event(e: ExtractedEvent) {
  return {
    sentence: e.sentence,
    type: e.type,
    subtype: e.subtype,
    source: e.source,
    target: e.target,
    negated: e.negated,
    uncertain: e.uncertain,
    date: e.date,
    location: e.location,
    sourcePeople: e.sourcePeople.map(person),
    targetPeople: e.targetPeople.map(person),
    sentenceIndex: e.sentenceIndex,
    start: e.start,
    end: e.end,
    ...(e.place ? { place: { name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon } } : {}),
  };
}

function entity(e: ExtractedEntity) {
  return {
    key: e.key,
    kind: e.kind,
    name: e.name,
    ...(e.country !== undefined ? { country: e.country } : {}),
    ...(e.office !== undefined ? { office: e.office } : {}),
    ...(e.resolved !== undefined ? { resolved: e.resolved } : {}),
  };
}

/** One JSONL line (without the newline) for a document's extraction. */
export function toJsonLine(result: ExtractionResult): string {
  return JSON.stringify({ id: result.id, events: result.events.map(event), entities: result.entities.map(entity) });
}

/** The stderr line for a document or file that could not be read or extracted. */
export function errorLine(error: SourceError): string {
  return `${error.input}: ${error.message.replace(/\s*\n\s*/g, " ")}`;
}
