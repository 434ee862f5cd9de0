// Coordinated predicates sharing one subject ("X denied A and accused B of C"), sentences of our
// own: the second verb phrase is an event of its own, its object is neither a list member nor a
// place of the first event, and the first conjunct's negation or modality stays in it.
// Expected: "TYPE SRC>TGT [neg] [@Location|@-]" (@- : no location); "!TYPE SRC>TGT": not extracted.
import { describe, expect, it } from "vitest";
import { check, describeEvents, type Row, run } from "./rules-spec.ts";

const TABLE: Record<string, readonly Row[]> = {
  // a capital after the second verb is that verb's object (the state), not a list member or a place
  "second predicate's object": [
    ["Qatar denied sending arms to Sudan and accused Abu Dhabi of lying.", ["AID QAT>SDN neg @-", "ACCUSE QAT>ARE"]],
    ["Estonia expelled a Russian diplomat and accused Moscow of espionage.", ["SANCTION EST>RUS", "ACCUSE EST>RUS"]],
    ["Britain summoned the Iranian envoy and condemned Tehran for the plot.", ["ACCUSE GBR>IRN"]],
    ["Chile recalled its ambassador from Caracas on Tuesday.", ["SANCTION CHL>VEN"]],
    // a list is still a list: no verb between its members
    ["Sweden sent humanitarian aid to Ukraine and Moldova.", ["AID SWE>UKR", "AID SWE>MDA"]],
    ["Sweden sent aid to Kenya and to Uganda.", ["AID SWE>KEN", "AID SWE>UGA"]],
    // a capital the first predicate is addressed to is no place of the second
    ["Japan protested to Beijing and demanded the release of its citizen.", ["ACCUSE JPN>CHN", "REQUEST JPN>- @-"]],
    // the place of the first event stays in its own conjunct
    ["Poland sent troops to Lithuania and held exercises in Latvia.", ["AID POL>LTU @Lithuania"]],
  ],
  // the first predicate's target search stops where the second predicate starts
  "first predicate's target": [
    ["Peru refused to sign the declaration and asked Bolivia for talks.", ["REQUEST PER>BOL", "!REJECT PER>BOL"]],
    ["Norway did not join the embargo and called for dialogue with Caracas.", ["!SANCTION NOR>VEN"]],
    ["Norway joined the embargo against Caracas.", ["SANCTION NOR>VEN"]],
  ],
  // negation and modality of the first conjunct end at a new finite verb
  "modality per conjunct": [
    ["Portugal said it would not meet the deadline and asked Brussels for more time.", ["REQUEST PRT>BEL"]],
    ["China rejected the report and accused Washington of meddling.", ["ACCUSE CHN>USA"]],
    // a bare verb shares the first conjunct's auxiliary and its negation
    ["Russia will not attack and invade Moldova.", ["ASSAULT RUS>MDA neg"]],
    ["Egypt did not send troops to Libya and did not join the force.", ["AID EGY>LBY neg"]],
  ],
  // "the two leaders" stand for their countries, but their personal ties are not ties between states
  "personal ties": [
    ["Macron wants to deepen personal ties with Chancellor Merz.", ["!COOPERATE FRA>DEU"]],
    ["Peru and Chile leaders met, hoping to forge close personal relations between the two leaders.", ["!COOPERATE PER>CHL"]],
    ["France wants to deepen economic ties with Germany.", ["COOPERATE FRA>DEU"]],
  ],
};

describe("coordinated predicates", () => {
  for (const [name, rows] of Object.entries(TABLE)) {
    it.each(rows.map(([s, e]) => [s, e] as const))(`${name}: %s`, (sentence, expected) => {
      const events = run(sentence);
      const got = describeEvents(events);
      for (const spec of expected) expect(check(events, spec), `${sentence}\n want ${spec}\n got ${got}`).toBe(!spec.startsWith("!"));
    });
  }
});
