import type { LineToken } from "@/lib/import/lex-markdown-lines";
import { cleanTitle, stripInlineMarkdown } from "@/lib/import/markdown-text";
import { parseCriterion } from "@/lib/import/success-criteria";
import { flattenPlanItems, type Plan, type PlanGate, type PlanTrigger } from "@/lib/plans/plan";

// Decision points and abort conditions. A step named like a decision ("Final Sign-Off", "Go / no-go")
// or a section that states the bar for going live ("GO-LIVE APPROVED IF ALL MET") becomes a gate; the
// sign-offs it lists ("QA sign-off obtained", "approval from the change board") say who signs it.
// Rollback criteria ("Critical/High: consider rollback immediately", "error rate > 0.5%") become triggers;
// those no metric measures ("Any data loss", "Security breach detected") are manual: the team judges them.

const DECISION =
  /\bsign[\s-]?off\b|\bgo\s*[/-]?\s*no[\s-]?go\b|\bapprov(?:al|ed|e)\b|\bgo[\s-]?live\s+(?:criteria|decision)\b/i;
const SIGNER = [
  /^(?:get\s+|obtain\s+)?(.{2,60}?)\s+sign[\s-]?off\b/i,
  /\bsign[\s-]?off\s+(?:from|by)\s+(?:the\s+)?(.{2,60}?)(?:\s+(?:obtained|received|given|done))?$/i,
  /\bapprov(?:al|ed)\s+(?:from|by)\s+(?:the\s+)?(.{2,60}?)(?:\s+(?:obtained|received|given|done))?$/i,
  /^(.{2,60}?)\s+(?:approves?|signs?\s+off|approval)\b/i,
];
const SPONSOR = /\b(?:sponsor|executive|stakeholders?|business\s+owner|management|leadership)\b/i;

/** Who a line asks to sign: `{ by: "function", value: "QA" }`, or the sponsor role for stakeholders. */
export function readSigner(text: string): PlanGate["signoffs"][number] | null {
  const clean = cleanTitle(text).replace(/[.!]+$/, "");
  for (const pattern of SIGNER) {
    const match = pattern.exec(clean);
    const who = match?.[1]?.replace(/^(?:all|the|final)\s+/i, "").trim();
    if (!who || /^(?:final|all|get|obtain)$/i.test(who)) continue;
    return SPONSOR.test(who) ? { by: "role", value: "sponsor" } : { by: "function", value: who.slice(0, 120) };
  }
  return null;
}

const unique = (signoffs: PlanGate["signoffs"]) =>
  signoffs.filter(
    (signoff, index) =>
      signoffs.findIndex(
        (other) => other.by === signoff.by && other.value.toLowerCase() === signoff.value.toLowerCase(),
      ) === index,
  );

/** Gates from decision steps (signed by the sign-offs among their items) and decision sections. */
export function readGates(plan: Plan): PlanGate[] {
  const gates: PlanGate[] = [];
  const items = plan.sections.flatMap((section) => flattenPlanItems(section.items));
  (plan.steps ?? []).forEach((step, index) => {
    if (!DECISION.test(step.title)) return;
    const signoffs = unique(
      items.filter((item) => item.step === index).flatMap((item) => readSigner(item.title) ?? []),
    );
    // A decision step with no sign-off lines is decided by its owner ("Go / no-go #2 … | VP Engineering").
    if (signoffs.length === 0 && step.owner) signoffs.push({ by: "function", value: step.owner.slice(0, 120) });
    gates.push({ title: step.title.slice(0, 200), step: index, signoffs });
  });
  const gateSteps = new Set(gates.map((gate) => gate.step));
  plan.sections.forEach((section, index) => {
    const sectionItems = flattenPlanItems(section.items);
    const detailsGateStep =
      sectionItems.length > 0 && sectionItems.every((item) => item.step !== undefined && gateSteps.has(item.step));
    if (!DECISION.test(section.title) || detailsGateStep) return;
    const signoffs = unique(sectionItems.flatMap((item) => readSigner(item.title) ?? []));
    gates.push({ title: section.title.slice(0, 200), sections: [index], signoffs });
  });
  return gates.slice(0, 50);
}

const ROLLBACK_BLOCK =
  /\broll\s*-?back\s+(?:criteria|triggers?|conditions?|decision)|\broll\s*-?back\s+if\b|\babort\s+(?:criteria|conditions?|if)|\bwhen\s+to\s+roll\s*-?back|\bno[\s-]?go\s+criteria/i;
const CRITICAL = /\b(?:critical|p1|sev(?:erity)?\s*-?\s*1|blocker)\b/i;
const ROLLBACK_WORDS = /\broll\s*-?back\b|\babort\b|\brevert\b/i;
const NOT_ROLLBACK =
  /\bfix[\s-]?forward\b|\b(?:no|not|don'?t|never)\s+(?:a\s+)?roll\s*-?back\b|\b(?:monitor|log|note)\s+only\b|\b(?:continue|proceed)\b/i;

/**
 * Rollback triggers: list lines under a rollback-criteria heading or label, `Trigger: …` lines, and a
 * table's "Abort if" / "Rollback if" column. A metric condition needs a success criterion of that name.
 */
export function readTriggers(
  tokens: LineToken[],
  metrics: NonNullable<Plan["metrics"]>,
): { triggers: PlanTrigger[]; lines: Map<number, string> } {
  const triggers: PlanTrigger[] = [];
  const lines = new Map<number, string>();
  let level: number | null = null;
  let abortColumn: number | null = null;
  const add = (line: number, text: string) => {
    const trigger = readTrigger(text, metrics);
    if (!trigger || triggers.some((known) => known.description === trigger.description)) return;
    triggers.push(trigger);
    lines.set(
      line,
      `rollback trigger "${trigger.description}"${trigger.kind === "manual" ? " (judged by the team)" : ""}`,
    );
  };
  for (const token of tokens) {
    if (token.kind === "heading") {
      if (level !== null && token.level <= level) level = null;
      if (ROLLBACK_BLOCK.test(token.text)) level = token.level;
      continue;
    }
    if (token.kind === "table") {
      const names = token.cells.map((cell) => stripInlineMarkdown(cell).toLowerCase());
      const header = names.findIndex((name) => /^(?:abort|roll\s*back|trigger)/.test(name));
      if (header >= 0) abortColumn = header;
      else if (abortColumn !== null && !token.delimiter)
        add(token.line, stripInlineMarkdown(token.cells[abortColumn] ?? ""));
      continue;
    }
    abortColumn = null;
    if (token.kind !== "bullet" && token.kind !== "text" && token.kind !== "checkbox") continue;
    const text = cleanTitle(token.text);
    if (token.kind === "text" && ROLLBACK_BLOCK.test(text) && /:\s*$/.test(text)) {
      level = 7;
      continue;
    }
    const labelled = /^(?:rollback\s+)?triggers?\s*:\s*(.+)$/i.exec(text);
    if (labelled) add(token.line, labelled[1]!);
    else if (level !== null && token.kind !== "checkbox") add(token.line, text);
  }
  return { triggers: triggers.slice(0, 100), lines };
}

/** Marks a trigger the team judges, as the Markdown export writes it: its words alone may read otherwise. */
export const JUDGED_BY_THE_TEAM = "(judged by the team)";
const JUDGED = /\s*\(judged by the team\)\s*$/i;

function readTrigger(text: string, metrics: NonNullable<Plan["metrics"]>): PlanTrigger | null {
  if (JUDGED.test(text)) {
    const description = text.replace(JUDGED, "").trim().slice(0, 2000);
    return description ? { kind: "manual", description } : null;
  }
  const description = text.trim().slice(0, 2000);
  if (!description || /^(?:—|-|n\/a)$/i.test(description)) return null;
  const condition = parseCriterion(description.replace(/\s+for\s+\d+\s*(?:min(?:ute)?s?|h(?:ours?)?).*$/i, ""));
  if (condition) {
    const metric = metrics.find((known) => sameName(known.name, condition.name));
    if (metric)
      return {
        kind: "metric",
        metric: metric.key,
        comparator: condition.comparator,
        threshold: condition.threshold,
        description,
      };
  }
  if (CRITICAL.test(description) || (/\bincident/i.test(description) && ROLLBACK_WORDS.test(description)))
    return { kind: "critical_incident", description };
  // "Any data loss", "Security breach detected", a threshold on something the plan does not measure:
  // a condition the team judges at each checkpoint. "Medium: fix forward" says when *not* to roll back.
  return NOT_ROLLBACK.test(description) ? null : { kind: "manual", description };
}

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const sameName = (a: string, b: string) => {
  const [x, y] = [words(a), words(b)];
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
};
