import type { LineToken } from "@/lib/import/lex-markdown-lines";
import { cleanTitle } from "@/lib/import/markdown-text";
import { DAY, findClocks, formatClock, offsetFromGoLive } from "@/lib/import/schedule-time";
import type { Plan, PlanPhase, PlanStep } from "@/lib/plans/plan";
import { localInputToIso } from "@/lib/time/zoned";

// Facts about the launch as a whole that a runbook states in passing: its window, how often the team
// checks in after go-live, and (when it names a date) the go-live instant. Times of day become minutes
// from go-live, so they land on the right day once the launch has its go-live.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "2026-12-05", "December 5, 2026", "5 Dec 2026" in the text, as YYYY-MM-DD; null without a full date. */
export function findDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const pad = (n: number) => String(n).padStart(2, "0");
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  const [month, day, year] = monthFirst
    ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!]
    : dayFirst
      ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!]
      : [];
  const index = month ? MONTHS.indexOf(month.slice(0, 3).toLowerCase()) : -1;
  if (index < 0 || !day || !year || Number(day) < 1 || Number(day) > 31) return null;
  return `${year}-${pad(index + 1)}-${pad(Number(day))}`;
}

/** The go-live instant when the document names a full date and a time; null otherwise (never guessed). */
export function goLiveInstant(goLive: string | undefined, goLiveClock: number | null, timezone: string): string | null {
  const date = goLive ? findDate(goLive) : null;
  if (!date || goLiveClock === null) return null;
  const clock = `${String(Math.floor(goLiveClock / 60)).padStart(2, "0")}:${String(goLiveClock % 60).padStart(2, "0")}`;
  try {
    return localInputToIso(`${date}T${clock}`, timezone);
  } catch {
    return null;
  }
}

/** `5:00 AM - 7:00 AM`, `Friday 22:00 – Saturday 04:00` → minutes from go-live. */
export function readWindow(text: string, goLiveClock: number): Plan["window"] | undefined {
  const [start, end] = findClocks(text);
  if (start === undefined || end === undefined) return undefined;
  const startOffsetMinutes = offsetFromGoLive(start, goLiveClock);
  return { startOffsetMinutes, endOffsetMinutes: startOffsetMinutes + ((((end - start) % DAY) + DAY) % DAY) };
}

const CADENCE =
  /\bevery\s+(?:(\d{1,4})\s*(minutes?|mins?|m|hours?|hrs?|h)\b|(half\s+(?:an\s+)?hour|hour|quarter\s+hour))|\b(hourly|half-hourly)\b/i;
const ABOUT_CHECKPOINTS = /checkpoint|check-in|monitoring|status\s+(?:update|report|call)|health\s+check|stand-?up/i;

function cadenceMinutes(match: RegExpExecArray): number {
  if (match[1]) return /^h/i.test(match[2]!) ? Number(match[1]) * 60 : Number(match[1]);
  const word = (match[3] ?? match[4] ?? "").toLowerCase();
  return word.startsWith("half") ? 30 : word.startsWith("quarter") ? 15 : 60;
}

/**
 * The checkpoint cadence: a line saying "every 30 minutes" (or "hourly") about checkpoints or monitoring,
 * or under such a heading. It runs over the times the same line gives ("from 02:00 to 04:00"); else from
 * the first checkpoint step (or one interval into the phase it sits in) to the end of that phase.
 */
export function readCheckpointSchedule(
  tokens: LineToken[],
  goLiveClock: number,
  steps: PlanStep[],
  phases: PlanPhase[],
): { schedule: NonNullable<Plan["checkpoints"]>; line: number } | null {
  let heading = "";
  for (const token of tokens) {
    if (token.kind === "heading") heading = token.text;
    if (token.kind !== "text" && token.kind !== "bullet" && token.kind !== "heading" && token.kind !== "checkbox")
      continue;
    const text = cleanTitle(token.text);
    const match = CADENCE.exec(text);
    if (!match || !(ABOUT_CHECKPOINTS.test(text) || ABOUT_CHECKPOINTS.test(heading))) continue;
    const everyMinutes = cadenceMinutes(match);
    if (everyMinutes < 5 || everyMinutes > DAY) continue;
    const clocks = findClocks(text);
    if (clocks.length >= 2) {
      const window = readWindow(text, goLiveClock)!;
      return {
        schedule: {
          everyMinutes,
          fromOffsetMinutes: window.startOffsetMinutes,
          untilOffsetMinutes: window.endOffsetMinutes,
        },
        line: token.line,
      };
    }
    const first = steps.find((step) => /checkpoint|check-in/i.test(step.title));
    const phase =
      phases.find((candidate) => candidate.title === (first?.phase ?? "")) ??
      phases.find((candidate) => ABOUT_CHECKPOINTS.test(candidate.title));
    const from =
      first?.startOffsetMinutes ??
      (phase
        ? phase.startOffsetMinutes + everyMinutes
        : clocks[0] !== undefined
          ? offsetFromGoLive(clocks[0], goLiveClock)
          : null);
    const until = phase?.durationMinutes != null ? phase.startOffsetMinutes + phase.durationMinutes : null;
    if (from === null || from === undefined) continue;
    return {
      schedule: {
        everyMinutes,
        fromOffsetMinutes: from,
        untilOffsetMinutes: until === null ? null : Math.max(from, until),
      },
      line: token.line,
    };
  }
  return null;
}

const EXTRA_CHECKPOINTS =
  /\b(?:additional|extra|also|plus|further|special|ad[\s-]?hoc)\b.{0,40}?\b(?:checkpoints?|check[\s-]?ins?|status\s+(?:calls?|checks?)|health\s+checks?)\b|^(?:checkpoints?|check[\s-]?ins?)\s+(?:at|times?)\b/i;

/**
 * Checkpoints at named times outside the cadence ("Additional checkpoints at: 11:00 AM, 1:00 PM",
 * "Extra check-ins 14:00 and 16:00"), as minutes from go-live, with the lines they came from.
 */
export function readExtraCheckpoints(
  tokens: LineToken[],
  goLiveClock: number | null,
): { offsets: number[]; lines: Map<number, string> } {
  const offsets: number[] = [];
  const lines = new Map<number, string>();
  for (const token of tokens) {
    if (token.kind !== "text" && token.kind !== "bullet" && token.kind !== "checkbox") continue;
    const text = cleanTitle(token.text);
    if (!EXTRA_CHECKPOINTS.test(text) || CADENCE.test(text)) continue;
    const clocks = findClocks(text);
    if (clocks.length === 0) continue;
    const found = goLiveClock === null ? [] : clocks.map((clock) => offsetFromGoLive(clock, goLiveClock));
    offsets.push(...found.filter((offset) => !offsets.includes(offset)));
    lines.set(token.line, `additional checkpoints at ${clocks.map(formatClock).join(", ")}`);
  }
  return { offsets: offsets.slice(0, 50), lines };
}
