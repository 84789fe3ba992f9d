import { formatTime, zoneAbbreviation } from "@/lib/time/zoned";

// Imported plans carry clock times in their titles ("5:30 AM - 7:00 AM: DEPLOYMENT PHASE"), written in
// nobody-knows-which zone. Shown beside steps converted to a zone they contradict them, so the title's
// range is rendered from the phase's own planned times, in the zone the viewer sees, with its name.

const CLOCK = String.raw`\d{1,2}(?::\d{2})\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?`;
const RANGE = new RegExp(String.raw`(${CLOCK})\s*(?:-|–|—|to)\s*(${CLOCK})`, "i");
const LEADING = new RegExp(String.raw`^\s*(${CLOCK})(?=\s*[:\-–—|])`, "i");

/** Whether a title carries a clock time of its own. */
export const hasClockTime = (title: string) => RANGE.test(title) || LEADING.test(title);

/**
 * The title with its clock times replaced by the span's real ones ("15:30–17:00 CET: DEPLOYMENT PHASE");
 * unchanged without a clock time in it, or without a span to take the times from.
 */
export function retimeTitle(title: string, span: { start: string; end: string } | null, timeZone: string): string {
  if (!span) return title;
  const zone = zoneAbbreviation(span.start, timeZone);
  if (RANGE.test(title))
    return title.replace(RANGE, `${formatTime(span.start, timeZone)}–${formatTime(span.end, timeZone)} ${zone}`);
  if (LEADING.test(title)) return title.replace(LEADING, `${formatTime(span.start, timeZone)} ${zone}`);
  return title;
}
