// The word lists of ../../ingest/rules/words.ts, each with sentences of our own whose events depend
// on it. Expectations (the language of rules-spec.ts) apply to the LAST sentence of the text; an
// empty list means it yields no event at all. `words` are list entries the rows use.
import { describe, expect, it } from "vitest";
import * as WORDS from "../../ingest/rules/words.ts";
import { segment } from "../../ingest/stages/segment.ts";
import { check, describeEvents, run } from "./rules-spec.ts";

type Row = readonly [text: string, expected: readonly string[]];
interface Table { readonly list: readonly string[]; readonly words: readonly string[]; readonly rows: readonly Row[] }

const SHELLED = "Algerian forces shelled Moroccan outposts on Sunday.";
const ACCUSED = "Iran accused Bahrain of harbouring saboteurs.";

const TABLE: Record<string, Table> = {
  // an armed subject's attack with no target named hits the source's adversary; armed forces advance
  MILITARY_NOUNS: { list: WORDS.MILITARY_NOUNS, words: ["drones", "troops", "units"], rows: [
    [`${SHELLED} On Monday Algerian drones struck a fuel depot.`, ["ASSAULT DZA>MAR"]],
    [`${SHELLED} On Monday Algerian troops advanced.`, ["ASSAULT DZA>MAR"]],
    [`${SHELLED} On Monday Algeria struck a defiant tone.`, []],
  ] },
  ADVANCE_GAP_WORDS: { list: WORDS.ADVANCE_GAP_WORDS, words: ["have", "steadily"], rows: [
    [`${SHELLED} Algerian units have steadily advanced.`, ["ASSAULT DZA>MAR"]],
  ] },
  ADVANCE_OBJECT_WORDS: { list: WORDS.ADVANCE_OBJECT_WORDS, words: ["the"], rows: [
    [`${SHELLED} Algeria advanced the talks.`, []],
  ] },
  FIGURATIVE_HIT_OBJECTS: { list: WORDS.FIGURATIVE_HIT_OBJECTS, words: ["snag", "record"], rows: [
    ["Sudanese jets hit a market in Chad.", ["ASSAULT SDN>TCD"]],
    ["Sudan hit a snag in Chad.", []],
    ["Sudanese tea sales hit a record in Chad.", []],
  ] },
  // the object of a verb of discussion or breach is a topic, not the subject's act
  TOPIC_VERB_STEMS: { list: WORDS.TOPIC_VERB_STEMS, words: ["debate", "violat"], rows: [
    ["Kenya imposed a blockade of Qatar.", ["COERCE KEN>QAT"]],
    ["Kenya's parliament debated the blockade of Qatar.", []],
    ["Chile signed a ceasefire agreement with Peru.", ["AGREE CHL>PER"]],
    ["Chile violated its ceasefire agreement with Peru.", []],
  ] },
  TOPIC_VERB_ENDINGS: { list: WORDS.TOPIC_VERB_ENDINGS, words: ["d", "ed"], rows: [] },
  INSTITUTION_NOUNS: { list: WORDS.INSTITUTION_NOUNS, words: ["police", "tribunal"], rows: [
    ["Police in Ankara arrested two Greek sailors.", ["COERCE TUR>GRC"]],
    ["A tribunal in Ankara jailed two Greek sailors.", ["COERCE TUR>GRC"]],
  ] },
  JOINT_WORDS: { list: WORDS.JOINT_WORDS, words: ["bilateral"], rows: [
    ["Thailand held drills near its border.", ["MOBILIZE THA>-"]],
    ["Thailand held bilateral drills.", ["!MOBILIZE THA>-"]],
  ] },
  JOINT_CONTEXT_WORDS: { list: WORDS.JOINT_CONTEXT_WORDS, words: ["combined"], rows: [
    ["Laos signed a defence pact with Vietnam in May. Laos will hold combined drills next year.", ["COOPERATE LAO>VNM unc"]],
  ] },
  PERSONAL_WORDS: { list: WORDS.PERSONAL_WORDS, words: ["personal"], rows: [
    ["Kenya and Uganda established diplomatic ties.", ["COOPERATE KEN>UGA"]],
    ["Kenya and Uganda established personal ties.", []],
  ] },
  ALLEGATION_NOUNS: { list: WORDS.ALLEGATION_NOUNS, words: ["accusations"], rows: [
    [`${ACCUSED} Bahrain dismissed the accusations as baseless.`, ["REJECT BHR>IRN"]],
    [`${ACCUSED} Bahrain dismissed the forecasts as baseless.`, []],
  ] },
  CONTROL_GAP_WORDS: { list: WORDS.CONTROL_GAP_WORDS, words: ["yesterday"], rows: [
    ["Turkey threatened yesterday to expel Dutch diplomats.", ["THREATEN TUR>NLD"]],
  ] },
  VERBS_AFTER_TO: { list: WORDS.VERBS_AFTER_TO, words: [], rows: [] },
  TARGET_KEEPING_AFTER_TO: { list: WORDS.TARGET_KEEPING_AFTER_TO, words: ["help"], rows: [
    ["Chad dispatched troops to help Niger.", ["AID TCD>NER"]],
  ] },
  THAT_CLAUSE_VERBS: { list: WORDS.THAT_CLAUSE_VERBS, words: ["declared", "warned"], rows: [
    ["Oman declared on Sunday that Yemen must free the crew.", ["REQUEST OMN>YEM"]],
    ["Peru warned that Bolivia must pay the debt.", ["REQUEST PER>BOL"]],
    ["Oman warned on Sunday that Yemen must free the crew.", ["REQUEST OMN>YEM"]],
  ] },
  DEMAND_SPEECH_VERBS: { list: WORDS.DEMAND_SPEECH_VERBS, words: ["reiterated"], rows: [
    ["Oman reiterated that Yemen must free the crew.", ["REQUEST OMN>YEM"]],
  ] },
  UNNAMED_COUNTRY_MODIFIERS: { list: WORDS.UNNAMED_COUNTRY_MODIFIERS, words: ["neighbouring"], rows: [
    ["Ethiopia has no plans to invade another neighbouring state.", ["ASSAULT ETH>- neg"]],
  ] },
  UNNAMED_COUNTRY_NOUNS: { list: WORDS.UNNAMED_COUNTRY_NOUNS, words: ["state"], rows: [] },
  COLLECTIVE_NOUNS: { list: WORDS.COLLECTIVE_NOUNS, words: ["round"], rows: [
    ["Chile and Peru staged a round of joint naval drills.", ["COOPERATE CHL>PER"]],
  ] },
  ARRIVAL_VERBS: { list: WORDS.ARRIVAL_VERBS, words: ["landed"], rows: [
    ["A Cuban cargo flight left Havana on Monday and landed in Caracas.", ["COOPERATE CUB>VEN @Caracas"]],
  ] },
  VICTIM_VERBS: { list: WORDS.VICTIM_VERBS, words: ["killed"], rows: [
    ["Three Malian soldiers killed in a Burkinabe raid.", ["ASSAULT BFA>MLI", "!ASSAULT MLI>BFA"]],
  ] },
  // an attribution after the clause names no actor of it
  SOURCE_NOUNS: { list: WORDS.SOURCE_NOUNS, words: ["source"], rows: [
    ["Sudan shelled Chadian border towns, a Qatari ministry source said.", ["ASSAULT SDN>TCD", "!ASSAULT SDN>QAT"]],
  ] },
  SPEECH_VERBS: { list: WORDS.SPEECH_VERBS, words: ["said"], rows: [
    ["Armenia shelled Azerbaijani posts, Russian officials said.", ["ASSAULT ARM>AZE", "!ASSAULT ARM>RUS"]],
  ] },
  INTENTION_NOUNS: { list: WORDS.INTENTION_NOUNS, words: ["plan"], rows: [
    ["Georgia's prime minister said its plan to expand trade with Armenia was on track.", ["COOPERATE GEO>ARM unc"]],
  ] },
  ADVERSARY_WORDS: { list: WORDS.ADVERSARY_WORDS, words: ["enemy"], rows: [
    [`${SHELLED} "The enemy shelled our villages again," a Moroccan commander said.`, ["ASSAULT DZA>MAR"]],
  ] },
  OCCUPATION_WORDS: { list: WORDS.OCCUPATION_WORDS, words: ["occupied"], rows: [
    ["Russia signed a deal with the regions of Georgia.", ["AGREE RUS>GEO"]],
    ["Russia signed a deal with the occupied regions of Georgia.", []],
  ] },
  OCCUPATION_COMPOUND_ENDS: { list: WORDS.OCCUPATION_COMPOUND_ENDS, words: ["held"], rows: [
    ["Russia signed a deal with the Russian-held regions of Georgia.", []],
  ] },
  PLACE_SUFFIXES: { list: WORDS.PLACE_SUFFIXES, words: ["province"], rows: [] },
  REFERENCE_HEADS: { list: WORDS.REFERENCE_HEADS, words: ["two"], rows: [] },
  CONTENT_MODIFIERS: { list: WORDS.CONTENT_MODIFIERS, words: ["new"], rows: [
    ["Canada issued threats of new sanctions against Iran.", ["THREATEN CAN>IRN", "!SANCTION CAN>IRN"]],
  ] },
  // a by-phrase after one of these is a third party, not the event's source
  MEDIATION_PARTICIPLES: { list: WORDS.MEDIATION_PARTICIPLES, words: ["hosted", "brokered"], rows: [
    ["Rwanda and Uganda held talks hosted by Qatar.", ["CONSULT RWA>UGA", "!CONSULT QAT>RWA"]],
    ["Talks between Iran and Chile, brokered by Oman, resumed on Sunday.", ["CONSULT IRN>CHL", "!CONSULT OMN>CHL"]],
  ] },
  ULTIMATUM_MODIFIERS: { list: WORDS.ULTIMATUM_MODIFIERS, words: ["a", "final"], rows: [
    ["Turkey handed Greece a final ultimatum.", ["THREATEN TUR>GRC"]],
  ] },
  COMPASS_WORDS: { list: WORDS.COMPASS_WORDS, words: ["southern"], rows: [
    ["Azerbaijani troops crossed into southern Armenia.", ["ASSAULT AZE>ARM"]],
  ] },
};

describe("word lists", () => {
  it("every exported list has a table entry", () => {
    const lists = Object.entries(WORDS).filter(([, v]) => Array.isArray(v)).map(([k]) => k).sort();
    expect(Object.keys(TABLE).sort()).toEqual(lists);
  });
  for (const [name, t] of Object.entries(TABLE)) {
    it(`${name}: lowercase, distinct, and holds the words its rows rely on`, () => {
      expect(t.list.length).toBeGreaterThan(0);
      expect(new Set(t.list).size).toBe(t.list.length);
      for (const w of t.list) expect(w, name).toBe(w.toLowerCase());
      for (const w of t.words) expect(t.list, `${name} lacks ${w}`).toContain(w);
    });
    if (t.rows.length === 0) continue;
    it.each(t.rows.map(([s, e]) => [s, e] as const))(`${name}: %s`, (text, expected) => {
      const sentences = segment(text);
      const events = run(text).filter((e) => e.sentenceIndex === sentences[sentences.length - 1]!.index);
      if (expected.length === 0) expect(describeEvents(events)).toBe("");
      for (const spec of expected) expect(check(events, spec), `${text}\n want ${spec}\n got ${describeEvents(events)}`).toBe(!spec.startsWith("!"));
    });
  }
});
