import { formatInTimeZone, fromZonedTime } from "date-fns-tz";

// Launches have their own time zone; <input type="datetime-local"> speaks wall-clock time with no zone.
// One module for reading and showing times in a zone: conversions on date-fns-tz, display on Intl.

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** Minutes the zone is ahead of UTC at that instant (Berlin in winter: 60). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const [sign, hours, minutes] = /([+-])(\d{2}):(\d{2})/.exec(formatInTimeZone(date, timeZone, "xxx"))!.slice(1) as [
    string,
    string,
    string,
  ];
  return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** "2026-11-28T02:00" in Europe/Berlin → "2026-11-28T01:00:00.000Z"; "" → null. */
export function localInputToIso(value: string, timeZone: string): string | null {
  if (!value) return null;
  return fromZonedTime(value, timeZone).toISOString();
}

/** An ISO instant → "2026-11-28T02:00" as a clock in `timeZone` shows it (for datetime-local inputs). */
export function isoToLocalInput(iso: string | null, timeZone: string): string {
  if (!iso) return "";
  return formatInTimeZone(iso, timeZone, "yyyy-MM-dd'T'HH:mm");
}

/** Same as isoToLocalInput (the name the checklist screens use). */
export const toZonedInputValue = isoToLocalInput;

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * A datetime-local value read as wall-clock time in `timeZone`, as ISO 8601 with that zone's offset
 * ("2026-11-28T02:00:00+01:00"). The typed digits are kept as they are: a time that a DST change skips
 * (02:30 on the spring-forward night) gets the offset from before the change, as the checklist always did.
 */
export function fromZonedInputValue(value: string, timeZone: string): string | null {
  const match = WALL_CLOCK.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const digits = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}`;
  // The offset at the guessed instant, then once more at the corrected one (across a DST change).
  let offset = zoneOffsetMinutes(new Date(wall), timeZone);
  offset = zoneOffsetMinutes(new Date(wall - offset * 60_000), timeZone);
  const abs = Math.abs(offset);
  return `${digits}:00${offset < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// Showing instants: Intl formats in the zone; these words are what every screen uses.

/** "02:00" in the zone. */
export const formatTime = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));

/** "Sat 28 Nov, 02:00" in the zone, with the zone's short name when asked ("CET", "EST"). */
export function formatDayTime(iso: string, timeZone?: string, withZone = false): string {
  const dayTime = new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(new Date(iso));
  if (!withZone) return dayTime;
  return `${dayTime} ${zoneAbbreviation(iso, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone)}`;
}

/** Same wall clock here and in the zone at that instant? Then showing both would only repeat. */
export const sameClock = (iso: string, timeZone: string, viewerZone: string) =>
  formatDayTime(iso, timeZone) === formatDayTime(iso, viewerZone);

/** "25 min", "2 h 5 min", "3 days". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  return `${Math.round(minutes / (24 * 60))} days`;
}

/** "in 25 min", "12 min late", "due now"; `late` only when the due time has passed. */
export function relativeDue(dueIso: string, now: number): { label: string; late: boolean } {
  const delta = new Date(dueIso).getTime() - now;
  if (Math.abs(delta) < 60_000) return { label: "due now", late: false };
  return delta > 0
    ? { label: `in ${formatDuration(delta)}`, late: false }
    : { label: `${formatDuration(delta)} late`, late: true };
}

export function relativePast(iso: string, now: number): string {
  const delta = now - new Date(iso).getTime();
  if (delta < 45_000) return "just now";
  return `${formatDuration(delta)} ago`;
}

/** The zone's short name at that instant: "CET", "EST", else "GMT+5:30" (each locale knows a few names). */
export function zoneAbbreviation(iso: string, timeZone: string): string {
  const names = ["en-GB", "en-US"].map(
    (locale) =>
      new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
        .formatToParts(new Date(iso))
        .find((part) => part.type === "timeZoneName")?.value ?? timeZone,
  );
  return names.find((name) => !name.startsWith("GMT") && !name.startsWith("UTC")) ?? names[0]!;
}

/** "05:30 CET": a time that says which zone it is in. */
export const formatTimeWithZone = (iso: string, timeZone: string) =>
  `${formatTime(iso, timeZone)} ${zoneAbbreviation(iso, timeZone)}`;
