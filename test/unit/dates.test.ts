import { describe, expect, it } from "vitest";
import { dateMentions, eventDate, parsePublished } from "../../ingest/stages/dates.ts";
import { extractEvents } from "../../ingest/stages/extract.ts";
import { segment } from "../../ingest/stages/segment.ts";

// [sentence, published, expected date]. 2025-07-28 is a Monday; 2025-03-12 a Wednesday.
const TABLE: Array<[string, string | null, string | null]> = [
  // relative days
  ["The first flight took off from the Russian capital yesterday (July 27) and arrived in Pyongyang.", "2025-07-28", "2025-07-27"],
  ["Russia struck Kyiv yesterday.", "2025-07-28", "2025-07-27"],
  ["Russia struck Kyiv yesterday.", null, null],
  ["Drones attacked Odesa overnight.", "2025-07-28", "2025-07-28"],
  ["Officials said today that talks had resumed.", "2025-07-28", "2025-07-28"],
  ["The ministers will meet tomorrow.", "2025-07-28", "2025-07-29"],
  ["Shelling intensified last night.", "2025-03-01", "2025-02-28"],
  ["The strike came three days ago.", "2025-03-02", "2025-02-27"],
  // month and day
  ["The inaugural flight departed from Moscow on July 27.", "2025-07-28", "2025-07-27"],
  ["The summit was held on December 30.", "2025-01-05", "2024-12-30"],
  ["Leaders will meet on January 10.", "2025-12-20", "2026-01-10"],
  ["The talks ended on 3 March.", "2025-03-12", "2025-03-03"],
  ["The treaty was signed on July 27, 2023.", "2025-07-28", "2023-07-27"],
  ["The treaty was signed on 27 July 2023.", null, "2023-07-27"],
  ["The treaty was signed on July 27.", null, null],
  ["The flight left on Sunday, July 27.", "2025-08-10", "2025-07-27"],
  ["The flight left on Sunday, 27 July 2025.", null, "2025-07-27"],
  ["The report is dated 2024-11-05.", null, "2024-11-05"],
  // month and year, month alone
  ["Kim Jong Un signed the treaty in June 2024.", "2025-07-28", "2024-06"],
  ["Kim Jong Un signed the treaty in late June 2024.", null, "2024-06"],
  ["North Korea sent an envoy to Russia in November last year.", "2025-03-01", "2024-11"],
  ["Putin visited Pyongyang in June.", "2025-07-28", "2025-06"],
  ["Putin visited Pyongyang in September.", "2025-07-28", "2024-09"],
  ["Putin will visit Pyongyang in September.", "2025-07-28", "2025-09"],
  ["Ukraine made gains in Kursk last August.", "2025-03-12", "2024-08"],
  ["Ukraine made gains in Kursk last August.", null, null],
  ["The offensive began in May.", "2025-07-28", "2025-05"],
  ["Russia may attack Moldova.", "2025-07-28", null],
  ["Troops began a march on the capital.", "2025-07-28", null],
  // weekdays: past sentences look back (publication day included), future ones ahead
  ["Medvedev said on Wednesday that Russia would win.", "2025-03-12", "2025-03-12"],
  ["Kim held a meeting with Putin on Wednesday.", "2025-03-14", "2025-03-12"],
  ["A drone strike hit Kharkiv late on Friday.", "2025-03-12", "2025-03-07"],
  ["The ministers will meet on Friday.", "2025-03-12", "2025-03-14"],
  ["Officials met last Wednesday.", "2025-03-12", "2025-03-05"],
  ["The delegation arrives next Monday.", "2025-03-12", "2025-03-17"],
  ["US Deputy Secretary Jeffrey Kupfer said here Wednesday.", "2008-08-06", "2008-08-06"],
  ["Kim held a meeting with Putin on Wednesday.", null, null],
  // years and periods
  ["In the previous year, Putin enacted the treaty.", "2025-07-28", "2024"],
  ["Last year, the treaty was signed into law.", "2025-07-28", "2024"],
  ["Russia invaded Ukraine in 2022.", null, "2022"],
  ["Russia's 2022 invasion shocked Europe.", null, "2022"],
  ["Exports grew this year.", "2025-07-28", "2025"],
  ["Exports fell last month.", "2025-01-15", "2024-12"],
  ["Russia sent troops two years ago.", "2025-07-28", "2023"],
  // deadlines, starting points and unrelated dates are not event dates
  ["Trump had set a deadline for Putin to cease military actions in Ukraine by September 2.", "2025-07-28", null],
  ["Trump had given Putin a deadline of September 2 to stop strikes.", "2025-07-28", null],
  ["He considered advancing this deadline to August 9.", "2025-07-28", null],
  ["It marked the first talks between the two countries since 2019.", null, null],
  ["Kramatorsk was shelled, and a boy born in 2006 was killed.", null, null],
  ["The aid has been critical since Russia's 2022 invasion.", null, null],
  // relative to another event, or no date at all
  ["More than a year later, Russia has resumed direct flights.", "2025-07-28", null],
  ["Over a year on from doing so, Russia reopened flights.", "2025-07-28", null],
  ["The next day, troops withdrew.", "2025-07-28", null],
  ["Russia and North Korea held joint drills.", "2025-07-28", null],
  ["France will buy Mirage 2000 fighter jets for Ukraine.", null, null],
  ["Some 2000 troops were deployed.", null, null],
  ["Missile specialists have traveled to Iran over the past year.", null, null],
];

describe("eventDate", () => {
  it.each(TABLE)("%s (published %s) -> %s", (sentence, published, expected) => {
    expect(eventDate(sentence, published)).toBe(expected);
  });
});

describe("dateMentions", () => {
  it("gives offsets, values and roles of every phrase", () => {
    const s = "Trump set a deadline of September 2 on July 14, after talks in June 2024.";
    const m = dateMentions(s, "2025-07-28");
    expect(m.map((x) => [x.text, x.value, x.role])).toEqual([
      ["September 2", "2025-09-02", "deadline"],
      ["July 14", "2025-07-14", "event"],
      ["June 2024", "2024-06", "event"],
    ]);
    for (const x of m) expect(s.slice(x.start, x.end)).toBe(x.text);
  });

  it("finds nothing in a sentence without date words", () => {
    expect(dateMentions("Russia attacked Ukraine with drones.", "2025-07-28")).toEqual([]);
  });
});

describe("parsePublished", () => {
  it.each([
    ["2025-07-28", { y: 2025, m: 7, d: 28 }],
    ["2025-07-28T10:00:00Z", { y: 2025, m: 7, d: 28 }],
    ["2025-02-30", null],
    ["July 28, 2025", null],
    [null, null],
  ] as const)("%s", (input, expected) => {
    expect(parsePublished(input)).toEqual(expected);
  });
});

// A year right before a noun event dates that event, not the sentence: "since Armenia's 2020 invasion".
describe("a noun event's own year", () => {
  const cases: readonly (readonly [string, string, string | null])[] = [
    ["Talks have stalled since Armenia's 2020 invasion of Azerbaijan.", "ASSAULT", "2020"],
    ["Armenia invaded Azerbaijan on Monday.", "ASSAULT", "2025-03-03"],
  ];
  it.each(cases)("%s -> %s %s", (text, type, year) => {
    const ev = extractEvents({ id: "t", text, published: "2025-03-05" }, segment(text)).events.find((e) => e.type === type);
    expect(ev, text).toBeDefined();
    expect(ev!.date).toBe(year);
  });
});
