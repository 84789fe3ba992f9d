import type { Plan } from "@/lib/plans/plan";
import { ImportError, assertImportableText } from "@/lib/import/import-error";
import { assertPlanFits } from "@/lib/import/plan-limits";
import { lexMarkdownLines, type LineToken } from "@/lib/import/lex-markdown-lines";
import { cleanTitle } from "@/lib/import/markdown-text";
import { PlanReader, UNUSED_LIST_LINE } from "@/lib/import/plan-reader";
import { readSuccessCriteria } from "@/lib/import/success-criteria";
import { readCommunications } from "@/lib/import/communications";
import { readGates, readTriggers } from "@/lib/import/gates-and-triggers";
import { assignFunctions, readRoster } from "@/lib/import/people";
import { goLiveInstant, readCheckpointSchedule, readExtraCheckpoints, readWindow } from "@/lib/import/launch-facts";
import { readSeverityLevels } from "@/lib/import/severity-levels";
import { readRolloutStages } from "@/lib/import/rollout-stages";

export type LineKind = "title" | "section" | "step" | "item" | "meta" | "ignored" | "blank";

/**
 * What became of one line of the document. "meta" marks a line that gave facts without being an item
 * or a section: the document's system or go-live, an owner for the items below, an item's details.
 */
export type LineReport = { line: number; text: string; kind: LineKind; note?: string };

export type MarkdownMeta = {
  system?: string;
  goLive?: string;
  /** An IANA zone, from `**Timezone**: …` or the parenthesised zone of the go-live or window line. */
  timezone?: string;
  window?: string;
  lead?: string;
  sponsor?: string;
  /** The launch's description, from `**Description**: …` (as the Markdown export writes it). */
  description?: string;
};

export type MarkdownImport = {
  title: string | null;
  meta: MarkdownMeta;
  plan: Plan;
  /** One entry for every line of the input, in order (a final line break does not start a line). */
  lines: LineReport[];
  warnings: string[];
  /** The go-live's time of day in minutes since midnight, from the go-live line or the schedule; null when neither says. */
  goLiveClock: number | null;
  /** The go-live instant, when the document names a full date (never guessed). */
  goLiveAt: string | null;
};

export const COMPLETION_SUMMARY_NOTE = "completion summary (computed by Launch Control)";

/**
 * Reads a go-live plan written in Markdown. Throws ImportError (→ 422) when the input is empty, binary,
 * larger than 1 MB, yields neither items nor steps, or would not fit a plan; otherwise every line is
 * accounted for.
 *
 * Headings become sections (the first `#` heading is the title); each checkbox line becomes one item of
 * the nearest heading above it, nested by indentation or tree-drawing depth. A document without any
 * checkbox is read by its lists instead: see PlanReader for the rules. Its schedule (a table of steps,
 * timed headings and lines) becomes `plan.steps`, present only when there is one: see ScheduleReader.
 */
export function parsePlanMarkdown(markdown: string): MarkdownImport {
  assertImportableText(markdown);
  const tokens = lexMarkdownLines(markdown);
  const summary = completionSummaryLines(tokens);
  const usesCheckboxes = tokens.some(
    (token) => token.kind === "checkbox" && token.text !== "" && !summary.has(token.line),
  );
  // The communications plan is read twice: first to keep its timed lines off the timeline, then, once
  // the go-live's time is known, to place its messages relative to it.
  // So are "Additional checkpoints at: 11:00 AM, 1:00 PM" lines: checkpoints, not steps.
  const notSchedule = new Set([
    ...readCommunications(tokens, null).block,
    ...readExtraCheckpoints(tokens, null).lines.keys(),
  ]);
  const reader = new PlanReader({ usesCheckboxes, notSchedule });
  let next: LineToken | undefined;
  const nextNonBlank = tokens.map(() => undefined as LineToken | undefined);
  for (let index = tokens.length - 1; index >= 0; index--) {
    nextNonBlank[index] = next;
    if (tokens[index]!.kind !== "blank") next = tokens[index];
  }
  tokens.forEach((token, index) =>
    reader.read(token, summary.has(token.line) ? COMPLETION_SUMMARY_NOTE : null, nextNonBlank[index]),
  );
  const result = reader.finish();
  const criteria = readSuccessCriteria(tokens.filter((token) => token.kind !== "checkbox"));
  if (criteria.metrics.length > 0) {
    result.plan.metrics = criteria.metrics;
    for (const report of result.lines) {
      const note = criteria.lines.get(report.line);
      if (note && report.kind === "ignored") Object.assign(report, { kind: "meta", note });
    }
  }

  const rollout = readRolloutStages(tokens, result.plan.steps ?? []);
  if (rollout.steps.length > 0) result.plan.steps = [...(result.plan.steps ?? []), ...rollout.steps];
  addLaunchFacts(result, tokens, rollout.lines);
  recountUnusedListLines(result);

  // A schedule alone (a table of steps, timed headings without checkboxes) is a plan worth importing.
  if (result.plan.sections.length === 0 && !result.plan.steps)
    throw new ImportError("no_items", undefined, { lines: result.lines });
  assertPlanFits(result.plan);
  return result;
}

// A progress block such as "## ✅ Completion Status" with `- [ ] **Deployment**: _**/**_ items completed`
// and `**Overall Progress**: ___% Complete` is a form to fill in by hand, not work: Launch Control
// computes it. A fill-in line is one with a blank (`___`, `_**/**_`, `__/__`) next to "complete"; a block
// under a "Completion Status" / "Progress Summary" heading is ignored whole if it holds such a line, so a
// real "## Progress" section of tasks is left alone.
const SUMMARY_HEADING = /^(?:(?:completion|progress|overall)\s+(?:status|summary|progress)|progress)$/i;
const FILL_IN_BLANK = /_\*\*\/\*\*_|_{3,}|_{2,}\s*\/\s*_{2,}/;
const isFillIn = (token: LineToken) => FILL_IN_BLANK.test(token.raw) && /complete/i.test(token.raw);

function completionSummaryLines(tokens: LineToken[]): Set<number> {
  const lines = new Set<number>();
  let block: { level: number; lines: number[]; fillIn: boolean } | null = null;
  const closeBlock = () => {
    if (block?.fillIn) for (const line of block.lines) lines.add(line);
    block = null;
  };
  for (const token of tokens) {
    if (token.kind === "heading") {
      if (block && token.level <= block.level) closeBlock();
      if (!block && SUMMARY_HEADING.test(cleanTitle(token.text, { trailingColon: true }))) {
        block = { level: token.level, lines: [], fillIn: false };
        continue;
      }
    }
    if (token.kind === "blank") continue;
    if (isFillIn(token)) lines.add(token.line);
    if (block) {
      block.lines.push(token.line);
      block.fillIn ||= isFillIn(token);
    }
  }
  closeBlock();
  return lines;
}

// The reader counts list lines without a checkbox before the launch's facts are read; those that became
// a fact (a severity level, a rollout stage's notes, a trigger) were used after all.
function recountUnusedListLines(result: MarkdownImport): void {
  const index = result.warnings.findIndex((warning) =>
    warning.includes(" list lines without a checkbox were not imported"),
  );
  if (index < 0) return;
  const unused = result.lines.filter((line) => line.kind === "ignored" && line.note === UNUSED_LIST_LINE).length;
  if (unused === 0) result.warnings.splice(index, 1);
  else result.warnings[index] = result.warnings[index]!.replace(/^\d+/, String(unused));
}

/** Window, checkpoint cadence, communications plan and go-live instant, with notes on the lines they came from. */
function addLaunchFacts(result: MarkdownImport, tokens: LineToken[], stageNotes: Map<number, string>): void {
  const notes = new Map<number, string>(stageNotes);
  const clock = result.goLiveClock;
  result.goLiveAt = goLiveInstant(result.meta.goLive, clock, result.meta.timezone ?? "UTC");
  if (clock !== null && result.meta.window) {
    const window = readWindow(result.meta.window, clock);
    if (window) result.plan.window = window;
  }
  if (clock !== null) {
    const checkpoints = readCheckpointSchedule(tokens, clock, result.plan.steps ?? [], result.plan.phases ?? []);
    if (checkpoints) {
      result.plan.checkpoints = checkpoints.schedule;
      notes.set(checkpoints.line, `checkpoint schedule: every ${checkpoints.schedule.everyMinutes} min`);
    }
    const extra = readExtraCheckpoints(tokens, clock);
    if (extra.offsets.length > 0) result.plan.extraCheckpoints = extra.offsets;
    for (const [line, note] of extra.lines) notes.set(line, note);
  }
  const roster = readRoster(tokens);
  const functions = assignFunctions(result.plan, roster.functions);
  if (functions.length > 0) result.plan.functions = functions;
  for (const [line, note] of roster.lines) notes.set(line, note);
  const gates = readGates(result.plan);
  if (gates.length > 0) result.plan.gates = gates;
  const rollback = readTriggers(tokens, result.plan.metrics ?? []);
  if (rollback.triggers.length > 0) result.plan.triggers = rollback.triggers;
  for (const [line, note] of rollback.lines) notes.set(line, note);
  const severities = readSeverityLevels(tokens);
  if (severities.levels.length > 0) result.plan.severityLevels = severities.levels;
  for (const [line, note] of severities.lines) notes.set(line, note);
  const communications = readCommunications(tokens, clock);
  if (communications.messages.length > 0) result.plan.messages = communications.messages;
  for (const [line, note] of communications.lines) notes.set(line, note);
  for (const report of result.lines) {
    const note = notes.get(report.line);
    if (!note) continue;
    if (report.kind === "ignored" || report.kind === "section" || report.kind === "blank")
      Object.assign(report, { kind: "meta", note });
    else report.note = report.note ? `${report.note}; ${note}` : note;
  }
}
