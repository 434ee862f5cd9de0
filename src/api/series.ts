// Monthly cooperation/conflict series and their trend, GDELT-style: each event counts with its
// type's Goldstein-scale weight; cooperation sums the positive weights, conflict the negative ones.
import { weightOf } from "./plover.ts";

export type TypeMonthCount = Readonly<{ type: string; month: string | null; count: number }>;
export type MonthPoint = Readonly<{ month: string; events: number; cooperation: number; conflict: number; net: number }>;
export type Trend = Readonly<{ slope: number; months: number; direction: "WARMING" | "COOLING" | "FLAT" }>;

/** Counts by type, most frequent first (ties by type name). */
export function countsByType(groups: readonly TypeMonthCount[]): { type: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const g of groups) totals.set(g.type, (totals.get(g.type) ?? 0) + g.count);
  return [...totals].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** "2024-11" -> "2024-12"; "2024-12" -> "2025-01". */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** One point per month from the first to the last month with events; empty months are zero. */
export function monthlySeries(groups: readonly TypeMonthCount[]): MonthPoint[] {
  const byMonth = new Map<string, { events: number; cooperation: number; conflict: number }>();
  for (const g of groups) {
    if (g.month === null) continue;
    const p = byMonth.get(g.month) ?? { events: 0, cooperation: 0, conflict: 0 };
    const w = weightOf(g.type) * g.count;
    p.events += g.count;
    if (w > 0) p.cooperation += w;
    else p.conflict -= w;
    byMonth.set(g.month, p);
  }
  const months = [...byMonth.keys()].sort();
  if (months.length === 0) return [];
  const out: MonthPoint[] = [];
  for (let m = months[0]!; m <= months.at(-1)!; m = nextMonth(m)) {
    const p = byMonth.get(m) ?? { events: 0, cooperation: 0, conflict: 0 };
    out.push({ month: m, events: p.events, cooperation: round(p.cooperation), conflict: round(p.conflict), net: round(p.cooperation - p.conflict) });
  }
  return out;
}

/** Least-squares slope of net weight per month; null with fewer than two months. */
export function trend(series: readonly MonthPoint[], flat = 1e-9): Trend | null {
  const n = series.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  const meanY = series.reduce((s, p) => s + p.net, 0) / n;
  let num = 0;
  let den = 0;
  series.forEach((p, x) => {
    num += (x - meanX) * (p.net - meanY);
    den += (x - meanX) ** 2;
  });
  const slope = num / den;
  return { slope: round(slope), months: n, direction: Math.abs(slope) < flat ? "FLAT" : slope > 0 ? "WARMING" : "COOLING" };
}
