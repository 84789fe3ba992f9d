// The words and clocks the war room reads: countdowns, elapsed time, "running 12 min late", "T-30 min".
// Pure, so every screen words the same facts the same way.

const MINUTE = 60_000;
const pad = (value: number) => String(value).padStart(2, "0");

/** "45 min", "1 h 30 min", "2 h" for a whole number of minutes (the sign is dropped). */
export function minutesLabel(minutes: number): string {
  const total = Math.abs(Math.round(minutes));
  if (total < 60) return `${total} min`;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A ticking clock for a span: "04:05", "1:02:05", "2d 03:00:00" (the sign is dropped). */
export function formatClock(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = seconds % 60;
  if (days > 0) return `${days}d ${pad(hours)}:${pad(minutes)}:${pad(secs)}`;
  if (hours > 0) return `${hours}:${pad(minutes)}:${pad(secs)}`;
  return `${pad(minutes)}:${pad(secs)}`;
}

/** How long a running step has been going, as a ticking clock; null before it started. */
export function elapsedClock(actualStart: string | null, now: number): string | null {
  if (!actualStart) return null;
  return formatClock(Math.max(0, now - Date.parse(actualStart)));
}

export type VarianceTone = "early" | "on_time" | "late" | "unknown";

/** The headline for the forecast go-live: "running 12 min late", "on time", "3 min early". */
export function varianceWording(minutes: number | null): { text: string; tone: VarianceTone } {
  if (minutes === null) return { text: "no forecast yet", tone: "unknown" };
  if (minutes === 0) return { text: "on time", tone: "on_time" };
  if (minutes > 0) return { text: `running ${minutesLabel(minutes)} late`, tone: "late" };
  return { text: `${minutesLabel(minutes)} early`, tone: "early" };
}

/** One step's variance, signed: "+12 min late", "−3 min early" (a real minus sign), "on time". */
export function stepVarianceLabel(minutes: number): string {
  if (minutes === 0) return "on time";
  return minutes > 0 ? `+${minutesLabel(minutes)} late` : `\u2212${minutesLabel(minutes)} early`;
}

/** A planned time relative to go-live: "T-30 min", "T-0", "T+1 h 30 min". */
export function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "T-0";
  return `T${offsetMinutes < 0 ? "-" : "+"}${minutesLabel(offsetMinutes)}`;
}

/** Minutes from go-live to a time, for showing "T-30 min" beside steps placed at a clock time too. */
export function offsetFromGoLive(at: string | Date, goLiveAt: string | null): number | null {
  if (!goLiveAt) return null;
  const time = typeof at === "string" ? Date.parse(at) : at.getTime();
  return Math.round((time - Date.parse(goLiveAt)) / MINUTE);
}
