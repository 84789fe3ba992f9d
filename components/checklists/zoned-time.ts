// Times on the day are read in the launch's time zone; these helpers convert without a date library.

const partsIn = (date: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute"), second: get("second") };
};

/** Minutes the zone is ahead of UTC at that instant (Berlin in winter: 60). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const pad = (value: number) => String(value).padStart(2, "0");

/** An instant as the value of an <input type="datetime-local"> showing the zone's wall clock. */
export function toZonedInputValue(iso: string | null, timeZone: string): string {
  if (!iso) return "";
  const p = partsIn(new Date(iso), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A datetime-local value read as wall-clock time in `timeZone`, as ISO 8601 with that zone's offset. */
export function fromZonedInputValue(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the guessed instant, then once more at the corrected one (across a DST change).
  let offset = zoneOffsetMinutes(new Date(wall), timeZone);
  offset = zoneOffsetMinutes(new Date(wall - offset * 60_000), timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "02:00" in the zone. */
export const formatTime = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));

/** "Sat 28 Nov, 02:00" in the zone, with the zone's short name when asked ("CET"). */
export const formatDayTime = (iso: string, timeZone?: string, withZone = false) =>
  new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: withZone ? "short" : undefined,
  }).format(new Date(iso));

/** Same wall clock here and in the zone at that instant? Then showing both would only repeat. */
export const sameClock = (iso: string, timeZone: string, viewerZone: string) => formatDayTime(iso, timeZone) === formatDayTime(iso, viewerZone);

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
  return delta > 0 ? { label: `in ${formatDuration(delta)}`, late: false } : { label: `${formatDuration(delta)} late`, late: true };
}

export function relativePast(iso: string, now: number): string {
  const delta = now - new Date(iso).getTime();
  if (delta < 45_000) return "just now";
  return `${formatDuration(delta)} ago`;
}
