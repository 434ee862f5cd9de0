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

/** Plural descriptions that stand for the two countries named last ("the two countries"). */
export const PAIR_REFERENCES: readonly string[] = [
  "the two countries", "the two nations", "both countries", "both nations", "both sides",
  "the two sides", "the two states", "both states", "both the allies", "the two allies",
  "both allies", "the two neighbours", "the two neighbors", "the allies",
  // "Ruto met Abiy in Nairobi. The two leaders agreed ...": the leaders stand for their countries
  "the two leaders", "both leaders", "the two governments", "both governments", "the two delegations",
];

/** Singular descriptions for a country named before ("the country", "the Southeast Asian nation"). */
export const COUNTRY_REFERENCES: readonly string[] = ["country", "nation", "state", "kingdom", "republic"];

/** Pronouns for a person named before. */
export const PERSON_PRONOUNS: readonly string[] = ["he", "she", "his", "her", "him"];
