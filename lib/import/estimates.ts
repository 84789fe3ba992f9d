// Estimates as runbooks write them: "3 hours", "Duration: 3-4 days", "(10 min)", "~2h", "45 minutes",
// "1.5 h", "1h 30m", "2 weeks". A range counts by its upper bound: the plan then allows for the longer
// case, so an untouched launch is not forecast late while the work is still inside its stated range.

const MINUTES_PER: [RegExp, number][] = [
  [/^(?:m|mins?|minutes?)$/i, 1],
  [/^(?:h|hrs?|hours?)$/i, 60],
  [/^(?:d|days?)$/i, 24 * 60],
  [/^(?:w|wks?|weeks?)$/i, 7 * 24 * 60],
];
const MAX_MINUTES = 7 * 24 * 60;
const NUMBER = String.raw`\d{1,4}(?:[.,]\d{1,2})?`;
const UNIT = String.raw`(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\b\.?`;
const ESTIMATE = new RegExp(
  String.raw`(?:~|≈|ca\.?\s*|approx(?:\.|imately)?\s*|about\s+|up\s+to\s+)?(${NUMBER})\s*(?:(?:-|–|—|to)\s*(${NUMBER})\s*)?(${UNIT})(?:\s*(\d{1,2})\s*(?:m|mins?|minutes?)\b)?`,
  "i",
);
const LABEL =
  /^(?:estimated\s+(?:time|duration|effort)|estimate|effort|duration|time(?:\s+needed|\s+required)?|planned\s+duration|timebox)\s*[:=–-]\s*/i;

/** Minutes an estimate states (upper bound of a range), or null when the text states none. */
export function readEstimate(text: string): number | null {
  const match = ESTIMATE.exec(text);
  if (!match) return null;
  const per = MINUTES_PER.find(([unit]) => unit.test(match[3]!.replace(/\.$/, "")))?.[1];
  if (per === undefined) return null;
  const amount = Number((match[2] ?? match[1])!.replace(",", "."));
  const minutes = Math.round(amount * per + (per === 60 ? Number(match[4] ?? 0) : 0));
  return minutes > 0 && minutes <= MAX_MINUTES ? minutes : null;
}

/** `Estimated time: 3 hours`, `Duration: 3-4 days` (a labelled estimate line) → minutes; null otherwise. */
export function readEstimateField(text: string): number | null {
  const label = LABEL.exec(text.trim());
  return label ? readEstimate(text.trim().slice(label[0].length)) : null;
}

/** "3 h", "45 min", "4 d": how the preview names a duration. */
export function formatMinutes(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `${minutes / (24 * 60)} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return minutes > 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
}
