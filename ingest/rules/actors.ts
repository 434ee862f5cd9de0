// The extraction's own lexicon beside the gazetteer: titles that join a country word to a name
// ("Russian President Vladimir Putin"), head nouns that make a demonym an actor ("North Korean
// troops"), and descriptions that refer back to actors named before ("the two countries").

/** Forms the gazetteer leaves out because they are words in lowercase: matched in this case only. */
export const EXACT_FORMS: readonly { readonly text: string; readonly kind: "country" | "organization"; readonly key: string }[] = [
  { text: "US", kind: "country", key: "USA" },
  { text: "USA", kind: "country", key: "USA" },
];

/** Office words: "Defence Minister Sergey Shoygu", "the Russian leader". */
export const TITLES: readonly string[] = [
  "president", "vice president", "prime minister", "deputy prime minister", "premier", "chancellor",
  "leader", "king", "queen", "emir", "crown prince", "prince", "sultan", "sheikh", "ayatollah",
  "supreme leader", "foreign minister", "defence minister", "defense minister", "minister",
  "secretary", "secretary of state", "defense secretary", "defence secretary", "foreign secretary",
  "secretary-general", "secretary general", "ambassador", "envoy", "spokesman", "spokeswoman",
  "spokesperson", "general", "gen.", "colonel general", "colonel", "admiral", "marshal",
  "commander", "chief", "head", "governor", "mayor", "senator", "official", "officials",
  "armed forces minister", "counterpart", "deputy", "former", "top", "chief of staff",
  "chief of the general staff", "army chief", "commander-in-chief", "dictator", "ruler",
  "potus", "pm", "mr", "mr.", "mrs", "ms", "dr", "lt", "col", "colonel-general",
];

/** After a country word, the offices that make a role description of its head ("the Chilean
 *  president", "Iran's leader"): resolved to the holder at the date, by the titles below. */
export const HEAD_ROLE_WORDS: readonly string[] = ["president", "leader", "premier", "chancellor"];
/** The titles such a description may stand for, the word itself first: "the Iranian president" is
 *  the president before the supreme leader (see roleHolder in ../gazetteer/offices.ts). */
export const HEAD_TITLES: readonly string[] = ["president", "leader", "chairman", "chairman of the state affairs", "supreme leader", "general secretary"];

/** Nouns after a demonym or a country that act for the state. */
export const STATE_HEADS: readonly string[] = [
  "troops", "forces", "force", "military", "militaries", "army", "armies", "navy", "air force",
  "government", "authorities", "authority", "officials", "official", "leader", "leaders",
  "president", "prime minister", "ministry", "minister", "diplomats", "diplomat", "embassy",
  "soldiers", "jets", "warplanes", "aircraft", "drones", "drone", "missiles", "artillery", "tanks",
  "police", "regime", "administration", "parliament", "congress", "cabinet", "intelligence",
  "airline", "carrier", "navy", "coast guard", "units", "unit", "commander", "commanders",
  "specialists", "delegation", "envoy", "state", "side", "helicopters", "warships", "vessels",
];

/** Plural descriptions that stand for two countries named before ("the two countries"). They
 *  resolve to the two parties of the last event between two countries whose relation fits the
 *  description: any event for neutral words ("the two sides"), a cooperative one for words that
 *  say the two are partners ("both allies": two foes who just fought are not allies). */
export const PAIR_REFERENCES: readonly { readonly text: string; readonly partners?: true }[] = [
  { text: "the two countries" }, { text: "the two nations" }, { text: "both countries" }, { text: "both nations" },
  { text: "both sides" }, { text: "the two sides" }, { text: "the two states" }, { text: "both states" },
  { text: "the two neighbours" }, { text: "the two neighbors" },
  { text: "both the allies", partners: true }, { text: "the two allies", partners: true },
  { text: "both allies", partners: true }, { text: "the allies", partners: true },
  { text: "the two partners", partners: true }, { text: "both partners", partners: true },
  // "Ruto met Abiy in Nairobi. The two leaders agreed ...": the leaders stand for their countries
  { text: "the two leaders" }, { text: "both leaders" }, { text: "the two governments" }, { text: "both governments" },
  { text: "the two delegations" },
];

/** The quad classes (schema/plover.json) of events whose two parties a partner word may describe. */
export const PARTNER_CLASSES: readonly string[] = ["VERBAL_COOPERATION", "MATERIAL_COOPERATION"];

/** Singular descriptions for a country named before ("the country", "the Southeast Asian nation"). */
export const COUNTRY_REFERENCES: readonly string[] = ["country", "nation", "state", "kingdom", "republic"];

/** Pronouns for a person named before. */
export const PERSON_PRONOUNS: readonly string[] = ["he", "she", "his", "her", "him"];
