// Modality cues as data. A cue counts when it stands before the trigger in the same clause
// (see ../stages/modality.ts). Reported speech ("Seoul's spy agency said North Korea sent
// troops") and "reportedly" are not uncertain.

/** "did not", "no intention of sending", "denied sending", "refused to send". */
export const NEGATION_CUES: readonly string[] = [
  "not", "n't", "never", "no intention of", "no plans to", "no plan to", "no", "without",
  "denied", "denies", "deny", "denying", "rejected", "rejects", "refused to", "refuses to",
  "declined to", "declines to", "failed to", "fails to", "ruled out", "rules out", "nor",
];

/** Plans, possibilities, conditionals, rumours, expectations, intentions, questions. */
export const UNCERTAIN_CUES: readonly string[] = [
  "could", "may", "might", "would", "will", "'ll", "should", "can", "shall",
  "plan to", "plans to", "planned to", "planning to", "plans", "intend to", "intends to",
  "intended to", "intention to", "aim to", "aims to", "aimed to", "aiming to", "seek to",
  "seeks to", "sought to", "seeking to", "looking to", "look to", "looks to", "expected to",
  "expects", "expect", "is set to", "are set to", "set to", "likely to", "unlikely to",
  "willing to", "willingness to", "ready to", "readiness to", "prepared to", "preparing to",
  "considering", "considered", "considers", "consider", "if", "unless", "whether", "once",
  "rumours", "rumors", "rumoured", "rumored", "rumour", "rumor", "alleged", "allegedly",
  "potential", "possible", "possibly", "proposed", "efforts to", "effort to", "efforts",
  "want to", "wants to", "wanted to", "hope to", "hopes to", "hoping to", "ambitions to",
  "ambition to", "going to", "about to", "offered to", "offers to", "offer to", "promised to",
  "promises to", "pledged to", "pledges to", "vowed to", "vows to", "threatened to",
  "threatens to", "threatening to", "next", "future", "upcoming", "prospect of", "would-be",
  "sees potential", "potential for", "proposal to", "proposes", "proposed to", "suggested",
  "appears to be seeking", "seeking", "seeks", "seek", "plan", "bid to", "attempt to",
  "decides to", "decide to",
];

/** Sentences of commentary: "This development highlights...", "The incident marks...". A linking
 *  opener ("The move comes as ...", "This tactic follows ...") is not: the clause after it may state
 *  a new event with its actors ("... as Chile accuses Peru of ..."), while the restated "move" has none. */
export const COMMENTARY = /^\W*(?:this|these|that|those|such|the|it)\b(?:(?:\s+[\w-]+){0,3}?\s+(?:highlights?|underscores?|illustrates?|suggests?|marks?|signals?|reflects?|demonstrates?|shows?|raises?|adds?|points?|indicates?|remains?)|[^,;:"“]{0,90}?\s(?:highlights|underscores|illustrates))\b/i;
