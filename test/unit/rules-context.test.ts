// Events whose actors come from earlier sentences of the document, checked sentence by sentence:
// "TYPE SRC>TGT" must be extracted from the LAST sentence of the text; "!TYPE SRC>TGT" must not;
// an empty list means the last sentence yields no event at all. Sentences are our own.
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../ingest/stages/extract.ts";
import { segment } from "../../ingest/stages/segment.ts";

type Row = readonly [text: string, expected: readonly string[]];
const TABLE: Record<string, readonly Row[]> = {
  // an assault with a source but no target: the country its source has been attacking in this document
  "the source's adversary": [
    ["Armenian forces shelled Azerbaijani villages on Monday. Armenia is advancing, officials said.", ["ASSAULT ARM>AZE"]],
    ["Armenian forces shelled Azerbaijani villages on Monday. Two days later Armenian drones struck civilian areas of the city.", ["ASSAULT ARM>AZE"]],
    ["Armenian forces shelled Azerbaijani villages on Monday. Since Armenia's 2020 offensive, talks have stalled.", ["ASSAULT ARM>AZE"]],
    ["Armenia is advancing, officials said.", []],
    // only a country or its forces advance, and only an armed subject's verb takes the adversary
    ["Armenian forces shelled Azerbaijani villages on Monday. Armenia's economy advanced 2 percent last year.", []],
    ["Armenian forces shelled Azerbaijani villages on Monday. Armenian stocks advanced on Tuesday.", []],
    ["Armenian forces shelled Azerbaijani villages on Monday. Armenia hit back at critics of the plan.", []],
    ["Armenian forces shelled Azerbaijani villages on Monday. The Armenian army hit a record recruitment level.", []],
    ["Armenian forces shelled Azerbaijani villages on Monday. Armenia struck a deal with Georgia.", ["!ASSAULT ARM>AZE"]],
    ["Armenian forces shelled Azerbaijani villages on Monday. Georgia's offensive began a day later.", ["!ASSAULT GEO>AZE"]],
  ],
  // a new nominal assault with no actor, at a place of a country one actor has been attacking
  "unattributed assaults": [
    ["Armenian forces shelled Azerbaijani villages on Monday. Ganja was subjected to heavy shelling overnight.", ["ASSAULT ARM>AZE"]],
    ["Ganja was subjected to heavy shelling overnight.", []],
    ["Armenian forces shelled Azerbaijani villages on Monday. Heavy shelling was reported in Tbilisi.", []],
  ],
  // a noun event naming its target but not its source restates the last such event against that target
  "restated nominal events": [
    ["Egypt sent engineers to Sudan in March. The deployment is meant as support for Sudanese forces rebuilding bridges.", ["AID EGY>SDN"]],
    ["The mission is meant as support for Sudanese forces rebuilding bridges.", []],
    ["Brazil sent engineers to Haiti in March. The deployment is meant as support for Sudanese forces rebuilding bridges.", ["!AID BRA>SDN"]],
  ],
  // "condemned the attack": a definite noun event with no actors of its own, the object of criticism,
  // is the last event of its type in the three sentences before; the critic is not its own target
  "criticised earlier events": [
    ["Armenian artillery hit the Azerbaijani town of Tartar on Monday. Azerbaijan condemned the attack.", ["ACCUSE AZE>ARM"]],
    ["Chile and Bolivia signed a gas accord on Monday. Peru criticised the accord, officials said.", ["ACCUSE PER>CHL", "ACCUSE PER>BOL"]],
    ["Gunmen attacked a bus near the capital. Kenya condemned the attack.", []],
    ["Armenian artillery hit the Azerbaijani town of Tartar. Talks stalled. Prices rose. Markets fell. Azerbaijan condemned the attack.", []],
    ["Armenian artillery hit the Azerbaijani town of Tartar on Monday. France condemned the attack.", ["ACCUSE FRA>ARM", "!ACCUSE FRA>AZE"]],
  ],
  // "dismissed the allegations": the last accusation made against the source
  "rejected accusations": [
    ["Russia accused Estonia of spying on its navy. Estonia dismissed the allegations as absurd.", ["REJECT EST>RUS"]],
    ["Estonia dismissed the allegations as absurd.", []],
    ["Russia accused Estonia of spying on its navy. Latvia dismissed the allegations as absurd.", ["!REJECT LVA>RUS"]],
  ],
  // "the two sides", "both countries": the two parties of the last event between two countries (a
  // host or mediator named after them is not one), else the last two countries named
  "pair references": [
    ["Armenian and Azerbaijani negotiators met in Almaty on Monday, hosted by Kazakhstan. The two sides agreed to draft a peace text.", ["AGREE ARM>AZE", "!AGREE KAZ>AZE", "!AGREE KAZ>ARM"]],
    ["Indian and Pakistani officials held talks in Jeddah, mediated by Saudi Arabia. Both sides agreed to a ceasefire.", ["AGREE IND>PAK", "!AGREE SAU>PAK"]],
    ["Chile signed a trade pact with Peru, witnessed by Brazil and Argentina. The two countries agreed to cut tariffs.", ["AGREE CHL>PER", "!AGREE BRA>ARG"]],
    ["Ghanaian President John Mahama met Togolese officials in Accra. The two leaders agreed to reopen the border.", ["AGREE GHA>TGO"]],
    ["Ghana's president spoke to reporters. Both leaders agreed to reopen the border.", []],
    // no event between two countries before: the last two countries named
    ["Chile and Peru have long disputed their border. The two countries agreed to talks.", ["AGREE CHL>PER"]],
    // an event six sentences back no longer decides
    ["Chile signed a trade pact with Peru. Trade grew. Prices fell. Exports rose. Markets rallied. Bolivia and Paraguay then objected. The two countries agreed to talks.", ["AGREE BOL>PRY", "!AGREE CHL>PER"]],
    // a partner word ("both allies", "the two partners") fits only the parties of a cooperative event;
    // a neutral one ("the two sides") takes the last event whatever it was
    ["Norway and Iceland signed a fisheries accord in May. Later, Russian jets bombed a Georgian depot. Denmark urged both allies to expand their patrols.", ["REQUEST DNK>NOR", "REQUEST DNK>ISL", "!REQUEST DNK>RUS", "!REQUEST DNK>GEO"]],
    ["Norway and Iceland signed a fisheries accord in May. Later, Russian jets bombed a Georgian depot. Denmark urged the two sides to expand their patrols.", ["REQUEST DNK>RUS", "REQUEST DNK>GEO", "!REQUEST DNK>NOR"]],
    // no cooperative event before: the last two countries named, not the attacker and its victim
    ["Russian jets bombed a Georgian depot on Tuesday. Officials in Kazakhstan and Uzbekistan followed the news closely. Turkey urged both allies to stay neutral.", ["REQUEST TUR>KAZ", "REQUEST TUR>UZB", "!REQUEST TUR>RUS", "!REQUEST TUR>GEO"]],
    ["Russian jets bombed a Georgian depot on Tuesday. Officials in Kazakhstan and Uzbekistan followed the news closely. Turkey urged both sides to stay calm.", ["REQUEST TUR>RUS", "REQUEST TUR>GEO", "!REQUEST TUR>KAZ"]],
    ["Japan and Australia held joint naval drills. The two partners agreed to extend them.", ["AGREE JPN>AUS"]],
  ],
};

const SYMMETRIC = new Set(["AGREE", "CONSULT", "COOPERATE"]);

describe("context across sentences", () => {
  for (const [name, rows] of Object.entries(TABLE)) {
    it.each(rows.map(([t, e]) => [t, e] as const))(`${name}: %s`, (text, expected) => {
      const sentences = segment(text);
      const last = sentences[sentences.length - 1]!.index;
      const events = extractEvents({ id: "t", text, published: "2025-03-05" }, sentences).events.filter((e) => e.sentenceIndex === last);
      const got = events.map((e) => `${e.type} ${e.source}>${e.target ?? "-"}`);
      if (expected.length === 0) expect(got).toEqual([]);
      for (const spec of expected) {
        const want = spec.replace(/^!/, "");
        // symmetric types have no direction
        const [type, pair] = want.split(" ");
        const flipped = SYMMETRIC.has(type!) ? `${type} ${pair!.split(">").reverse().join(">")}` : want;
        expect(got.includes(want) || got.includes(flipped), `${text}\n want ${spec}\n got ${got.join(", ")}`).toBe(!spec.startsWith("!"));
      }
    });
  }
});
