// Hand-written document pairs for story detection (not from ../shared): paraphrases and copies
// that tell one story, and pairs about the same actors that tell different stories.
import type { StoryEvent } from "../../ingest/stages/story.ts";

export type PairDoc = Readonly<{ text: string; published: string | null; events: readonly StoryEvent[] }>;
export type StoryPair = Readonly<{ name: string; a: PairDoc; b: PairDoc }>;

const ev = (type: string, source: string, target: string | null): StoryEvent => ({ type, source, target });

export const SAME_STORY: readonly StoryPair[] = [
  {
    name: "paraphrase: Japan-Philippines access pact",
    a: { published: "2024-07-08", events: [ev("AGREE", "JPN", "PHL"), ev("CONSULT", "JPN", "PHL")], text:
      "Japan and the Philippines signed a reciprocal access agreement in Manila on Monday, allowing Japanese troops to train on Philippine soil. Defence Minister Minoru Kihara and his counterpart Gilberto Teodoro signed the pact after talks lasting two days. China's foreign ministry said the region did not need new military blocs." },
    b: { published: "2024-07-09", events: [ev("AGREE", "PHL", "JPN"), ev("ACCUSE", "CHN", "JPN")], text:
      "Tokyo and Manila sealed a defence pact on Monday that lets Japan's forces hold drills in the Philippines. The deal was inked by Japan's defence chief Minoru Kihara and Philippine Defence Secretary Gilberto Teodoro following two days of negotiations. Beijing criticised the accord, saying Asia had no need for military blocs." },
  },
  {
    name: "paraphrase: Ruto and Abiy on the Lamu corridor",
    a: { published: "2025-03-13", events: [ev("CONSULT", "ETH", "KEN"), ev("AGREE", "ETH", "KEN")], text:
      "Ethiopia's Prime Minister Abiy Ahmed met Kenyan President William Ruto in Nairobi on Thursday to discuss the Lamu port corridor, officials said. The two leaders agreed to speed up the $2.3 billion LAPSSET project and to open a second border crossing at Moyale by December." },
    b: { published: "2025-03-14", events: [ev("CONSULT", "KEN", "ETH"), ev("AGREE", "KEN", "ETH")], text:
      "Kenya's William Ruto hosted Ethiopian premier Abiy Ahmed on Thursday for talks on the Lamu corridor. According to officials in Nairobi, the pair pledged to fast-track the 2.3 billion dollar LAPSSET scheme and a new crossing point at Moyale before December." },
  },
  {
    name: "syndicated copy with a new headline and a trimmed paragraph",
    a: { published: "2025-01-20", events: [ev("SANCTION", "GBR", "IRN")], text:
      "Britain imposes sanctions on Iranian drone makers\n\nThe United Kingdom on Monday froze the assets of four Iranian companies it said supplied Shahed drones to Russia, the Foreign Office said. Foreign Secretary David Lammy said the measures targeted Qods Aviation Industries and three shipping firms. Tehran denied sending weapons for use in Ukraine." },
    b: { published: "2025-01-20", events: [ev("SANCTION", "GBR", "IRN")], text:
      "UK targets Iran drone suppliers\n\nThe United Kingdom on Monday froze the assets of four Iranian companies it said supplied Shahed drones to Russia, the Foreign Office said. Foreign Secretary David Lammy said the measures targeted Qods Aviation Industries and three shipping firms." },
  },
];

export const DIFFERENT_STORIES: readonly StoryPair[] = [
  {
    name: "same actors, drone strike vs prisoner swap",
    a: { published: "2025-05-02", events: [ev("ASSAULT", "RUS", "UKR")], text:
      "Russia launched 40 drones at Kharkiv overnight, injuring 12 people and damaging a power station, Ukrainian officials said on Friday. Mayor Ihor Terekhov said air defences shot down most of them." },
    b: { published: "2025-05-03", events: [ev("CONCEDE", "RUS", "UKR"), ev("CONCEDE", "UKR", "RUS")], text:
      "Russia and Ukraine exchanged 95 prisoners of war on Saturday in a deal brokered by the United Arab Emirates, President Volodymyr Zelensky said. The freed Ukrainian soldiers had been held since the fall of Mariupol." },
  },
  {
    name: "same type and actors, two strikes a week apart",
    a: { published: "2024-10-01", events: [ev("ASSAULT", "ISR", "LBN")], text:
      "Israel struck targets in southern Lebanon on Tuesday, killing three Hezbollah fighters near Nabatieh, the Lebanese health ministry said." },
    b: { published: "2024-10-08", events: [ev("ASSAULT", "ISR", "LBN")], text:
      "Israeli jets hit what the army called a weapons depot in the Bekaa valley near Baalbek on Monday. Lebanon's state news agency reported two civilians wounded." },
  },
  {
    name: "same leaders, summit vs phone call months later",
    a: { published: "2024-06-19", events: [ev("CONSULT", "RUS", "PRK"), ev("AGREE", "RUS", "PRK")], text:
      "Vladimir Putin and Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday, pledging mutual assistance if either country is attacked." },
    b: { published: "2024-11-12", events: [ev("CONSULT", "RUS", "PRK")], text:
      "Kim Jong Un spoke with Vladimir Putin by telephone on Tuesday about grain deliveries and a new bridge over the Tumen river, the Korean Central News Agency said." },
  },
];
