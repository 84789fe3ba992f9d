// Times of day and durations as runbooks write them: `5:30 AM`, `05:30`, `23:00 – 00:30`, `11:30-1 PM`,
// `(90 min)`, `(1.5 hours)`. Clock times are minutes since midnight (0–1439); a day is not named, so
// which night a time falls on is decided later, from the order of the steps (see build-schedule.ts).

export const DAY = 24 * 60;
const MAX_DURATION = 7 * DAY;

type Clock = { hour: number; minute: number; meridiem: "a" | "p" | null };

// Minutes or a meridiem are required: a bare `2` is a number, not a time.
const CLOCK = /(\d{1,2})(?::([0-5]\d))?(?:\s?([AaPp])\.?\s?[Mm]\b\.?)?/y;
const RANGE_SEPARATOR = /\s*(?:[-–—→]|\b(?:to|until|till)\b)\s*/iy;
const AFTER_TIME = /$|[\s:·|,.)\-–—]/y;
const ANY_CLOCK = /(?<![\d:.])(\d{1,2})(?::([0-5]\d))?(?:\s?([AaPp])\.?\s?[Mm]\b\.?)?(?!\d)/g;

function clockAt(text: string, index: number): { clock: Clock; end: number } | null {
  CLOCK.lastIndex = index;
  const match = CLOCK.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return null;
  const clock = toClock(match[1]!, match[2], match[3]);
  return clock && { clock, end: CLOCK.lastIndex };
}

function toClock(hour: string, minute: string | undefined, meridiem: string | undefined): Clock | null {
  const clock: Clock = {
    hour: Number(hour),
    minute: Number(minute ?? 0),
    meridiem: (meridiem?.toLowerCase() as "a" | "p" | undefined) ?? null,
  };
  if (clock.meridiem ? clock.hour < 1 || clock.hour > 12 : clock.hour > 24 || (clock.hour === 24 && clock.minute > 0))
    return null;
  return clock;
}

const minutesOf = ({ hour, minute }: Clock, meridiem: "a" | "p" | null): number =>
  meridiem === null ? (hour % 24) * 60 + minute : ((hour % 12) + (meridiem === "p" ? 12 : 0)) * 60 + minute;

/**
 * A range's two clocks in minutes. A side without AM/PM takes the reading that makes the range
 * shortest: `5:00 - 5:30 AM` is 5:00 AM, `11:30 - 1:00 PM` starts at 11:30 AM, `9 PM - 1:00` ends at 1 AM.
 */
function rangeMinutes(start: Clock, end: Clock): { start: number; end: number } {
  const readings = (clock: Clock, other: Clock) =>
    clock.meridiem || !other.meridiem || clock.hour > 12
      ? [minutesOf(clock, clock.meridiem)]
      : [minutesOf(clock, "a"), minutesOf(clock, "p")];
  let best = { start: 0, end: 0, length: Infinity };
  for (const s of readings(start, end)) {
    for (const e of readings(end, start)) {
      const length = (e - s + DAY) % DAY;
      if (length < best.length) best = { start: s, end: e, length };
    }
  }
  return { start: best.start, end: best.end };
}

export type TimedText = {
  start: number;
  /** Null for a single time: a milestone unless the text states a duration. */
  end: number | null;
  /** A duration written in the text, `(15 min)`; null when there is none. */
  statedMinutes: number | null;
  title: string;
};

/**
 * Reads text that starts with a time or a time range followed by a title: `5:30 AM - 5:45 AM: ENABLE
 * MAINTENANCE MODE (15 min)`, `23:00 – 00:30 · Schema migration`, `07:30 Checkpoint 1`. Null when the
 * text does not start with a time of day or nothing is left for a title.
 */
export function readTimedText(text: string): TimedText | null {
  const times = timesAt(text);
  if (!times) return null;
  const { minutes, rest } = extractDuration(text.slice(times.after));
  const title = trimSeparators(rest).replace(/\s+/g, " ");
  return title === "" ? null : { start: times.start, end: times.end, statedMinutes: minutes, title };
}

// Walked by hand: a regex anchored at the end (`[-:]+$`) backtracks quadratically over a long run.
function trimSeparators(text: string): string {
  const separator = (char: string | undefined, leading: boolean) =>
    char !== undefined && (/\s/.test(char) || ":·|,-–—".includes(char) || (leading && char === "."));
  let start = 0;
  let end = text.length;
  while (start < end && separator(text[start], true)) start += 1;
  while (end > start && separator(text[end - 1], false)) end -= 1;
  return text.slice(start, end);
}

/** The time or time range the text starts with, and where it ends; the next character must not run on. */
function timesAt(text: string): { start: number; end: number | null; after: number } | null {
  const first = clockAt(text, 0);
  if (!first) return null;
  RANGE_SEPARATOR.lastIndex = first.end;
  const second = RANGE_SEPARATOR.exec(text) ? clockAt(text, RANGE_SEPARATOR.lastIndex) : null;
  if (second && boundaryAt(text, second.end)) return { ...rangeMinutes(first.clock, second.clock), after: second.end };
  return boundaryAt(text, first.end)
    ? { start: minutesOf(first.clock, first.clock.meridiem), end: null, after: first.end }
    : null;
}

function boundaryAt(text: string, index: number): boolean {
  AFTER_TIME.lastIndex = index;
  return AFTER_TIME.test(text);
}

/** A table cell holding a time (`22:00`, `5:30 PM`) or a range (`22:00–22:20`) and nothing else. */
export function readTimeCell(text: string): { start: number; end: number | null } | null {
  const trimmed = text.trim();
  const times = timesAt(trimmed);
  return times && times.after === trimmed.length ? { start: times.start, end: times.end } : null;
}

/** The first time of day anywhere in the text (`Saturday 02:00`, `2026-03-01T07:00`, `Sat 7 PM`), or null. */
export function findClock(text: string): number | null {
  for (const match of text.matchAll(ANY_CLOCK)) {
    if (match[2] === undefined && match[3] === undefined) continue;
    const clock = toClock(match[1]!, match[2], match[3]);
    if (clock) return minutesOf(clock, clock.meridiem);
  }
  return null;
}

/** Every time of day in the text, in order. */
export function findClocks(text: string): number[] {
  const clocks: number[] = [];
  for (const match of text.matchAll(ANY_CLOCK)) {
    if (match[2] === undefined && match[3] === undefined) continue;
    const clock = toClock(match[1]!, match[2], match[3]);
    if (clock) clocks.push(minutesOf(clock, clock.meridiem));
  }
  return clocks;
}

/** Minutes from go-live to a time of day: its occurrence nearest the go-live (within ±12 h). */
export function offsetFromGoLive(clock: number, goLiveClock: number): number {
  return ((((clock - goLiveClock) % DAY) + DAY + DAY / 2) % DAY) - DAY / 2;
}

const UNIT = String.raw`(h|hrs?|hours?|m|mins?|minutes?)\.?`;
const AMOUNT = String.raw`(?:~|≈|ca\.?|approx\.?|about)?\s*(\d{1,5}(?:[.,]\d{1,2})?)\s*${UNIT}(?:\s*(\d{1,3})\s*(?:m|mins?|minutes?)\.?)?`;
const PARENTHESISED = new RegExp(String.raw`[(\[]\s*${AMOUNT}\s*[)\]]`, "i");
// At the end of a title: `Smoke tests ~2h`, `Warm caches — 45 minutes`, `Backfill (3-4 hours)`.
const TRAILING = new RegExp(String.raw`(?:\s+[-–—·]\s+|\s*(?=[~≈]))${AMOUNT}\s*$`, "i");
const RANGE = new RegExp(
  String.raw`[(\[]\s*(?:~|≈)?\s*\d{1,4}\s*[-–]\s*(\d{1,4}(?:[.,]\d{1,2})?)\s*${UNIT}\s*[)\]]`,
  "i",
);
const WHOLE = new RegExp(String.raw`^\s*${AMOUNT}\s*$`, "i");

function durationOf(match: RegExpExecArray): number | null {
  const amount = Number(match[1]!.replace(",", "."));
  const minutes = Math.round(/^h/i.test(match[2]!) ? amount * 60 + Number(match[3] ?? 0) : amount);
  return minutes <= MAX_DURATION ? minutes : null;
}

/** Takes a duration in brackets, `(90 min)`, `(1.5 hours)`, `[1h 30m]`, out of a title. */
export function extractDuration(text: string): { minutes: number | null; rest: string } {
  // A range counts by its upper bound: the plan allows for the longer case (see lib/import/estimates.ts).
  const match = PARENTHESISED.exec(text) ?? RANGE.exec(text) ?? TRAILING.exec(text);
  const minutes = match ? durationOf(match) : null;
  if (minutes === null || !match) return { minutes: null, rest: text };
  return {
    minutes,
    rest: `${text.slice(0, match.index).trimEnd()} ${text.slice(match.index + match[0].length).trimStart()}`.trim(),
  };
}

/** A cell holding only a duration: `20 min`, `1.5 h`. */
export function readDurationCell(text: string): number | null {
  const match = WHOLE.exec(text);
  return match ? durationOf(match) : null;
}

export const formatClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
