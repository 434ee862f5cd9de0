// A generated news corpus for the ingest benchmark and the crash/concurrency tests: distinct,
// realistic short documents from templates with varied actors, event verbs, dates, places,
// figures and people. Seeded, so every run generates the same documents.
import type { SourceDocument } from "../ingest/types.ts";
import { rng } from "./rng.ts";

const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ["France", "Paris"], ["Germany", "Berlin"], ["Russia", "Moscow"], ["Ukraine", "Kyiv"], ["China", "Beijing"],
  ["Japan", "Tokyo"], ["India", "New Delhi"], ["Pakistan", "Islamabad"], ["Iran", "Tehran"], ["Israel", "Jerusalem"],
  ["Turkey", "Ankara"], ["Egypt", "Cairo"], ["Brazil", "Brasilia"], ["Argentina", "Buenos Aires"], ["Mexico", "Mexico City"],
  ["Canada", "Ottawa"], ["Australia", "Canberra"], ["Indonesia", "Jakarta"], ["Vietnam", "Hanoi"], ["the Philippines", "Manila"],
  ["South Korea", "Seoul"], ["North Korea", "Pyongyang"], ["Saudi Arabia", "Riyadh"], ["Qatar", "Doha"], ["Kenya", "Nairobi"],
  ["Ethiopia", "Addis Ababa"], ["Nigeria", "Abuja"], ["South Africa", "Pretoria"], ["Poland", "Warsaw"], ["Italy", "Rome"],
  ["Spain", "Madrid"], ["Sweden", "Stockholm"], ["Norway", "Oslo"], ["Greece", "Athens"], ["Serbia", "Belgrade"],
  ["Armenia", "Yerevan"], ["Azerbaijan", "Baku"], ["Venezuela", "Caracas"], ["Colombia", "Bogota"], ["Thailand", "Bangkok"],
];
const FIRST = ["Amina", "Lars", "Chen", "Olga", "Rahul", "Fatima", "Jonas", "Mariana", "Kenji", "Elif", "Tomasz", "Nadia", "Samuel", "Ines", "Dmitri", "Aylin", "Pablo", "Grace", "Yusuf", "Mei"];
const LAST = ["Okafor", "Lindqvist", "Wei", "Petrova", "Sharma", "Haddad", "Berger", "Costa", "Tanaka", "Yilmaz", "Nowak", "Rahimi", "Mensah", "Duarte", "Volkov", "Demir", "Herrera", "Mwangi", "Aziz", "Lin"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TOPICS = ["nuclear", "missile", "drone", "border", "energy", "fisheries", "grain export"];

type Pick = <T>(xs: readonly T[]) => T;

// [headline, body sentence] per event kind; A acts on B, in city C
const EVENTS: ReadonlyArray<(a: string, b: string, c: string, n: number, day: string, topic: string) => readonly [string, string]> = [
  (a, b, c, n, day) => [`${a} and ${b} sign trade agreement`, `${a} and ${b} signed a trade agreement in ${c} on ${day}, covering ${n} projects.`],
  (a, b, c, n, day) => [`${a} strikes ${b}`, `${a} launched air strikes on ${b} near ${c} on ${day}, killing ${n} people, officials said.`],
  (a, b, _c, _n, day, t) => [`${a} sanctions ${b}`, `${a} imposed sanctions on ${b} on ${day} over its ${t} programme.`],
  (a, b, _c, _n, day) => [`${a} accuses ${b}`, `${a} accused ${b} on ${day} of violating the ceasefire agreement.`],
  (a, b, _c, n) => [`${a} pledges aid to ${b}`, `${a} pledged ${n} million dollars in humanitarian aid to ${b}.`],
  (a, b, _c, _n, day, t) => [`${a} warns ${b}`, `${a} threatened ${b} with retaliation on ${day} if it continued its ${t} tests.`],
  (a, b, c, _n, day) => [`${a} and ${b} hold talks`, `The foreign ministers of ${a} and ${b} held talks in ${c} on ${day}.`],
  (a, b, _c, n) => [`${a} deploys troops`, `${a} deployed ${n} troops to its border with ${b}, the defence ministry said.`],
  (a, b, _c, _n, day) => [`${a} rejects ${b} proposal`, `${a} rejected a ceasefire proposal from ${b} on ${day}.`],
  (a, b, _c, n) => [`${a} calls on ${b}`, `${a} called on ${b} to release ${n} detained journalists.`],
];


/** The i-th generated document (same i, same document). */
export function generatedDocument(i: number, seed = 7): SourceDocument {
  const rand = rng(seed * 1_000_003 + i);
  const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)]!;
  const [a, cityA] = pick(COUNTRIES);
  let [b, cityB] = pick(COUNTRIES);
  while (b === a) [b, cityB] = pick(COUNTRIES);
  const n = 2 + Math.floor(rand() * 4_000);
  const day = pick(DAYS);
  const topic = pick(TOPICS);
  const event = pick(EVENTS);
  const [headline, lead] = event(a, b, rand() < 0.5 ? cityA : cityB, n, day, topic);
  const spokesperson = `${pick(FIRST)} ${pick(LAST)}`;
  const analyst = `${pick(FIRST)} ${pick(LAST)}`;
  const second = pick(EVENTS)(b, a, cityB, 1 + Math.floor(rand() * 900), pick(DAYS), pick(TOPICS))[1];
  const published = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 1_000) * 86_400_000).toISOString().slice(0, 10);
  const text = [
    headline, "",
    lead,
    `"We will not stand by," said ${spokesperson}, a spokesperson for the government in ${cityA}.`,
    `In response, ${second.startsWith("The ") ? `the ${second.slice(4)}` : second}`,
    `${analyst}, an analyst at the ${pick(LAST)} Institute, said relations between the two countries had reached their lowest point since ${2000 + Math.floor(rand() * 23)}.`,
  ].join("\n");
  return { id: `gen-${seed}-${i}`, text, published, source: "generated" };
}

export function* generatedCorpus(count: number, seed = 7, from = 0): Generator<SourceDocument> {
  for (let i = from; i < from + count; i++) yield generatedDocument(i, seed);
}
