// English constructions the argument finder handles beyond single trigger rules, each with
// positive and negative sentences of our own. Expected: "TYPE SRC>TGT [neg|unc] [@Location]"
// (TGT "-" for none); "!TYPE SRC>TGT" means that event must NOT be extracted.
import { describe, expect, it } from "vitest";
import { check, describeEvents, type Row, run } from "./rules-spec.ts";

const TABLE: Record<string, readonly Row[]> = {
  // the governor of "the armed forces of X", "allies such as X", "the capital of X"
  "transparent heads": [
    ["Egypt opened talks with the armed forces of Sudan and Chad.", ["CONSULT EGY>SDN", "CONSULT EGY>TCD"]],
    ["Turkey will hold naval drills with its partners such as Azerbaijan and Pakistan.", ["COOPERATE TUR>AZE unc", "COOPERATE TUR>PAK unc"]],
    ["The Indian president visited the capital of Bhutan last week.", ["CONSULT IND>BTN @capital of Bhutan"]],
    ["Kenya held talks with the president of the football club.", []],
    ["Serbia could attack another post-Yugoslav state - such as Bosnia.", ["ASSAULT SRB>BIH unc"]],
    ["Serbia may be looking to invade another country as well.", ["ASSAULT SRB>- unc"]],
    ["Serbia attacked the rebels.", []],
    ["Ghana sent engineers to the occupied territory of Mali.", ["!AID GHA>MLI"]],
  ],
  // subjects: a bare first/second-person pronoun is the subject; "it"/"they" after speech stay anaphoric
  subjects: [
    ["As an analyst of Chinese strategy, I agree with Germany's assessment of France.", ["!AGREE CHN>DEU", "!AGREE DEU>CHN"]],
    ["Poland said it had expelled two Belarusian diplomats.", ["SANCTION POL>BLR", "!COERCE POL>BLR"]],
    ["Pakistan faced criticism from Prime Minister Narendra Modi and former President Joe Biden.", ["ACCUSE IND>PAK", "ACCUSE USA>PAK"]],
    ["After talks between Ghana and Togo, Nigeria's president criticised Benin.", ["ACCUSE NGA>BEN", "!ACCUSE TGO>BEN"]],
  ],
  // a clause opened by "as", "while", ... after a country ends the list it might extend
  "clause openers": [
    ["The row comes after a freeze in Norwegian funding for Malawi, as she urges both governments to talk.", ["!REQUEST MWI>NOR", "!REQUEST MWI>MWI"]],
    ["Germany sent aid to Chad as well as Niger last year.", ["AID DEU>TCD", "AID DEU>NER"]],
    ["Pakistan faced criticism from Germany, as well as Prime Minister Narendra Modi.", ["ACCUSE DEU>PAK", "ACCUSE IND>PAK"]],
    ["The vote comes as Peru and several lawmakers accuse Bolivian troops of crossing the border.", ["ACCUSE PER>BOL"]],
    ["The vote comes as lawmakers accuse Bolivian troops of crossing the border.", []],
  ],
  // passives without an auxiliary: the noun before a victim verb is its target, not its source
  "reduced passives": [
    ["There were 12 Malian soldiers killed in Niger on Sunday.", ["!ASSAULT MLI>NER"]],
    ["Three Indian sailors wounded near the Somali coast were flown home.", ["!ASSAULT IND>SOM"]],
    ["Malian soldiers killed 12 Nigerien troops near the border.", ["ASSAULT MLI>NER"]],
  ],
  // "X-Y talks": a hyphenated pair before a symmetric noun names both parties
  "hyphenated pairs": [
    ["The next round of Greece-Turkey talks was postponed.", ["CONSULT GRC>TUR"]],
    ["Greece's talks were postponed.", []],
  ],
  // a demonym right after a transitive trigger is its object's modifier, whatever the tagger says
  "demonym objects": [
    ["Egypt sought to purchase French advanced Rafale jets.", ["REQUEST EGY>FRA"]],
    ["Egypt sought to purchase advanced Rafale jets.", ["!REQUEST EGY>FRA"]],
  ],
  // a nominal assault with no target: the country its source last attacked in this document
  "adversary context": [
    ["Armenian forces shelled Azerbaijani villages on Monday. Since Armenia's 2020 offensive, talks have stalled.", ["ASSAULT ARM>AZE"]],
    ["Since Armenia's 2020 offensive, talks have stalled.", ["!ASSAULT ARM>AZE"]],
    ["Armenian forces shelled Azerbaijani villages on Monday. Georgia's offensive began a day later.", ["!ASSAULT GEO>AZE"]],
  ],
  // a suspension with no recipient named: the one other country in the sentence
  "suspension recipients": [
    ["Kenya is determined to keep fighting, its president said after Washington paused its military aid.", ["SANCTION USA>KEN"]],
    ["Washington paused its military aid on Monday.", []],
    ["Kenya and Somalia reacted after Washington paused its military aid.", ["!SANCTION USA>KEN", "!SANCTION USA>SOM"]],
  ],
  // "anti-X", "pro-X" describe a stance toward a country; a place in the attribution is not the event's
  "stances and attributions": [
    ["An anti-Iran blogger was attacked in Baku.", []],
    ["Chadian troops attacked Sudan's army on Monday.", ["ASSAULT TCD>SDN"]],
    ["Eritrean rebels shelled a border town, killing 12 people, aid officials in Nairobi said.", ["!ASSAULT ERI>KEN"]],
    ["Eritrean troops shelled the Ethiopian town of Zalambessa, killing 12 people, aid officials in Nairobi said.", ["ASSAULT ERI>ETH"]],
  ],
  // a demand's that-clause is what is demanded: its subject is the target, its act no event of its own
  "demanded content": [
    ["The UN repeated its demand that Israel lift the restrictions on Palestinian workers.", ["!CONCEDE ISR>PSE"]],
    ["Germany demanded that the rebels end their attacks on Mali.", ["!REQUEST DEU>MLI"]],
    ["Germany demanded that Mali release the journalists.", ["REQUEST DEU>MLI"]],
  ],
  // criticism of an act names its doer in a by-phrase; a quotation mark closes a list before its speaker
  "criticised acts": [
    ["Georgia condemned a visit by Russian officials to Abkhazia.", ["ACCUSE GEO>RUS"]],
    ["Georgia condemned a visit by tourists to Abkhazia.", []],
    ['"They keep shelling towns in Armenia," Prime Minister Narendra Modi said.', ["!ASSAULT IND>ARM"]],
  ],
  // commentary: a descriptive subject with "highlights/underscores/illustrates" asserts no new action
  commentary: [
    ["The Belgian backing of a Dutch-backed pause in aid to Mali highlights the complexity of the region.", []],
    ["Belgium paused its aid to Mali, which highlights the complexity of the region.", ["SANCTION BEL>MLI"]],
  ],
  // "the two countries" are this sentence's two countries when it names two
  // a mediator or host of an event between others is no party to it; a host who talks with a guest is
  mediators: [
    ["Rwanda and Uganda held talks hosted by Qatar.", ["CONSULT RWA>UGA", "!CONSULT QAT>RWA", "!CONSULT QAT>UGA"]],
    ["Rwanda and Uganda held talks mediated by Qatar.", ["CONSULT RWA>UGA", "!CONSULT QAT>RWA"]],
    ["Talks between Iran and Chile, brokered by Oman, resumed on Sunday.", ["CONSULT IRN>CHL", "!CONSULT OMN>IRN", "!CONSULT OMN>CHL"]],
    ["Turkey brokered a grain deal between Kenya and Tanzania.", ["AGREE KEN>TZA", "!AGREE TUR>KEN", "!AGREE TUR>TZA"]],
    ["Egypt and Qatar mediated a truce between Israel and Hamas.", ["!AGREE EGY>ISR", "!AGREE QAT>ISR"]],
    ["Qatar hosted talks with Egypt.", ["CONSULT QAT>EGY"]],
  ],
  "pair references": [
    ["Iran and Syria held talks. Canada later sanctioned both allies over arms shipments.", ["SANCTION CAN>IRN", "SANCTION CAN>SYR"]],
    ["Cuba threatened Chile, and Peru urged both countries to negotiate.", ["REQUEST PER>CUB", "REQUEST PER>CHL"]],
    ["Russia is well placed as far as its plan to improve relations with Laos is concerned.", ["COOPERATE LAO>RUS unc"]],
    ["Russia will hold drills with its allies such as Laos.", ["COOPERATE LAO>RUS unc", "!COOPERATE RUS>RUS"]],
    ["Brazil and Argentina signed a deal. Chile's president met Peru's leader in Lima, the first talks between the two countries in years.", ["CONSULT CHL>PER", "!CONSULT ARG>CHL", "!CONSULT BRA>PER"]],
  ],
  // verbs take companions after them; nominal events take sources inside their noun phrase
  "objects and nominals": [
    // after "say that", "thousands of X troops near ..." is the subject of the clause, not an object
    ["Reports say that hundreds of Malian soldiers near the border were attacked by Burkinabe militants.", ["ASSAULT BFA>MLI", "!ASSAULT MLI>BFA"]],
    ["Reports indicate that thousands of Malian soldiers near the border attacked Burkinabe militants.", ["ASSAULT MLI>BFA", "!ASSAULT BFA>MLI"]],
    // a speaker after a comma is no list member; "after X" with no verb opens no clause
    ["Ghana could contribute to a peacekeeping mission in Mali, a Nigerian defence ministry source said.", ["AID GHA>MLI unc", "!AID GHA>NGA"]],
    ["Chile, the largest exporter after Peru, will send troops to Haiti.", ["AID CHL>HTI unc", "!AID PER>HTI"]],
    ["Britain halted the supply of military aid to Kenya last month.", ["SANCTION GBR>KEN", "!AID GBR>KEN"]],
    ["Britain increased the supply of military aid to Kenya last month.", ["AID GBR>KEN", "!SANCTION GBR>KEN"]],
    ["Canada expressed support for pausing US military aid to Israel.", ["SANCTION USA>ISR", "!SANCTION CAN>ISR", "!AID USA>ISR"]],
    ["Britain's threats of sanctions on Iran unsettled markets.", ["THREATEN GBR>IRN", "!SANCTION GBR>IRN"]],
    ["The partnership with Japan could be a response, Vietnam's leader said.", ["!COOPERATE VNM>JPN"]],
    ["Brazil engaged in negotiations with Bolivia on Monday.", ["CONSULT BRA>BOL"]],
    ["Belarus deployed additional troops to Russia.", ["AID BLR>RUS", "!MOBILIZE BLR>-"]],
    ["Uganda ratified the pact, originally signed by Kenya in 2019.", ["AGREE KEN>UGA"]],
  ],
  // control verbs and demands: the complement is the content of the threat, agreement or demand
  "control and demands": [
    ["Hungary threatened on Monday to break relations with Serbia.", ["THREATEN HUN>SRB", "!SANCTION HUN>SRB"]],
    ["Egypt said on Tuesday that Libya must return the seized tanker.", ["REQUEST EGY>LBY"]],
    ["Analysts said that Libya must change course.", []],
    ["Oman demanded Friday that Yemen release the sailors.", ["REQUEST OMN>YEM"]],
    ["Italy agreed to lift the embargo on Libya.", ["AGREE ITA>LBY", "!CONCEDE ITA>LBY"]],
  ],
  // one event for a symmetric pair; cooperation named as an agreement's content is the agreement
  agreements: [
    ["Chile and Peru signed a treaty of friendship and cooperation.", ["AGREE CHL>PER", "!COOPERATE CHL>PER"]],
    ["Ghana and Togo signed a free-trade pact on Monday.", ["AGREE GHA>TGO", "!COOPERATE GHA>TGO"]],
    ["Ghana and Togo expanded trade with Benin.", ["COOPERATE GHA>BEN"]],
  ],
  // "they", participles and nominal attacks
  "anaphora and participles": [
    ["Estonia expelled two Russian diplomats, accusing them of spying.", ["SANCTION EST>RUS", "ACCUSE EST>RUS", "!ACCUSE RUS>EST"]],
    ["Kenyan forces held the line as they fought Somali troops.", ["ASSAULT KEN>SOM"]],
    ["Kim Jong Un and Vladimir Putin met in Vladivostok. They later began talks on arms.", ["CONSULT PRK>RUS"]],
    ["Analysts met in Vienna. They began talks on arms.", []],
    ["The aid went to Iraqi forces fighting Syrian troops near the border.", ["ASSAULT IRQ>SYR"]],
    ["The fighting stopped.", []],
    ["Georgia's army has been working to repel Russian attacks.", ["ASSAULT RUS>GEO"]],
    ["Several towns were nearly encircled by advancing Sudanese forces, Chad said.", ["!ASSAULT TCD>SDN"]],
    ["Chadian troops were nearly encircled by advancing Sudanese forces.", ["ASSAULT SDN>TCD"]],
    ["Armenian troops crossed into western Azerbaijan overnight.", ["ASSAULT ARM>AZE @Azerbaijan"]],
  ],
  locationsOfPossessors: [
    ["Fighting raged as Russian forces shelled positions in Ukraine's northeastern region of Sumy, across the border from Russia's Kursk region.", ["ASSAULT RUS>UKR @Sumy"]],
  ],
  // a threat noun after its verb's first object; its infinitive is the demanded content
  "ultimatums": [
    ["Ecuador had given Peru a deadline of May 2 to stop firing on Ecuadorian boats.", ["THREATEN ECU>PER", "!ASSAULT ECU>PER", "!ASSAULT PER>ECU"]],
    ["Chile handed Bolivia a final ultimatum.", ["THREATEN CHL>BOL"]],
    ["The deadline for Peru passed.", []],
  ],
  // criticism of an event named earlier in the sentence targets its actors; "joint" needs a partner
  "event references": [
    ["Japan and Australia began joint naval drills, despite China's condemnation of the drills.", ["ACCUSE CHN>JPN", "ACCUSE CHN>AUS", "COOPERATE AUS>JPN"]],
    ["China's condemnation of the weather worried markets.", []],
    ["Chile and Peru will hold joint naval drills next month.", ["COOPERATE CHL>PER unc", "!COOPERATE CHL>BOL"]],
    ["The pause in aid to Kenya, ordered by Danish Prime Minister Mette Frederiksen, drew protests.", ["SANCTION DNK>KEN"]],
  ],
  // possessive pronouns own nominal events; ", the <title>" opens a new subject
  "possessive pronouns": [
    ["Erdogan spoke on Monday. During his recent visit to Iraq, the Turkish president held talks with Iraqi leaders.", ["CONSULT TUR>IRQ @Iraq"]],
  ],
  // "the enemy" is the speaker's adversary in the document's attacks so far
  "the enemy": [
    ['Azerbaijan threatened Armenia with retaliation on Monday. "The enemy shelled our villages again," the Armenian defence minister said.', ["THREATEN AZE>ARM", "ASSAULT AZE>ARM"]],
    ['Chile and Peru held talks on Monday. "The enemy attacked our villages again," the Peruvian minister said.', ["!ASSAULT CHL>PER", "!ASSAULT PER>CHL"]],
  ],
  // an actor's own side is no target; the context may supply one
  "own side": [
    ["Kenya sent troops to Somalia in May. Although President William Ruto has rejected sending more soldiers, those close to him expect it.", ["AID KEN>SOM neg", "!AID KEN>KEN"]],
  ],
  // modality cues reach across noun-phrase coordination, not across clauses
  modality: [
    ["Iran is going to conduct joint naval and air force exercises with Oman.", ["COOPERATE IRN>OMN unc"]],
    ["Iran will host the talks, and Oman attacked Yemen.", ["ASSAULT OMN>YEM"]],
  ],
  // arrivals: a flight reaching a capital is a transport link; troops arriving are no visit
  arrivals: [
    ["The first flight, operated by Turkish carrier Pegasus, left Ankara on Monday and arrived in Baku eight hours later.", ["COOPERATE TUR>AZE @Baku"]],
    ["A first contingent of Nepali troops arrived in Lebanon on Tuesday.", ["!CONSULT NPL>LBN"]],
    ["Indian Prime Minister Narendra Modi arrived in Tokyo on Saturday.", ["CONSULT IND>JPN"]],
  ],
  // the most specific place in a locative phrase of the event's clause
  locations: [
    ["Russian drones struck an energy facility overnight in Ukraine's second city, Kharkiv.", ["ASSAULT RUS>UKR @Kharkiv"]],
    ["Chad sent troops to Niger on Monday.", ["AID TCD>NER @Niger"]],
    ["Serbia shipped ammunition to Hungary.", ["AID SRB>HUN"]],
    ["Putin flew from Moscow to Pyongyang to meet Kim Jong Un.", ["CONSULT RUS>PRK @Pyongyang"]],
  ],
  // the object of a verb of discussion or judgement is a topic: its event is not the subject's act
  "topic objects": [
    ["Finland discussed the invasion of Ukraine with Sweden.", ["!ASSAULT FIN>UKR"]],
    ["Dutch lawmakers debated the sanctions on Iran.", ["!SANCTION NLD>IRN"]],
    ["Brazil discussed a trade deal with Argentina.", ["!AGREE BRA>ARG"]],
    ["Norway praised the peace deal with Colombia.", ["!AGREE NOR>COL"]],
    ["India signed a trade deal with Britain.", ["AGREE IND>GBR"]],
    ["Britain announced new sanctions on Iran.", ["SANCTION GBR>IRN"]],
    ["Sudan and Chad accused each other of violating the border truce.", ["ACCUSE SDN>TCD", "!AGREE SDN>TCD"]],
    ["Sudan and Chad signed a border truce.", ["AGREE SDN>TCD"]],
  ],
  // the speaker of an attribution after a comma is never the target of the reported act
  "attributed speakers": [
    ["Pakistan fired two short-range ballistic missiles into the sea, India's army said.", ["!ASSAULT PAK>IND", "MOBILIZE PAK>-"]],
    ["Pakistan fired two missiles at India on Monday, Indian officials said.", ["ASSAULT PAK>IND"]],
  ],
  // criticism of an act is aimed at its doer, never at its victim
  "criticised victims": [
    ["France condemned Russia's strikes on Kyiv.", ["ACCUSE FRA>RUS", "!ACCUSE FRA>UKR"]],
    ["Spain condemned the invasion of Ukraine.", ["!ACCUSE ESP>UKR"]],
    ["Poland accused Russia of the sabotage of its railways.", ["ACCUSE POL>RUS"]],
    ["Chile criticised Peru over the expulsion of its diplomats.", ["ACCUSE CHL>PER"]],
  ],
};

describe("constructions", () => {
  for (const [name, rows] of Object.entries(TABLE)) {
    it.each(rows.map(([s, e]) => [s, e] as const))(`${name}: %s`, (sentence, expected) => {
      const events = run(sentence);
      const got = describeEvents(events);
      for (const spec of expected) expect(check(events, spec), `${sentence}\n want ${spec}\n got ${got}`).toBe(!spec.startsWith("!"));
      if (expected.length === 0) expect(events, got).toEqual([]);
    });
  }
});
