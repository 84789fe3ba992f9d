import type { LineToken } from "@/lib/import/lex-markdown-lines";
import { cleanTitle } from "@/lib/import/markdown-text";
import type { PlanMetric } from "@/lib/plans/plan";

// "## Success criteria" lists in plans read like "Error rate below 0.1%", "p95 latency below 350 ms",
// "Authorisation success rate at least 97.5%", "Zero critical incidents". Each such bullet becomes a
// metric with a comparator and threshold; a bullet that says no number stays as it was.
const HEADING =
  /success\s+(criteria|metrics|standards|measures|indicators)|kpis?\b|targets|launch\s+metrics|acceptance\s+metrics|go[\s-]?live\s+criteria/i;
const COMPARATORS: [RegExp, PlanMetric["comparator"]][] = [
  [/\b(?:below|under|less than|lower than)\b|</i, "lt"],
  [/\bat most\b|\bno more than\b|≤|<=/i, "lte"],
  [/\b(?:above|over|more than|greater than|higher than)\b|>/i, "gt"],
  [/\bat least\b|\bno less than\b|≥|>=/i, "gte"],
  [/\b(?:equals?|exactly)\b|=/i, "eq"],
];
const NUMBER =
  /(-?\d+(?:[.,]\d+)?)\s*(%|ms|seconds|sec|s|minutes|min|hours|h|rps|req\/s|\/\s*\d+(?:\.\d+)?|[a-z]+(?:\/[a-z]+)?)?/i;
// `Uptime: 100%`, `Response time: 200 ms`: a target without a comparator is a floor, except for what
// should stay low (times, latency, errors, failures, tickets), where it is a ceiling.
const LOWER_IS_BETTER =
  /\b(?:time|latency|errors?|failures?|incidents?|tickets?|downtime|lag|p\d{2}|bugs?|complaints?|churn|drop|loss)\b/i;
const NAMED_TARGET = /^(.+?)\s*:\s*(?:~|approx\.?)?\s*(-?\d+(?:[.,]\d+)?)(.*)$/;

export function parseCriterion(text: string): Omit<PlanMetric, "key"> | null {
  const clean = cleanTitle(text).replace(/\s+/g, " ");
  const zero = /^(?:zero|no)\s+(.+)$/i.exec(clean);
  if (zero) return { name: capitalise(zero[1]!), unit: "", comparator: "eq", threshold: 0 };
  for (const [pattern, comparator] of COMPARATORS) {
    const match = pattern.exec(clean);
    if (!match) continue;
    const name = clean
      .slice(0, match.index)
      .replace(/\s+(?:is|should be|must be|stays?|remains?)\s*$/i, "")
      .replace(/\s*[:=–-]\s*$/, "")
      .trim();
    const number = NUMBER.exec(clean.slice(match.index + match[0].length));
    if (!name || !number) return null;
    return {
      name: capitalise(name),
      unit: unitOf(number[2]),
      comparator,
      threshold: Number(number[1]!.replace(",", ".")),
    };
  }
  const target = NAMED_TARGET.exec(clean);
  if (target) {
    const name = target[1]!.trim();
    const unit = NUMBER.exec(`${target[2]}${target[3]}`)?.[2];
    return {
      name: capitalise(name),
      unit: unitOf(unit),
      comparator: LOWER_IS_BETTER.test(name) ? "lte" : "gte",
      threshold: Number(target[2]!.replace(",", ".")),
    };
  }
  return null;
}

/** `%`, `ms`, `/5` (of `4.0/5.0`), `users`: units as written, short enough for a metric. */
function unitOf(raw: string | undefined): string {
  const unit = (raw ?? "").replace(/\s+/g, "").toLowerCase();
  return /^\//.test(unit) ? unit.replace(/\.0+$/, "") : unit.slice(0, 20);
}

/** The success criteria listed under a "Success criteria" heading, with the lines they came from. */
export function readSuccessCriteria(tokens: LineToken[]): { metrics: PlanMetric[]; lines: Map<number, string> } {
  const metrics: PlanMetric[] = [];
  const lines = new Map<number, string>();
  let level: number | null = null;
  for (const token of tokens) {
    if (token.kind === "heading") {
      level = HEADING.test(token.text) ? token.level : level !== null && token.level > level ? level : null;
      continue;
    }
    // `**Success Criteria:**` or `Success metrics:` above a list opens a block like a heading does.
    if (
      (token.kind === "text" || token.kind === "bullet") &&
      HEADING.test(token.text) &&
      /:\**\s*$|^\*\*[^*]+\*\*$/.test(token.text.trim())
    ) {
      level = 7;
      continue;
    }
    if (token.kind === "text" && token.column === 0 && level === 7) level = null;
    if (level === null || (token.kind !== "bullet" && token.kind !== "checkbox")) continue;
    const criterion = parseCriterion(token.text);
    if (!criterion) continue;
    const key = uniqueKey(criterion.name, metrics);
    metrics.push({ key, ...criterion });
    lines.set(
      token.line,
      `success criterion "${criterion.name} ${symbol[criterion.comparator]} ${criterion.threshold}${criterion.unit ? ` ${criterion.unit}` : ""}"`,
    );
  }
  return { metrics, lines };
}

const symbol: Record<PlanMetric["comparator"], string> = { lt: "<", lte: "≤", gt: ">", gte: "≥", eq: "=" };
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function uniqueKey(name: string, taken: PlanMetric[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "")
      .slice(0, 50) || "metric";
  let key = base;
  for (let n = 2; taken.some((metric) => metric.key === key); n++) key = `${base}_${n}`;
  return key;
}
