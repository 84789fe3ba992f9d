import { formatInTimeZone } from "date-fns-tz";

// How the report writes times, durations and values: on the launch's own clock, the same in the page,
// the Markdown and the CSV files, so a reader can compare them line by line.

/** "2026-11-28 02:00" in the launch's zone (CSV and Markdown). */
export const localDateTime = (iso: string | null, timeZone: string) =>
  iso ? formatInTimeZone(iso, timeZone, "yyyy-MM-dd HH:mm") : "";

/** "02:00" in the launch's zone. */
export const localClock = (iso: string | null, timeZone: string) =>
  iso ? formatInTimeZone(iso, timeZone, "HH:mm") : "";

export const minutesBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

/** "+12 min", "−5 min", "on time". */
export function signedMinutes(minutes: number | null): string {
  if (minutes === null) return "";
  if (minutes === 0) return "on time";
  return `${minutes > 0 ? "+" : "−"}${durationText(Math.abs(minutes))}`;
}

/** "45 min", "2 h", "1 h 5 min". */
export function durationText(minutes: number | null): string {
  if (minutes === null) return "";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A metric value as people write it: up to 3 decimals, no trailing zeros, then the unit ("0.05 %"). */
export function valueText(value: number, unit: string): string {
  const number = Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  return unit ? `${number} ${unit}` : number;
}

/** When a value only warns, in words: "≥ 400 ms" for "passes below 500, warns from 400". */
export function warnCriterion(metric: {
  comparator: "lt" | "lte" | "gt" | "gte" | "eq";
  warnThreshold: number | null;
  unit: string;
}): string | null {
  if (metric.warnThreshold === null) return null;
  const negated = { lt: "≥", lte: ">", gt: "≤", gte: "<", eq: "≠" }[metric.comparator];
  return `${negated} ${valueText(metric.warnThreshold, metric.unit)}`;
}

export const resultMark = { pass: "✓", warn: "⚠", fail: "✗" } as const;
