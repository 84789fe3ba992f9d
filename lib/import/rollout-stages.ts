import type { LineToken } from "@/lib/import/lex-markdown-lines";
import { cleanTitle, metaKeyFor, parseFields } from "@/lib/import/markdown-text";
import { formatMinutes, readEstimate } from "@/lib/import/estimates";
import type { PlanStep } from "@/lib/plans/plan";

// A staged rollout as plans write it:
//   ### Phase 1: Soft Launch (Day 1-2)        - **Soft launch** (Day 1–2): 5–10 users, 24–48 h
//   - 5–10 internal users                     - **Full launch** (Day 3): all users
//   - Monitor for 24–48 h
//   ### Phase 2: Full Launch
// Each stage becomes a timeline step that waits for the one before (the first waits for the go-live
// step, if the plan has one), with its duration and its audience in the step's notes. "Day N" counts
// from the go-live day (Day 1), so it places the stage; without one the stage is untimed.

const STAGE_NAME = String.raw`soft[\s-]?launch|(?:closed\s+|open\s+|private\s+|public\s+)?beta(?:\s+(?:launch|release))?|pilot|canary|dark\s+launch|limited\s+(?:launch|release|rollout|availability)|early\s+access|friends\s+(?:and|&)\s+family|internal\s+(?:launch|release|rollout)|dogfood(?:ing)?|full\s+(?:launch|rollout|release|availability)|general\s+availability|public\s+(?:launch|release)|hard\s+launch`;
const NUMBERED = String.raw`(?:phase|stage|wave|ring|step)\s*\d+`;
const NAMED = new RegExp(String.raw`^((?:${NUMBERED}\s*[:.–—-]\s*)?(?:${STAGE_NAME}))\b(.*)$`, "i");
const NUMBERED_ONLY = new RegExp(String.raw`^(${NUMBERED})\s*[:.–—-]?\s*(.*)$`, "i");
const BLOCK =
  /\b(?:roll[\s-]?out|soft[\s-]?launch|staged|phased\s+(?:launch|release|rollout)|launch\s+(?:phases|stages|waves)|release\s+(?:stages|waves|rings))\b/i;
const DAYS = /\b(day|week)s?\s*(\d{1,3})(?:\s*(?:[-–—]|to)\s*(\d{1,3}))?\b/i;
const AUDIENCE = new RegExp(
  [
    String.raw`~?\d[\d,.]*\s*(?:[-–—]|to)\s*\d[\d,.]*\s*%?\s*(?:of\s+)?(?:(?:the\s+)?[a-z-]+\s+)?(?:users|customers|merchants|accounts|people|testers|tenants|stores|traffic|regions?)`,
    String.raw`\d+(?:\.\d+)?\s*%\s*(?:of\s+)?(?:(?:the\s+)?(?:users|customers|traffic|merchants|accounts|tenants))?`,
    String.raw`\b\d[\d,]*\s+(?:[a-z-]+\s+)?(?:users|customers|merchants|accounts|testers|tenants|stores)`,
    String.raw`\b(?:internal|beta|pilot|selected|friendly|vip|all|existing|new)\s+(?:users|customers|testers|merchants|accounts|staff|employees|traffic)\b`,
    String.raw`\bemployees\b`,
  ].join("|"),
  "i",
);
const DAY = 24 * 60;

type Stage = {
  line: number;
  title: string;
  level: number;
  column: number;
  text: string;
  subLines: { line: number; text: string }[];
};

/** Rollout stages as steps (indices start after `existing` steps), and notes for the lines they came from. */
export function readRolloutStages(
  tokens: LineToken[],
  existing: PlanStep[],
): { steps: PlanStep[]; lines: Map<number, string> } {
  const stages: Stage[] = [];
  let block: number | null = null;
  let open: Stage | null = null;
  for (const token of tokens) {
    if (token.kind === "blank" || token.kind === "rule" || token.kind === "fence" || token.kind === "code") continue;
    const text = "text" in token ? cleanTitle(token.text) : "";
    const level = token.kind === "heading" ? token.level : 7;
    const column = "column" in token ? token.column : 0;
    if (token.kind === "heading") {
      if (block !== null && token.level <= block) block = null;
      if (open && token.level <= open.level) open = null;
    } else if (open && open.level === 7 && column <= open.column) open = null;
    // A checkbox is work to tick ("Canary deployment configured"), never a stage of its own.
    // Nor is a launch fact ("**Public Launch**: 7:00 AM" is the go-live).
    const fact = "text" in token && parseFields(token.text, { allowPlain: true })?.some((f) => metaKeyFor(f.label));
    const stage = token.kind === "table" || token.kind === "checkbox" || fact ? null : readStage(text, block !== null);
    if (stage) {
      open = { line: token.line, title: stage.title, level, column, text: stage.rest, subLines: [] };
      stages.push(open);
      continue;
    }
    if (token.kind === "heading" && BLOCK.test(text)) block = token.level;
    else if (open && token.kind !== "heading" && token.kind !== "table") open.subLines.push({ line: token.line, text });
  }
  return toSteps(stages.slice(0, 20), existing);
}

function readStage(text: string, inBlock: boolean): { title: string; rest: string } | null {
  const named = NAMED.exec(text);
  // "Soft launch (Day 1-2)", "Beta: 50 users", "Canary — 5%"; not "Canary deployment strategy configured".
  if (named && /^(?:$|[(:–—|,[-]|\s+(?:for|to|with)\b)/i.test(named[2]!.replace(/^\s+(?=[(:–—|,[-])/, "")))
    return { title: named[1]!.trim(), rest: named[2]!.trim().replace(/^[:–—|,-]\s*/, "") };
  const numbered = inBlock ? NUMBERED_ONLY.exec(text) : null;
  // "Stage 2: 25% of users" in a rollout section: a stage, though it has no name.
  if (numbered && (AUDIENCE.test(numbered[2]!) || DAYS.test(numbered[2]!)))
    return { title: numbered[1]!.trim(), rest: numbered[2]!.trim() };
  return null;
}

function toSteps(stages: Stage[], existing: PlanStep[]): { steps: PlanStep[]; lines: Map<number, string> } {
  const lines = new Map<number, string>();
  const goLive = existing.findIndex((step) => step.goLive);
  const steps: PlanStep[] = [];
  stages.forEach((stage, index) => {
    const all = [stage.text, ...stage.subLines.map((sub) => sub.text)];
    const days = all.map((text) => DAYS.exec(text)).find(Boolean);
    const unit = days && /^w/i.test(days[1]!) ? 7 * DAY : DAY;
    const first = days ? Number(days[2]) : null;
    const last = days ? Number(days[3] ?? days[2]) : null;
    // A stated length (upper bound of "24–48 h") wins over the length of a day range.
    const stated = all.map((text) => readEstimate(text.replace(DAYS, ""))).find((minutes) => minutes !== null);
    const duration = stated ?? (first !== null && days?.[3] ? (last! - first + 1) * unit : undefined);
    const audience = all.map((text) => AUDIENCE.exec(text)?.[0]).find(Boolean);
    const notes = [
      ...(audience ? [`Audience: ${audience.trim()}`] : []),
      ...(stage.text ? [stage.text] : []),
      ...stage.subLines.map((sub) => `- ${sub.text}`),
    ].join("\n");
    // A stage placed by its day starts then (Day 1 is the go-live: the soft launch *is* the launch);
    // one without a day follows the go-live step. Each later stage follows the one before it, and never
    // starts before that one's planned end, so an untouched launch is not forecast late.
    const previous = index === 0 ? (goLive >= 0 && first === null ? goLive : null) : existing.length + index - 1;
    const before = steps[index - 1];
    const beforeEnd =
      before?.startOffsetMinutes != null ? before.startOffsetMinutes + (before.durationMinutes ?? 0) : null;
    const start = first === null ? null : Math.max((first - 1) * unit, beforeEnd ?? -Infinity);
    steps.push({
      title: stage.title.slice(0, 300),
      phase: "Rollout",
      startOffsetMinutes: start,
      ...(duration !== undefined && { durationMinutes: Math.min(duration, 7 * DAY) }),
      ...(previous !== null && { after: [previous] }),
      ...(notes && { notes: notes.slice(0, 10_000) }),
    });
  });
  stages.forEach((stage, index) => {
    const step = steps[index]!;
    const when = step.startOffsetMinutes == null ? "" : ` from day ${Math.floor(step.startOffsetMinutes / DAY) + 1}`;
    const length = step.durationMinutes === undefined ? "" : `, ${formatMinutes(step.durationMinutes)}`;
    lines.set(stage.line, `rollout stage "${step.title}"${when}${length}`);
    for (const sub of stage.subLines) lines.set(sub.line, `notes of rollout stage "${step.title}"`);
  });
  return { steps, lines };
}
