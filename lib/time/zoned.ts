import { formatInTimeZone, fromZonedTime } from "date-fns-tz";

// <input type="datetime-local"> speaks wall-clock time with no zone; launches have their own zone.
// These convert between that wall-clock text in the launch's zone and ISO instants.

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
