// Event triggers as data. A rule fires on one of its `words` (token sequences, every inflected
// form listed) and, when `with` is given, only if one of those words is within `window` tokens
// (the object noun of "impose sanctions", "send troops", "strengthen ties"). Arguments are found
// by the generic finder in ../stages/arguments.ts from the clues each rule gives:
// - targetPreps: prepositions that introduce the target after the trigger ("sanctions on X");
// - object: the direct object of an active verb is the target ("attacked X");
// - companionTarget: a demonym or possessive on the companion noun is the target
//   ("expelled two British diplomats", "arrested Palestinian activists");
// - inverse: the actor in a `from` phrase is the source and the subject the target
//   ("X faced criticism from Y");
// - movement: a place after to/into is a destination: target its country, location the place.
// Every rule carries positive and negative sentences of its own (test/unit/rules.test.ts):
// "TYPE SRC>TGT" (TGT "-" for none), optionally followed by "neg" or "unc".
import type { PloverType } from "../types.ts";

export interface TriggerRule {
  readonly id: string;
  readonly type: PloverType;
  readonly subtype: string;
  readonly words: readonly string[];
  readonly pos?: "verb" | "noun";
  readonly with?: { readonly words: readonly string[]; readonly window: number };
  readonly targetPreps?: readonly string[];
  readonly object?: boolean;
  readonly companionTarget?: boolean;
  readonly inverse?: boolean;
  readonly movement?: boolean;
  /** ASSAULT-like: with no target named, a place of another country in the clause is the target. */
  readonly placeTarget?: boolean;
  /** The target may come from a recent event of the same source in the document. */
  readonly contextTarget?: boolean;
  /** Sent "into" a country rather than "to" it: an invasion ("sent troops into Ukraine"). */
  readonly into?: readonly [PloverType, string];
  /** "the deployment of Kenyan police": the of-phrase of the noun is its source. */
  readonly ofSource?: boolean;
  /** "a shipment of wheat from Ukraine to Egypt": the from-phrase is the source. */
  readonly fromSource?: boolean;
  /** A verb with an infinitive complement ("threatened to break ties with X", "agreed to lift
   *  sanctions on X", "urged X to leave"): the complement's act is this event's content, not an
   *  event of its own; the target is the complement's target or its first actor. */
  readonly control?: boolean;
  /** "joint drills" with no partner named: the partners of the source's last cooperative event. */
  readonly jointContext?: boolean;
  /** Between two named persons the act is verbal, of this type: "Trump clashed with Zelensky" is a
   *  row, not a battle, while "troops clashed with rebels" is fighting. */
  readonly personal?: readonly [PloverType, string];
  /** The trigger ends with "that": the subject of the that-clause is the target ("claimed that X ..."). */
  readonly thatSubject?: boolean;
  /** Fires only with an actor right after the trigger and then one of these words: "wants Iran to
   *  leave" (not "wants to leave"), "warned Chad of sanctions". The actor is the target. */
  readonly actorThen?: readonly string[];
  /** A mutual act ("traded fire"): each party does it to the other, so one event each way, whether
   *  the parties are coordinated ("X and Y traded fire") or the other follows ("traded fire with Y"). */
  readonly mutual?: boolean;
  /** Besides its words, a bare plural demonym is a companion ("freed three Americans"): people of a
   *  country, which is then the target. */
  readonly demonymCompanion?: boolean;
  readonly examples: readonly (readonly [string, string])[];
}

/** Regular verb forms: "attack" -> attack, attacks, attacked, attacking. */
export function verb(lemma: string, past?: string, participle?: string, ing?: string): string[] {
  const e = lemma.endsWith("e");
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + "es" : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + "ies" : lemma + "s";
  const ed = past ?? (e ? lemma + "d" : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + "ied" : lemma + "ed");
  const forms = [lemma, s, ed, participle ?? ed, ing ?? (e && !lemma.endsWith("ee") ? lemma.slice(0, -1) + "ing" : lemma + "ing")];
  return [...new Set(forms)];
}
const nouns = (...w: string[]): string[] => w.flatMap((x) => (x.endsWith("s") ? [x] : [x, x + "s"]));

const TROOPS = ["troops", "soldiers", "forces", "contingent", "personnel", "contractors", "units", "peacekeepers", "engineers", "mercenaries", "workers", "battalions", "brigades", "specialists", "advisers", "advisors", "instructors"];
const ARMS = ["arms", "weapons", "missiles", "equipment", "ammunition", "tanks", "shells", "vehicles", "drones", "jets", "aircraft", "munitions", "artillery", "rockets", "systems", "hardware"];
const AID_NOUNS = ["aid", "assistance", "support", "supplies", "help", "funding", "loans", "loan", "grant", "grants", "money", "funds", "food", "fuel", "vaccines", "intelligence"];
const TIES = ["ties", "relations", "relationship", "cooperation", "alliance", "partnership", "bond", "bonds", "links", "friendship", "collaboration", "trade"];
const SUSPENDED = ["visit", "visits", "trip", "summit", "aid", "assistance", "support", "supplies", "intelligence", "sharing", "funding", "deliveries", "shipments", "cooperation", "talks", "negotiations", "flights", "exports", "imports", "supply", "delivery", "sales"];

export const TRIGGERS: readonly TriggerRule[] = [
  // AGREE
  { id: "agree.sign", type: "AGREE", subtype: "agreement", words: [...verb("sign"), ...verb("ratify"), ...verb("conclude"), "signed into law", ...verb("enact")],
    with: { words: ["treaty", "agreement", "deal", "pact", "accord", "memorandum", "ceasefire", "truce", "declaration", "charter", "protocol", "it"], window: 8 },
    targetPreps: ["with", "between"], examples: [
      ["Japan signed a trade agreement with Vietnam on Monday.", "AGREE JPN>VNM"],
      ["India and Brazil ratified the accord in March.", "AGREE BRA>IND"],
      ["Kenya signed up more volunteers than expected.", ""]] },
  { id: "agree.treaty", type: "AGREE", subtype: "treaty", pos: "noun", words: ["treaty", "pact", "accord", "agreement", "deal", "ceasefire", "truce"],
    targetPreps: ["with", "between"], examples: [
      ["The Egypt-Sudan water treaty was hailed as a breakthrough.", "AGREE EGY>SDN"],
      ["The deal between Chile and Peru took effect.", "AGREE CHL>PER"],
      ["Experts discussed the treaty at length.", ""]] },
  { id: "agree.agree", type: "AGREE", subtype: "agreement", pos: "verb", words: verb("agree"), targetPreps: ["with", "on"], examples: [
      ["Argentina agreed with Uruguay on new fishing quotas.", "AGREE ARG>URY"],
      ["Analysts agree that the economy is slowing.", ""]] },

  { id: "agree.control", type: "AGREE", subtype: "agree_to", words: ["agreed to", "agrees to", "agree to", "agreeing to", "offered to", "offers to", "offer to", "offering to"], control: true, examples: [
      ["Japan agreed to lift sanctions on Iran.", "AGREE JPN>IRN"],
      ["Syria offered to hand over two suspects to Jordan.", "AGREE SYR>JOR"],
      ["Critics agreed to meet again.", ""]] },

  // CONSULT
  { id: "consult.meet", type: "CONSULT", subtype: "meeting", pos: "verb", words: ["meet", "meets", "met", "meeting"], object: true, targetPreps: ["with"], examples: [
      ["The French president met his Chinese counterpart in Beijing.", "CONSULT FRA>CHN"],
      ["Ghana's leader will meet Nigerian officials next week.", "CONSULT GHA>NGA unc"],
      ["The targets were met ahead of schedule.", ""]] },
  { id: "consult.talks", type: "CONSULT", subtype: "talks", pos: "noun", words: nouns("talk", "negotiation", "discussion", "consultation", "dialogue", "meeting", "summit", "phone call", "call", "conversation"), targetPreps: ["with", "between"], examples: [
      ["Germany held talks with Poland on border security.", "CONSULT DEU>POL"],
      ["Talks between Serbia and Hungary resumed on Friday.", "CONSULT HUN>SRB"],
      ["Talks on the budget stalled in parliament.", ""]] },
  { id: "consult.enter-talks", type: "CONSULT", subtype: "talks", words: ["entering", "entered", "enter", "opened", "began", "begin", "started", "engaged in", "engage in", "hold", "held", "holding"],
    with: { words: ["negotiations", "talks", "discussions", "consultations", "dialogue"], window: 3 }, targetPreps: ["with", "between"], examples: [
      ["Kenya entered negotiations with Ethiopia over the dam.", "CONSULT ETH>KEN"],
      ["The union entered negotiations with management.", ""]] },
  { id: "consult.visit", type: "CONSULT", subtype: "visit", words: [...verb("visit"), ...nouns("visit"), "trip", "trips", "travelled", "traveled", "travel", "travels", "travelling", "traveling", "arrived in", "arrives in", "arriving in", "arrived at"],
    object: true, targetPreps: ["to", "by"], movement: true, examples: [
      ["The Indian prime minister visited Japan last month.", "CONSULT IND>JPN"],
      ["Egypt's foreign minister travelled to Qatar for consultations.", "CONSULT EGY>QAT"],
      ["Tourists visited the museum in record numbers.", ""],
      ["The Iraqi president arrived in Amman on Wednesday.", "CONSULT IRQ>JOR"],
      ["The Iraqi president arrived in Basra on Wednesday.", ""]] },
  { id: "consult.host", type: "CONSULT", subtype: "meeting", pos: "verb", words: ["hosted", "hosts", "hosting", "host", "welcomed", "received"], object: true, examples: [
      ["Saudi Arabia hosted the Iranian foreign minister on Sunday.", "CONSULT SAU>IRN"],
      ["The stadium hosted the final.", ""]] },
  { id: "consult.envoy", type: "CONSULT", subtype: "envoy", words: ["sent", "send", "sends", "sending", "dispatched", "dispatch"],
    with: { words: ["envoy", "delegation", "emissary", "representative"], window: 4 }, targetPreps: ["to"], movement: true, examples: [
      ["Vietnam sent a delegation to Laos to discuss the river.", "CONSULT VNM>LAO"],
      ["The company sent a representative to the fair.", ""]] },

  // SUPPORT
  { id: "support.praise", type: "SUPPORT", subtype: "praise", pos: "verb", words: [...verb("praise"), ...verb("welcome"), ...verb("endorse"), ...verb("commend"), ...verb("hail")], object: true, examples: [
      ["Canada praised Mexico's efforts to curb smuggling.", "SUPPORT CAN>MEX"],
      ["Fans praised the new stadium.", ""]] },
  { id: "support.express", type: "SUPPORT", subtype: "endorse", words: ["expressed", "express", "expresses", "voiced", "voices", "reaffirmed", "declared", "pledged"],
    with: { words: ["support", "solidarity", "backing"], window: 3 }, targetPreps: ["for", "with"], examples: [
      ["Spain expressed support for Morocco's autonomy plan.", "SUPPORT ESP>MAR"],
      ["Residents expressed support for the new park.", ""]] },
  { id: "support.defend", type: "SUPPORT", subtype: "defend", pos: "verb", words: ["defended", "defends", "backed", "backs", "supported", "supports"], object: true, examples: [
      ["Belarus defended Russia against the charges.", "SUPPORT BLR>RUS"],
      ["The lawyer defended his client.", ""]] },

  // an apology to another actor is conciliatory (CAMEO 055)
  { id: "support.apologize", type: "SUPPORT", subtype: "apologize", pos: "verb", words: [...verb("apologize"), ...verb("apologise")], targetPreps: ["to"], examples: [
      ["Japan apologized to South Korea for the remarks.", "SUPPORT JPN>KOR"],
      ["Argentina has apologised to Chile for the border incident.", "SUPPORT ARG>CHL"],
      ["The airline apologized to passengers for the delay.", ""]] },

  // CONCEDE
  { id: "concede.ease", type: "CONCEDE", subtype: "ease_sanctions", words: [...verb("ease"), ...verb("lift"), ...verb("relax"), "easing", "lifting", ...verb("remove"), ...verb("waive"), ...verb("suspend")],
    with: { words: ["sanctions", "embargo", "embargoes", "restrictions", "blockade", "curfew", "ban"], window: 4 }, targetPreps: ["on", "against", "in", "to"], examples: [
      ["Washington lifted sanctions on Venezuela's oil sector.", "CONCEDE USA>VEN"],
      ["The city eased parking restrictions downtown.", ""],
      ["The EU suspended its sanctions on Belarusian banks for a year.", "CONCEDE EU>BLR"],
      ["Washington waived the sanctions on Iraqi electricity purchases.", "CONCEDE USA>IRQ"]] },
  // "sanctions relief for Iran": the easing as a noun
  { id: "concede.relief", type: "CONCEDE", subtype: "ease_sanctions", pos: "noun", words: ["relief"], with: { words: ["sanctions", "sanction"], window: 2 }, targetPreps: ["to", "for", "on"], examples: [
      ["Britain offered sanctions relief to Belarus in exchange for the release.", "CONCEDE GBR>BLR"],
      ["Farmers sought drought relief from Kenya.", ""]] },
  { id: "concede.release", type: "CONCEDE", subtype: "release", pos: "verb", words: [...verb("release"), "freed", "frees", "free", "freeing"],
    with: { words: ["prisoners", "detainees", "hostages", "nationals", "citizens", "sailors", "soldiers", "fishermen", "journalist", "journalists", "captives", "crew", "mayor", "activists", "pows"], window: 6 }, companionTarget: true, demonymCompanion: true, examples: [
      ["Iran released two French nationals on Friday.", "CONCEDE IRN>FRA"],
      ["Belarus freed three Poles after months in custody.", "CONCEDE BLR>POL"],
      ["Canadians released a new album.", ""],
      ["The studio released a new film.", ""]] },

  // COOPERATE
  { id: "cooperate.ties", type: "COOPERATE", subtype: "diplomatic_ties", words: [...verb("strengthen"), ...verb("bolster"), ...verb("deepen"), ...verb("boost"), ...verb("expand"), ...verb("improve"), ...verb("restore"), ...verb("establish"), ...verb("normalize"), ...verb("normalise"), ...verb("forge"), ...verb("enhance"), ...verb("ameliorate"), ...verb("upgrade"), ...verb("develop")],
    with: { words: TIES, window: 4 }, targetPreps: ["with", "between"], examples: [
      ["Chile wants to strengthen trade ties with Australia.", "COOPERATE AUS>CHL unc"],
      ["Oman restored diplomatic relations with Syria in May.", "COOPERATE OMN>SYR"],
      ["The firm restored its relations with customers.", ""]] },
  { id: "cooperate.cooperation", type: "COOPERATE", subtype: "cooperation", pos: "noun", words: ["cooperation", "co-operation", "collaboration", "partnership", "partnerships", "alliance", "trade", "investment"], targetPreps: ["with", "between"], examples: [
      ["Peru's defense collaboration with Brazil has grown.", "COOPERATE BRA>PER"],
      ["Cooperation among neighbours improved.", ""]] },
  { id: "cooperate.continue", type: "COOPERATE", subtype: "cooperation", pos: "verb", words: [...verb("cooperate"), ...verb("collaborate"), ...verb("partner"), "teamed up", "team up"], targetPreps: ["with"], examples: [
      ["Norway will cooperate with Iceland on fisheries.", "COOPERATE ISL>NOR unc"],
      ["Witnesses refused to cooperate with police.", ""]] },
  { id: "cooperate.drills", type: "COOPERATE", subtype: "joint_exercise", pos: "noun", words: ["drills", "drill", "exercises", "exercise", "maneuvers", "manoeuvres", "war games", "patrols", "wargames"],
    targetPreps: ["with", "between"], jointContext: true, examples: [
      ["Egypt began talks with Greece on Monday. Egypt will hold joint naval drills next month.", "COOPERATE EGY>GRC unc"],
      ["Egypt began talks with Greece on Monday. Egypt will hold naval drills next month.", ""],
      ["Egypt will hold naval drills with Greece next month.", "COOPERATE EGY>GRC unc"],
      ["Thailand and Indonesia held joint exercises in the Andaman Sea.", "COOPERATE IDN>THA"],
      ["The school held fire drills on Monday.", ""]] },
  { id: "cooperate.flights", type: "COOPERATE", subtype: "transport_link", pos: "noun", words: ["flights", "flight", "route", "rail link", "ferry service", "air link", "train service"],
    targetPreps: ["to", "with", "between"], movement: true, examples: [
      ["Georgia resumed direct flights to Russia after a pause.", "COOPERATE GEO>RUS"],
      ["The flight was delayed by fog.", ""],
      // a parenthesised date does not push the arrival out of reach
      ["The first flight, which was operated by Turkish carrier Pegasus, took off from the Turkish capital on Monday (June 3, 2024) and landed in Baku three hours later.", "COOPERATE AZE>TUR"],
      ["The first flight, which was operated by Turkish carrier Pegasus, took off from Istanbul on Monday (June 3, 2024) and landed in Ankara an hour later.", ""]] },
  { id: "cooperate.shipment", type: "COOPERATE", subtype: "trade", pos: "noun", words: ["shipment", "shipments", "exports", "export", "imports", "supply", "deliveries"], fromSource: true,
    with: { words: ["oil", "gas", "diesel", "grain", "wheat", "coal", "fuel", "fertilizer", "goods", "lng", "crude"], window: 3 }, targetPreps: ["to"], movement: true, examples: [
      ["A shipment of wheat from Ukraine to Egypt arrived on Monday.", "COOPERATE UKR>EGY"],
      ["The oil shipment was delayed by weather.", ""]] },
  { id: "cooperate.share", type: "COOPERATE", subtype: "intelligence_sharing", pos: "verb", words: ["shared", "share", "shares", "sharing", "exchanged", "exchange"],
    with: { words: ["intelligence", "evidence", "information", "data"], window: 3 }, targetPreps: ["with"], examples: [
      ["Israel shared intelligence with Jordan about the plot.", "COOPERATE ISR>JOR"],
      ["Students shared information with teachers.", ""]] },
  { id: "cooperate.extradite", type: "COOPERATE", subtype: "extradition", pos: "verb", words: [...verb("extradite")], targetPreps: ["to"], examples: [
      ["Colombia extradited a drug lord to the United States.", "COOPERATE COL>USA"],
      ["The suspect fought being extradited.", ""]] },

  // AID
  { id: "aid.troops", type: "AID", subtype: "troop_deployment", words: [...verb("send", "sent", "sent"), ...verb("deploy"), ...verb("dispatch"), ...verb("station"), ...verb("contribute"), ...verb("offer")],
    with: { words: TROOPS, window: 6 }, targetPreps: ["to", "into", "for", "behalf", "help", "assist", "support", "in"], movement: true, contextTarget: true, into: ["ASSAULT", "invasion"], examples: [
      ["Armenia sent hundreds of soldiers into Azerbaijan overnight.", "ASSAULT ARM>AZE"],
      ["Rwanda sent troops to Mozambique to fight insurgents.", "AID RWA>MOZ"],
      ["Chad has no intention of sending soldiers to Sudan.", "AID TCD>SDN neg"],
      ["The general sent troops home for the holidays.", ""]] },
  { id: "aid.deployment", type: "AID", subtype: "troop_deployment", pos: "noun", words: ["deployment", "deployments"], targetPreps: ["to", "in"], movement: true, ofSource: true, contextTarget: true, examples: [
      ["The deployment of Kenyan police to Haiti began in June.", "AID KEN>HTI"],
      ["The software deployment failed.", ""],
      // "a Turkish deployment" with no destination: the place of the source's last aid or suspension
      ["Germany suspended military aid to Niger in July. A German deployment is still being discussed.", "AID DEU>NER"],
      ["Germany suspended military aid to Niger in July. A Dutch deployment is still being discussed.", ""]] },
  { id: "aid.peacekeeping", type: "AID", subtype: "peacekeeping", words: ["peacekeeping", "peace-keeping", "stabilisation", "stabilization"],
    with: { words: ["mission", "force", "forces", "troops", "operation", "contingent"], window: 2 }, targetPreps: ["in", "to"], movement: true, examples: [
      ["Fiji will contribute to a peacekeeping mission in Lebanon.", "AID FJI>LBN unc"],
      ["The peacekeeping budget was debated at length.", ""]] },
  { id: "aid.arms", type: "AID", subtype: "military_aid", words: [...verb("send", "sent", "sent"), ...verb("supply"), ...verb("provide"), ...verb("deliver"), ...verb("give", "gave", "given"), "hand over", "handed over", "hands over", "handing over", ...verb("transfer", "transferred", "transferred", "transferring"), ...verb("fund"), ...verb("gift", "gifted", "gifted"), ...verb("donate"), ...verb("grant"), ...verb("ship", "shipped", "shipped", "shipping"), ...verb("resume"), ...verb("sell", "sold", "sold"), ...verb("extend"), ...verb("lend", "lent", "lent"), ...verb("approve")],
    with: { words: [...ARMS, ...AID_NOUNS, "limousine", "car", "cars", "asylum"], window: 8 }, object: true, targetPreps: ["to", "for", "help", "assist"], contextTarget: true, examples: [
      ["Germany will supply air defence systems to Ukraine.", "AID DEU>UKR unc"],
      ["Japan gave Sri Lanka a loan to rebuild its ports.", "AID JPN>LKA"],
      ["The shop supplied equipment to local farmers.", ""],
      ["Italy sold patrol drones to Tunisia last year.", "AID ITA>TUN"],
      ["Kuwait extended a loan to Jordan for its water network.", "AID KWT>JOR"],
      ["Italy sold its stake to a Tunisian bank.", ""],
      ["Kuwait extended the contract of a Jordanian firm.", ""]] },
  // "arms sales to Taiwan": selling weapons is arming the buyer
  { id: "aid.arms_sales", type: "AID", subtype: "arms_transfer", pos: "noun", words: ["sales", "sale", "deliveries", "exports"], with: { words: ["arms", "weapons", "weapon"], window: 1 }, targetPreps: ["to"], examples: [
      ["Spain halted a review of weapons sales to Morocco.", ""],
      ["Canada's arms exports to Colombia rose.", "AID CAN>COL"],
      ["Canada's timber exports to Colombia rose.", ""],
      ["Spain suspended arms sales to Israel.", ""]] },
  { id: "aid.noun", type: "AID", subtype: "military_aid", pos: "noun", words: ["aid", "assistance", "support", "supplies", "help"],
    targetPreps: ["to", "for"], examples: [
      ["Norway's humanitarian aid to Yemen doubled this year.", "AID NOR>YEM"],
      ["Sweden's military support for Estonia is growing.", "AID SWE>EST"],
      ["Aid to farmers was cut by the ministry.", ""]] },

  // RETREAT
  { id: "retreat.withdraw", type: "RETREAT", subtype: "withdraw", words: [...verb("withdraw", "withdrew", "withdrawn"), "withdrawal", "pulled out", "pull out", "pulls out", "pulled back", "pullout", "pull-out", ...verb("retreat")],
    targetPreps: ["from"], examples: [
      ["Armenia withdrew its troops from the Azerbaijani border area.", "RETREAT ARM>AZE"],
      ["The candidate withdrew from the race.", ""]] },

  // REQUEST
  { id: "request.call-on", type: "REQUEST", subtype: "appeal", words: ["called on", "calls on", "call on", "calling on", "urged", "urges", "urge", "urging", "appealed to", "appeals to", "asked", "asks", "pressed", "presses", "demanded", "demands", "demand", "requested", "requests", "called for", "calls for", "call for", "calling for"],
    object: true, targetPreps: ["on", "to", "for"], control: true, examples: [
      ["Japan urged China to release the detained businessman.", "REQUEST JPN>CHN"],
      ["The UN called on Myanmar to end the violence.", "REQUEST UN>MMR"],
      ["Residents asked for more buses.", ""],
      ["Egypt urged Sudan to stop the attacks on Chad.", "REQUEST EGY>SDN"]] },
  // a wish addressed to another actor: "wants X to", "would like X to"
  { id: "request.want", type: "REQUEST", subtype: "appeal", words: ["wants", "want", "wanted", "wanting", "would like"], actorThen: ["to"], control: true, examples: [
      ["Chile wants Bolivia to drop its claim to the coast.", "REQUEST CHL>BOL"],
      ["The Kenyan president wanted Uganda to reopen the border.", "REQUEST KEN>UGA"],
      ["Chile wants to drop its claim to the coast.", ""],
      ["Bolivia wanted more time to respond.", ""]] },
  { id: "request.seek", type: "REQUEST", subtype: "request_arms", words: ["sought to purchase", "sought to buy", "seeking to buy", "seeks to buy", "sought asylum", "sought refuge", "requested"], targetPreps: ["in", "from"], object: true, examples: [
      ["Algeria sought to buy Chinese fighter jets.", "REQUEST DZA>CHN"],
      ["The club sought to buy a new striker.", ""]] },

  // ACCUSE
  { id: "accuse.verb", type: "ACCUSE", subtype: "accuse", pos: "verb", words: [...verb("accuse"), ...verb("criticize"), ...verb("criticise"), ...verb("condemn"), ...verb("denounce"), ...verb("blame"), ...verb("slam", "slammed", "slammed", "slamming"), ...verb("censure"), ...verb("rebuke"), ...verb("sue", "sued", "sued", "suing")],
    object: true, targetPreps: ["against"], examples: [
      ["Poland accused Belarus of orchestrating the border crisis.", "ACCUSE POL>BLR"],
      ["Turkey condemned Sweden over the protest.", "ACCUSE TUR>SWE"],
      ["Critics accused the referee of bias.", ""]] },
  { id: "accuse.noun", type: "ACCUSE", subtype: "criticize", pos: "noun", words: ["criticism", "condemnation", "accusations", "accusation", "allegations", "censure", "rebuke"], targetPreps: ["of", "against", "over"], examples: [
      ["China's criticism of Lithuania intensified.", "ACCUSE CHN>LTU"],
      ["Criticism of the plan grew.", ""]] },
  { id: "accuse.faced", type: "ACCUSE", subtype: "criticize", words: ["criticism", "backlash", "opposition", "condemnation", "pressure", "rebukes"],
    with: { words: ["faced", "faces", "facing", "face", "faced with", "drew", "drawn", "drawing", "draws", "received"], window: 3 }, inverse: true, targetPreps: ["from"], examples: [
      ["Hungary faced criticism from Germany and France over the veto.", "ACCUSE DEU>HUN"],
      ["The singer faced criticism from fans.", ""]] },
  // "X claims that Russian forces used ...": an allegation about another actor's conduct accuses it
  { id: "accuse.claim", type: "ACCUSE", subtype: "accuse", words: ["claim that", "claims that", "claimed that", "claiming that", "allege that", "alleges that", "alleged that", "alleging that"],
    thatSubject: true, examples: [
      ["Georgia claims that Russian troops moved the border fence.", "ACCUSE GEO>RUS"],
      ["Kenya alleged that Somali militants had crossed the border.", "ACCUSE KEN>SOM"],
      ["Analysts claim that inflation will ease next year.", ""]] },
  // "pushing to take Pyongyang to the International Court of Justice": legal action accuses its object
  { id: "accuse.court", type: "ACCUSE", subtype: "accuse", pos: "verb", words: verb("take", "took", "taken"),
    with: { words: ["court", "tribunal", "icj", "icc", "arbitration"], window: 7 }, object: true, examples: [
      ["Gambia took Myanmar to the International Court of Justice over the killings.", "ACCUSE GMB>MMR"],
      ["Guyana will take Venezuela to court over the border.", "ACCUSE GUY>VEN unc"],
      ["The minister took questions from the court reporters.", ""]] },
  { id: "accuse.evidence", type: "ACCUSE", subtype: "accuse", words: [...verb("present"), ...verb("produce"), ...verb("submit", "submitted", "submitted", "submitting"), "provided", "released", "published", "unveiled"],
    with: { words: ["evidence", "proof", "dossier"], window: 4 }, targetPreps: ["against", "implicating"], examples: [
      ["Armenia presented evidence against Azerbaijan at the court.", "ACCUSE ARM>AZE"],
      ["Evidence against Iran was presented by Israel.", "ACCUSE ISR>IRN"],
      ["Scientists presented evidence against the theory.", ""]] },
  { id: "accuse.protest-note", type: "ACCUSE", subtype: "complain", words: ["lodged a protest", "lodged an official protest", "complained", "summoned", "protested to", "protests to", "protesting to"], targetPreps: ["with", "to"], object: true, examples: [
      ["Lebanon complained to the UN over the air raids.", "ACCUSE LBN>UN"],
      // a protest addressed to a government is a diplomatic complaint
      ["Japan protested to China over the detention of its citizen.", "ACCUSE JPN>CHN"],
      ["Residents protested to the mayor about the noise.", ""],
      ["The neighbour complained about the noise.", ""]] },

  // REJECT
  { id: "reject.proposal", type: "REJECT", subtype: "reject_proposal", pos: "verb", words: [...verb("reject"), ...verb("refuse"), "turned down", ...verb("veto", "vetoed", "vetoed", "vetoing"), ...verb("dismiss")],
    with: { words: ["proposal", "offer", "demand", "demands", "request", "plan", "ultimatum", "calls", "call", "bid", "appeal", "allegations", "accusations", "claims", "resolution", "peace", "invitation"], window: 6 }, companionTarget: true, targetPreps: ["from", "by"], examples: [
      ["Iraq rejected a Kuwaiti proposal for joint patrols.", "REJECT IRQ>KWT"],
      ["Serbia rejected Croatia's demand for compensation.", "REJECT SRB>HRV"],
      ["Voters rejected the proposal in a referendum.", ""]] },

  { id: "reject.refuse-to", type: "REJECT", subtype: "refuse", words: ["refused to", "refuses to", "refuse to", "refusing to"], control: true, examples: [
      ["Pakistan refused to deploy peacekeepers in Afghanistan.", "REJECT PAK>AFG"],
      ["Israel has refused to meet Jordan's king.", "REJECT ISR>JOR"],
      ["The driver refused to stop.", ""]] },

  // THREATEN
  { id: "threaten.control", type: "THREATEN", subtype: "threaten", words: ["threatened to", "threatens to", "threaten to", "threatening to"], control: true, examples: [
      ["Azerbaijan threatened to break relations with Russia.", "THREATEN AZE>RUS"],
      ["France threatened to impose restrictions on German goods.", "THREATEN FRA>DEU"],
      ["The river threatened to flood the town.", ""]] },
  { id: "threaten.verb", type: "THREATEN", subtype: "threaten", pos: "verb", words: verb("threaten"), object: true, targetPreps: ["against", "on", "to", "with"], examples: [
      ["Iran threatened Israel with retaliation.", "THREATEN IRN>ISR"],
      ["Storms threatened the harvest.", ""]] },
  // "warned Chad of sanctions": a warning of the warner's own punitive acts (not "warned Chad of floods")
  { id: "threaten.warn", type: "THREATEN", subtype: "threaten", pos: "verb", words: verb("warn"), actorThen: ["of"],
    with: { words: ["sanctions", "consequences", "retaliation", "reprisals", "countermeasures", "punitive measures", "military action", "tariffs"], window: 6 }, examples: [
      ["Norway warned Russia of retaliation over the repeated airspace violations.", "THREATEN NOR>RUS"],
      ["The EU warned Georgia of sanctions if the law passes.", "THREATEN EU>GEO"],
      ["Japan warned China of an approaching typhoon.", ""],
      ["Doctors warned patients of the consequences of smoking.", ""]] },
  { id: "threaten.noun", type: "THREATEN", subtype: "threaten_sanctions", pos: "noun", words: ["threats", "threat", "ultimatum", "ultimatums", "deadline"], targetPreps: ["on", "against", "to", "for"], examples: [
      ["Britain's threat of sanctions on Iran unsettled markets.", "THREATEN GBR>IRN"],
      ["Peru has issued an ultimatum to Ecuador.", "THREATEN PER>ECU"],
      ["The deadline for applications passed.", ""]] },

  // PROTEST
  { id: "protest.verb", type: "PROTEST", subtype: "protest", words: ["protested", "protest", "protests", "protesting", "demonstrated", "demonstration", "demonstrations", "rallied", "boycott", "boycotted", "boycotts", "boycotting"],
    targetPreps: ["against", "outside", "at"], examples: [
      ["Armenian activists protested against Azerbaijan outside the embassy.", "PROTEST ARM>AZE"],
      ["Students protested against tuition fees.", ""]] },

  // SANCTION
  { id: "sanction.impose", type: "SANCTION", subtype: "sanctions", words: ["sanctions", "sanctioned", "sanction", "sanctioning", "embargo", "embargoes", "tariffs", "punished", "punish"],
    targetPreps: ["on", "against", "with"], object: true, examples: [
      ["Canada imposed sanctions on Russian banks.", "SANCTION CAN>RUS"],
      ["The EU sanctioned Iran over drone sales.", "SANCTION EU>IRN"],
      ["The league sanctioned the club for fan violence.", ""]] },
  { id: "sanction.expel", type: "SANCTION", subtype: "expel_diplomats", pos: "verb", words: [...verb("expel", "expelled", "expelled", "expelling"), "ordered out", "declared persona non grata", "recalled", "recall", "recalls"],
    with: { words: ["diplomats", "diplomat", "ambassador", "envoy", "attaché", "attache", "consul", "officials", "embassy staff"], window: 4 }, companionTarget: true, targetPreps: ["from"], examples: [
      ["Estonia expelled a Russian diplomat for spying.", "SANCTION EST>RUS"],
      ["The school expelled two pupils.", ""]] },
  { id: "sanction.suspend", type: "SANCTION", subtype: "suspend_aid", words: [...verb("suspend"), ...verb("pause"), ...verb("halt"), ...verb("freeze", "froze", "frozen"), ...verb("cut", "cut", "cut", "cutting"), "cut off", "cuts off", "stopped", "stop", ...verb("cancel", "cancelled", "cancelled", "cancelling"), "canceled", ...verb("end"), "suspension", "pause", "freeze", "halt", "cutoff", ...verb("prohibit"), ...verb("ban", "banned", "banned", "banning"), ...verb("block"), ...verb("postpone")],
    with: { words: SUSPENDED, window: 5 }, targetPreps: ["to", "for", "with"], contextTarget: true, examples: [
      ["Germany suspended development aid to Niger after the coup.", "SANCTION DEU>NER"],
      ["The pause in Danish military aid to Kenya drew protests.", "SANCTION DNK>KEN"],
      ["The company suspended its dividend.", ""],
      // the aid in the of-phrase of "the supply" is what is halted, not aid given
      ["Britain halted the supply of military aid to Kenya last month.", "SANCTION GBR>KEN"],
      ["Washington will prohibit all aid to Nicaraguan contras in Honduras.", "SANCTION USA>NIC unc"],
      // a cancelled visit is a snub, not a visit
      ["The Dutch foreign minister cancelled a planned visit to Turkey.", "SANCTION NLD>TUR"],
      ["The singer cancelled a planned visit to the school.", ""],
      ["The storm halted the supply of electricity to the town.", ""]] },
  // a travel advisory against a country restricts relations with it
  { id: "sanction.advisory", type: "SANCTION", subtype: "travel_warning", words: ["advised against", "advises against", "advising against", "warned against", "warns against", "warning against", "urged against"],
    with: { words: ["travel", "travelling", "traveling", "trips", "visits", "visiting"], window: 3 }, targetPreps: ["to"], movement: true, examples: [
      ["Britain advised against all travel to Niger after the coup.", "SANCTION GBR>NER"],
      ["Doctors advised against travel during the heatwave.", ""]] },
  { id: "sanction.sever", type: "SANCTION", subtype: "break_relations", words: [...verb("sever"), ...verb("break", "broke", "broken"), "broke off", "cut ties", "cut off ties"],
    with: { words: ["ties", "relations", "contact", "contacts"], window: 4 }, targetPreps: ["with"], examples: [
      ["Nicaragua severed diplomatic ties with Taiwan.", "SANCTION NIC>TWN"],
      ["The band broke ties with its label.", ""]] },

  // MOBILIZE
  { id: "mobilize.weapons-test", type: "MOBILIZE", subtype: "weapons_test", words: ["launch", "launched", "launches", "launching", "test", "tested", "tests", "testing", "test-launch", "test-launched", "test-fired", "fired", "fires", "firing"],
    with: { words: ["missile", "missiles", "rocket", "icbm", "warhead", "nuclear"], window: 6 }, targetPreps: ["toward", "towards", "over"], examples: [
      ["Pakistan test-fired a ballistic missile on Thursday.", "MOBILIZE PAK>-"],
      // long modifiers, and a speaker after the comma who is no target
      ["Pakistan fired two short-range ballistic missiles into the sea, India's army said.", "MOBILIZE PAK>-"],
      ["The company launched a new phone.", ""]] },
  { id: "mobilize.alert", type: "MOBILIZE", subtype: "raise_alert", words: ["ordered", "put", "placed", "raised", "declared", "mobilized", "mobilised", "mobilizes", "massed", "amassed"],
    with: { words: ["readiness", "alert", "reservists", "reserves", "combat"], window: 6 }, targetPreps: ["against", "near", "with"], examples: [
      ["Azerbaijan put its army on high alert near the border with Armenia.", "MOBILIZE AZE>ARM"],
      ["The hospital raised staff pay.", ""]] },
  // drills with no partner are a show of force, aimed at the country they are held around or near
  { id: "mobilize.exercise", type: "MOBILIZE", subtype: "military_exercise", pos: "noun", words: ["drills", "exercises", "maneuvers", "manoeuvres", "war games", "wargames"],
    targetPreps: ["around", "near", "off", "against"], examples: [
      ["China launched large-scale drills around Taiwan on Monday.", "MOBILIZE CHN>TWN"],
      ["Belarus held military exercises near the Lithuanian border.", "MOBILIZE BLR>LTU"],
      ["China and Russia held joint drills near Japan.", ""],
      ["The school held fire drills on Monday.", ""],
      // drills held in another country are usually hosted there, not aimed at it
      ["A new pact lets Japanese forces hold drills in Australia.", ""]] },
  { id: "mobilize.deploy-against", type: "MOBILIZE", subtype: "deploy_forces", words: ["deployed", "deploying", "deploys", "deploy", "massed", "amassing", "massing", "moved", "strengthened", "reinforced"],
    with: { words: ["troops", "forces", "drones", "tanks", "warships", "missiles", "units"], window: 4 }, targetPreps: ["against", "near", "along"], examples: [
      ["Turkey massed troops near the Syrian border.", "MOBILIZE TUR>SYR"],
      ["Volunteers deployed tents near the shelter.", ""]] },

  // COERCE
  { id: "coerce.arrest", type: "COERCE", subtype: "arrest", pos: "verb", words: [...verb("arrest"), ...verb("detain"), ...verb("jail"), ...verb("deport"), ...verb("kidnap", "kidnapped", "kidnapped", "kidnapping"), ...verb("abduct"), ...verb("expel", "expelled", "expelled", "expelling"), ...verb("imprison"), ...verb("sentence"), "convicted"],
    with: { words: ["leaders", "members", "tourist", "national", "citizen", "nationals", "citizens", "men", "women", "students", "journalist", "journalists", "sailors", "fishermen", "activists", "officers", "businessman", "workers", "civilians", "missionary", "tourists", "immigrants", "refugees", "soldiers", "crew", "advisers", "people", "student", "traders", "merchants", "migrants", "pilgrims"], window: 5 }, companionTarget: true, examples: [
      ["Ghana deported 40 Nigerian traders last week.", "COERCE GHA>NGA"],
      ["A court in Minsk sentenced a Lithuanian journalist to eight years.", "COERCE BLR>LTU"],
      // the of-phrase owns the companion: "members of X's opposition party"
      ["Jordan will expel the leaders of Syria's banned opposition party.", "COERCE JOR>SYR unc"],
      ["Police arrested two men after the robbery.", ""]] },
  { id: "coerce.warrant", type: "COERCE", subtype: "arrest", pos: "noun", words: ["arrest warrant", "arrest warrants", "warrant for the arrest of", "warrants for the arrest of"], targetPreps: ["for", "against", "of"], examples: [
      ["Tunisia issued arrest warrants for three Libyan smugglers.", "COERCE TUN>LBY"],
      // a state's court or police acts for it
      ["A court in Senegal has issued an arrest warrant for a Malian businessman.", "COERCE SEN>MLI"],
      ["The arrest warrant for the singer was withdrawn.", ""]] },
  { id: "coerce.seize", type: "COERCE", subtype: "seize", words: [...verb("seize"), "seizure", ...verb("annex"), "annexation", ...verb("blockade"), "occupy", "occupies", "occupying", "occupation", ...verb("confiscate"), ...verb("impound")],
    object: true, targetPreps: ["of", "from"], placeTarget: true, examples: [
      ["Iran seized a Greek tanker in the Gulf.", "COERCE IRN>GRC"],
      ["Morocco's annexation of Western Sahara remains disputed.", "COERCE MAR>ESH"],
      ["Customs seized a shipment of counterfeit shoes.", ""]] },

  // ASSAULT
  { id: "assault.attack", type: "ASSAULT", subtype: "attack", words: [...verb("attack"), ...verb("strike", "struck", "struck"), "strikes", "airstrike", "airstrikes", "air strike", "air strikes", "drone strike", "drone strikes", "missile strike", "missile strikes", ...verb("bomb"), "bombardment", ...verb("bombard"), ...verb("shell", "shelled", "shelled", "shelling"), ...verb("assault"), ...verb("raid"), "aggression", ...verb("target"), ...verb("hit", "hit", "hit", "hitting"), "fired on", "fired at", "opened fire on", ...verb("ambush"), ...verb("torture")],
    object: true, targetPreps: ["on", "against", "at", "in", "into"], placeTarget: true, examples: [
      ["Israeli jets struck targets in Syria overnight.", "ASSAULT ISR>SYR"],
      ["Ukraine was attacked by Russia on Monday.", "ASSAULT RUS>UKR"],
      ["Azerbaijani forces shelled Armenian positions.", "ASSAULT AZE>ARM"],
      ["A storm struck the coast on Monday.", ""]] },
  // weapons fired at a country: "shelled", "fired rockets at X", "launched missiles into X"
  { id: "assault.fire", type: "ASSAULT", subtype: "attack", words: ["fired", "fire", "fires", "firing", "launched", "launch", "launches", "launching", "lobbed"],
    with: { words: ["missile", "missiles", "rocket", "rockets", "shells", "mortar", "mortars", "artillery", "batteries", "drones", "shots", "bullets", "grenades", "weapons", "projectiles"], window: 6 }, targetPreps: ["at", "on", "into", "against"], examples: [
      ["Syria fired artillery shells at Turkey on Tuesday.", "ASSAULT SYR>TUR"],
      // the weapon's modifiers may be long: "an intermediate-range ballistic missile"
      ["Armenia fired a long-range ballistic missile at the Azerbaijani town of Ganja.", "ASSAULT ARM>AZE"],
      ["Kenya launched a review of its arms deals and drones policy.", ""],
      ["Hezbollah fighters and Lebanese troops launched rockets into Israel overnight.", "ASSAULT LBN>ISR"],
      ["Japan launched a weather rocket into orbit.", ""],
      ["Pakistan fired a missile toward the sea in a test.", ""]] },
  { id: "assault.invade", type: "ASSAULT", subtype: "invasion", words: [...verb("invade"), "invasion", "incursion", "offensive", "offensives", "take over", "took over", "taking over", "crossed into", "cross into", "crossing into", "territorial gains", "battlefield gains", "sent troops into", "send troops into", "sending troops into", "encroachment"],
    object: true, targetPreps: ["of", "into", "on", "against", "in"], placeTarget: true, examples: [
      ["Iraq's invasion of Kuwait in 1990 triggered a war.", "ASSAULT IRQ>KWT"],
      ["Ethiopian troops crossed into Somalia on Monday.", "ASSAULT ETH>SOM"],
      ["Eritrea's territorial gains in Tigray worried Ethiopia.", "ASSAULT ERI>ETH"],
      ["The invasion of privacy worried users.", ""]] },
  // an army's advance: intransitive ("Russia is advancing", "troops advanced on the city"), not "advanced the deadline"
  { id: "assault.advance", type: "ASSAULT", subtype: "advance", pos: "verb", words: ["advancing", "advanced", "advances", "advance"],
    targetPreps: ["on", "toward", "towards", "into", "against"], placeTarget: true, examples: [
      ["Sudanese troops advanced on the Chadian border town of Adre.", "ASSAULT SDN>TCD"],
      ["Armenian forces shelled Azerbaijani villages. Armenia is advancing, officials said.", "ASSAULT ARM>AZE"],
      ["Armenia advanced the date of the vote.", ""],
      ["Armenia is advancing, officials said.", ""]] },
  { id: "assault.fight", type: "ASSAULT", subtype: "attack", pos: "verb", words: [...verb("fight", "fought", "fought"), ...verb("repel", "repelled", "repelled", "repelling"), ...verb("encircle"), ...verb("surround"), ...verb("destroy"), ...verb("kill"), "shot down", "shoot down", ...verb("infiltrate")],
    object: true, targetPreps: ["against", "with"], placeTarget: true, examples: [
      ["Sudanese forces fought Chadian rebels near the border.", "ASSAULT SDN>TCD"],
      ["Thai troops clashed with Cambodian soldiers at the temple.", "ASSAULT THA>KHM"],
      ["Doctors fought the outbreak for weeks.", ""]] },
  { id: "assault.engage", type: "ASSAULT", subtype: "attack", words: [...verb("engage")],
    with: { words: ["firefight", "gunfight", "gun battle", "battle", "combat", "skirmish", "exchange of fire"], window: 5 }, object: true, examples: [
      ["Indian troops engaged Pakistani soldiers in a firefight on the border.", "ASSAULT IND>PAK"],
      ["The teacher engaged the pupils in a battle of wits.", ""]] },
  // a mutual exchange: one event each way
  { id: "assault.exchange_fire", type: "ASSAULT", subtype: "attack", pos: "verb", words: [...verb("trade"), ...verb("exchange")],
    with: { words: ["fire", "gunfire", "artillery fire", "rocket fire", "shots"], window: 3 }, targetPreps: ["with"], mutual: true, examples: [
      ["Chadian troops traded fire with Sudanese forces near the border.", "ASSAULT TCD>SDN"],
      ["Chadian troops traded fire with Sudanese forces near the border.", "ASSAULT SDN>TCD"],
      ["Eritrea and Ethiopia exchanged artillery fire overnight.", "ASSAULT ERI>ETH"],
      ["Eritrea and Ethiopia exchanged artillery fire overnight.", "ASSAULT ETH>ERI"],
      ["The two firms exchanged shots in a price war.", ""]] },
  { id: "assault.clash", type: "ASSAULT", subtype: "attack", words: ["clashed with", "clash with", "clashes with", "clashing with"],
    targetPreps: ["with"], personal: ["ACCUSE", "criticize"], examples: [
      ["Thai troops clashed with Cambodian soldiers at the temple.", "ASSAULT THA>KHM"],
      ["The French president Emmanuel Macron clashed with Turkish President Recep Tayyip Erdogan over Libya.", "ACCUSE FRA>TUR"],
      ["Protesters clashed with police outside parliament.", ""]] },
];
