// Word lists the construction rules of ../stages consult beside the triggers: which nouns are armed
// forces, which verbs take a topic rather than an act, which objects make "hit" figurative. Each
// list says why it exists; test/unit/rules-words.test.ts holds sentences that depend on each one.
// Words are lowercase single tokens as ../stages/tokens.ts splits them, compared whole.

/** Nouns for armed forces. An attack verb with one of them among the four words before it is an
 *  armed act, so an attack with no target named is aimed at the source's adversary in the document
 *  ("Azeri drones struck a depot"); "advanced" after one is a military advance ("the troops advanced"). */
export const MILITARY_NOUNS: readonly string[] = [
  "troops", "forces", "army", "military", "soldiers", "units", "brigades", "battalions", "drones",
  "jets", "warplanes", "aircraft", "missiles", "artillery", "tanks", "navy", "warships", "militants",
  "fighters",
];

/** What follows "hit" in its figurative uses ("hit a record", "hit a snag"): no attack. */
export const FIGURATIVE_HIT_OBJECTS: readonly string[] = [
  "record", "high", "highs", "low", "lows", "peak", "milestone", "snag", "wall", "stride", "jackpot",
  "headlines",
];

/** Verb stems whose object is a topic, not the subject's own act: "debated the blockade of Qatar"
 *  is no blockade by the debater; "violated the truce" is no agreeing. With TOPIC_VERB_ENDINGS. */
export const TOPIC_VERB_STEMS: readonly string[] = [
  "discuss", "debate", "review", "examine", "study", "weigh", "mull", "welcome", "praise", "hail",
  "condemn", "denounce", "criticise", "criticize", "deplore", "decry", "oppose", "question", "assess",
  "analyse", "analyze", "investigate", "monitor", "commemorate", "mark", "recall", "remember", "mourn",
  "violat", "breach", "undermin",
];
/** The inflections a topic verb stem may carry ("weighs", "mulled", "undermining"). */
export const TOPIC_VERB_ENDINGS: readonly string[] = ["e", "es", "ed", "d", "s", "ing"];

/** A state body "in <country or capital>" acts for that state: "a tribunal in Lima ordered ...". */
export const INSTITUTION_NOUNS: readonly string[] = [
  "court", "courts", "police", "authorities", "government", "parliament", "prosecutors", "tribunal",
  "judge", "judges",
];

/** Words before an exercise trigger that make it done with partners (cooperation), not a show of force. */
export const JOINT_WORDS: readonly string[] = ["joint", "combined", "bilateral", "trilateral"];
/** Words that make a one-actor cooperative trigger take its partners from context ("will hold joint drills"). */
export const JOINT_CONTEXT_WORDS: readonly string[] = ["joint", "combined"];

/** Before a relation noun, ties between people rather than states ("a warm personal rapport"). */
export const PERSONAL_WORDS: readonly string[] = ["personal", "private"];

/** Objects of a rejection that refer back to an accusation ("dismissed the charges"). */
export const ALLEGATION_NOUNS: readonly string[] = ["allegations", "accusations", "claims", "charges"];

/** Words that may stand between the subject and "advanced" (auxiliaries, manner adverbs). */
export const ADVANCE_GAP_WORDS: readonly string[] = [
  "is", "are", "was", "were", "has", "have", "had", "been", "continue", "continued", "continues", "to",
  "steadily", "further", "rapidly", "slowly", "also", "reportedly",
];
/** After "advanced", words that make it transitive or adjectival ("advanced the talks", "advanced
 *  weapons"): no military advance. */
export const ADVANCE_OBJECT_WORDS: readonly string[] = [
  "the", "a", "an", "its", "their", "his", "her", "this", "that", "plan", "plans", "talks", "weapon",
  "weapons", "system", "systems",
];

/** Time and manner words that may stand between a control verb and its "to" ("vowed on Friday to"). */
export const CONTROL_GAP_WORDS: readonly string[] = [
  "today", "yesterday", "tonight", "again", "also", "now", "on", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "last", "this", "week", "repeatedly", "publicly",
  "formally", "reportedly",
];

/** After an infinitive "to", verbs that also spell a companion noun ("permission to Chad to aid
 *  Niger"): there they are verbs, not the companion. */
export const VERBS_AFTER_TO: readonly string[] = ["help", "support", "aid", "fund", "supply", "assist", "arm", "back"];

/** After "to", words that carry a trigger's target search on past a new infinitive ("sent medics
 *  to help Haiti": Haiti is still the recipient), where another verb ("to stop ...") would end it. */
export const TARGET_KEEPING_AFTER_TO: readonly string[] = ["help", "assist", "support", "behalf", "fight", "including"];

/** Verbs that may open a that-clause with "must/should" besides the speech verbs ("insisted that
 *  Oman should ..."); DEMAND_SPEECH_VERBS of them make it a demand by the speaker. */
export const THAT_CLAUSE_VERBS: readonly string[] = ["declared", "reiterated", "insisted", "stressed", "warned"];
export const DEMAND_SPEECH_VERBS: readonly string[] = ["declared", "reiterated"];

/** Modifiers of an unnamed country as a trigger's object ("attack another neighbouring state"). */
export const UNNAMED_COUNTRY_MODIFIERS: readonly string[] = ["post", "soviet", "neighbouring", "neighboring", "european", "nato", "member"];
/** The heads of such an object. */
export const UNNAMED_COUNTRY_NOUNS: readonly string[] = ["country", "nation", "state"];

/** Nouns of a quantity before "of" that leave the noun after it governed by the verb before them
 *  ("staged a round of joint drills"). */
export const COLLECTIVE_NOUNS: readonly string[] = ["series", "number", "round", "set", "wave", "string", "couple"];

/** Verbs of arriving: "... and landed in Minsk" names where a movement went. */
export const ARRIVAL_VERBS: readonly string[] = ["arrived", "arrives", "arriving", "landed", "lands"];

/** Verbs whose bare participle after a noun names victims ("three Malian soldiers wounded in the raid"). */
export const VICTIM_VERBS: readonly string[] = ["killed", "wounded", "injured"];

/** Nouns of a source before a speech verb: "..., a Qatari ministry source said" attributes, it lists no actor. */
export const SOURCE_NOUNS: readonly string[] = [
  "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "diplomat",
  "diplomats", "minister", "ministry", "statement", "media", "agency",
];

/** Nouns of intent after "its ... to": "its bid to join the bloc" is the country named before. */
export const INTENTION_NOUNS: readonly string[] = [
  "plan", "plans", "bid", "effort", "efforts", "decision", "attempt", "attempts", "intention", "readiness",
  "willingness", "refusal", "move",
];

/** After "the": the speaker's adversary ("the enemy shelled our positions"). */
export const ADVERSARY_WORDS: readonly string[] = ["enemy", "enemy's", "adversary"];

/** Modifiers that make a territory held by someone else ("the occupied areas of Georgia"): not its side. */
export const OCCUPATION_WORDS: readonly string[] = ["occupied", "held", "annexed", "controlled", "seized", "captured"];
/** The same as the end of a compound ("the Armenian-held villages"). */
export const OCCUPATION_COMPOUND_ENDS: readonly string[] = ["occupied", "held", "controlled"];

/** Verbs of saying: a phrase before one is a speaker (an attribution), not an actor of the clause;
 *  its object is no target ("told Chad"). */
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "say", "told", "stated", "added", "announced", "reported", "claimed", "claim", "claims",
  "noted", "believes", "believe", "confirmed", "indicated", "indicating", "warned", "argued", "insisted",
  "suggested", "highlighted", "according", "thinks", "think", "saying", "citing", "signaled", "signalled",
  "expects", "stressed", "wrote", "explained",
];

/** Words after a place name that belong to it ("the Tavush region", "Zaporizhzhia oblast"). */
export const PLACE_SUFFIXES: readonly string[] = ["region", "oblast", "province", "front", "city", "area"];

/** After "the", words that may start a reference to an actor named before ("the two sides", "the
 *  nation", "the bloc", "the enemy"): a sentence with one is worth analysing even with no name in it. */
export const REFERENCE_HEADS: readonly string[] = ["two", "country", "nation", "state", "kingdom", "republic", "alliance", "bloc", "enemy"];

/** Modifiers between a threat or demand noun's "of" and the act it contains ("threats of further
 *  sanctions"): the act is the threat's content, not an event of its own. */
export const CONTENT_MODIFIERS: readonly string[] = ["new", "more", "further", "large", "scale"];

/** Compass words that may stand inside a place or actor phrase ("into southern Armenia"). */
export const COMPASS_WORDS: readonly string[] = [
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
  "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
];

/** Participles of a third party's part in an event between others ("talks mediated by Oman", "a
 *  truce brokered by Egypt", "a summit hosted by Kenya"): their by-phrase is no party to the event. */
export const MEDIATION_PARTICIPLES: readonly string[] = ["mediated", "brokered", "hosted", "facilitated"];

/** Words between a verb's first object and a threat noun ("handed Chad a stern ultimatum"): the
 *  object is the threat's target. Adjectives count too, by their tag. */
export const ULTIMATUM_MODIFIERS: readonly string[] = ["a", "an", "the", "new", "final", "fresh", "firm", "stern", "strong"];
