import type { PlanItem, PlanPhase, PlanStep } from "@/lib/plans/plan";
import type { LineToken } from "@/lib/import/lex-markdown-lines";
import {
  buildSchedule,
  describeStep,
  type Schedule,
  type StepDraft,
  type StepSource,
} from "@/lib/import/build-schedule";
import { cleanTitle, shorten, stripInlineMarkdown } from "@/lib/import/markdown-text";
import { findDependencies } from "@/lib/import/dependencies";
import {
  extractDuration,
  readDurationCell,
  readTimeCell,
  readTimedText,
  type TimedText,
} from "@/lib/import/schedule-time";

// planStepSchema's limits.
const MAX = { title: 300, phase: 120, owner: 200 } as const;

type Column = "start" | "end" | "time" | "title" | "owner" | "duration" | "number" | "after" | "kind";
type Columns = Partial<Record<Column, number>>;

const COLUMN_NAMES: Record<string, Column> = {
  start: "start",
  "start time": "start",
  starts: "start",
  from: "start",
  begin: "start",
  end: "end",
  "end time": "end",
  ends: "end",
  until: "end",
  to: "end",
  finish: "end",
  time: "time",
  when: "time",
  slot: "time",
  "time slot": "time",
  step: "title",
  task: "title",
  activity: "title",
  action: "title",
  what: "title",
  event: "title",
  milestone: "title",
  owner: "owner",
  owners: "owner",
  "owner s": "owner",
  who: "owner",
  responsible: "owner",
  lead: "owner",
  assignee: "owner",
  duration: "duration",
  length: "duration",
  "duration min": "duration",
  no: "number",
  after: "after",
  "waits for": "after",
  kind: "kind",
};

/** The innermost timed line; `outer` is the one it is listed under, current again when its list ends. */
type LineStep = { draft: StepDraft; column: number | null; groups: boolean; outer: LineStep | null };

export type TableRowReport = { kind: "step" | "meta" | "ignored"; note: () => string };

/**
 * Finds a plan's schedule while PlanReader reads it, and links items to its steps:
 * - A table whose header names a start (or time) column and a step / task / activity column is a
 *   schedule: each row with a start time is a step, with the Owner column as its owner.
 * - A heading, a bold line, a bold-led line or (outside an item) a list line that starts with a time
 *   or a time range is a step: `### 23:00 – 00:30 · Schema migration (90 min)`, `**7:00 AM - LAUNCH**`.
 * - Items belong to the innermost timed line above them: a timed heading until the next heading of its
 *   level or higher; a bold line until the next heading, bold label or timed line; a list line until a
 *   list line as far left. `Owner: X` in that stretch gives the step an owner.
 * - Phase: the nearest enclosing heading that is not a step; for a line under a timed heading, that
 *   heading's step title. Titles keep their case as written (ALL CAPS too: title-casing would break
 *   acronyms such as DNS or API).
 */
export class ScheduleReader {
  private readonly drafts: StepDraft[] = [];
  private readonly links: { item: PlanItem; draft: StepDraft }[] = [];
  private trail: ({ title: string; step: StepDraft | null } | undefined)[] = [];
  private headingSteps: { level: number; draft: StepDraft }[] = [];
  /** `groups`: a bold label or a list line, under which timed list lines may be its phase's steps. */
  private lineStep: LineStep | null = null;
  private table: { columns: Columns | null; rows: number } | null = null;
  private schedule: Schedule | null = null;
  private readonly dependencies: { line: number; draft: StepDraft; text: string }[] = [];
  private readonly dependencyNotes = new Map<number, string>();

  /** `notSchedule`: lines that are not timeline steps whatever time they start with (a communications plan). */
  constructor(
    private readonly warnings: string[],
    private readonly notSchedule: ReadonlySet<number> = new Set(),
  ) {}

  heading(line: number, level: number, title: string): StepDraft | null {
    this.trail = this.trail.slice(0, level - 1);
    this.headingSteps = this.headingSteps.filter((open) => open.level < level);
    this.lineStep = null;
    const timed = this.notSchedule.has(line) ? null : readTimedText(title);
    const draft =
      timed && this.draft(line, "heading", timed, this.trail.findLast((heading) => heading && !heading.step)?.title);
    this.trail[level - 1] = { title, step: draft };
    if (draft) this.headingSteps.push({ level, draft });
    return draft;
  }

  /** A bold-only line (`column` null) or a bold list item with a list under it. */
  label(line: number, label: string, column: number | null): StepDraft | null {
    this.lineStep = null;
    const draft = this.line(line, label, column);
    const opened = this.lineStep as LineStep | null;
    if (opened) opened.groups = true;
    return draft;
  }

  /** A line that may start with a time; `column` null for a line that is not a list item. */
  line(line: number, text: string, column: number | null): StepDraft | null {
    const timed = this.notSchedule.has(line) ? null : readTimedText(text);
    if (!timed) return null;
    const draft = this.draft(line, column === null ? "line" : "list", timed, this.phaseHere(), undefined, column);
    const outer = this.lineStep?.groups ? this.lineStep : null;
    this.lineStep = { draft, column, groups: column !== null, outer };
    return draft;
  }

  /** Every line with an indentation: one as far left as a timed list line ends its stretch. */
  endList(column: number): void {
    while (this.lineStep && this.lineStep.column !== null && column <= this.lineStep.column)
      this.lineStep = this.lineStep.outer;
  }

  owner(line: number, owner: string): void {
    const draft = this.current;
    if (draft && draft.owner === undefined) draft.owner = this.fit(line, owner, "owner");
  }

  /**
   * An estimate written under a step ("Estimated time: 45 minutes") is its duration when the step states
   * none (no end time, no "(N min)"); returns the step it was given to.
   */
  estimate(minutes: number): StepDraft | null {
    const draft = this.current;
    if (!draft || draft.end !== null || draft.statedMinutes !== null) return null;
    draft.statedMinutes = minutes;
    return draft;
  }

  /** "Dependencies: …" under a step: resolved to predecessors once every step is known. */
  dependsOn(line: number, text: string): boolean {
    const draft = this.current;
    if (draft) this.dependencies.push({ line, draft, text });
    return draft !== undefined;
  }

  /** After finish: what a "Dependencies:" line became. */
  dependencyNote(line: number): string {
    return this.dependencyNotes.get(line) ?? "dependencies: no other step of the plan has that name";
  }

  link(item: PlanItem): void {
    const draft = this.current;
    if (draft) this.links.push({ item, draft });
  }

  /** A table row; `starts` for the first row of a table, `next` is the line after it. */
  tableRow(token: LineToken & { kind: "table" }, starts: boolean, next: LineToken | undefined): TableRowReport | null {
    if (starts) {
      const header = next?.kind === "table" && next.delimiter;
      this.table = { columns: header ? scheduleColumns(token.cells) : null, rows: 0 };
    }
    const table = this.table;
    if (!table?.columns || this.notSchedule.has(token.line)) return null;
    table.rows += 1;
    if (table.rows === 1) return { kind: "meta", note: () => "schedule table header" };
    if (token.delimiter && table.rows === 2) return { kind: "ignored", note: () => "table row" };
    return this.scheduleRow(token, table.columns);
  }

  /** The plan's steps, or undefined when the document has no schedule; links the items to them. */
  finish(goLive: string | undefined): { steps?: PlanStep[]; phases?: PlanPhase[]; goLiveClock: number | null } {
    if (this.drafts.length === 0) return { goLiveClock: null };
    const schedule = buildSchedule(this.drafts, goLive);
    this.schedule = schedule;
    this.warnings.push(...schedule.warnings);
    for (const { item, draft } of this.links) {
      const index = schedule.placement.get(draft)!.index;
      if (index >= 0) item.step = index;
    }
    this.resolveDependencies(schedule);
    const phases = schedule.phases.map(({ steps: _count, ...phase }) => phase);
    return {
      ...(schedule.steps.length > 0 && { steps: schedule.steps }),
      ...(phases.length > 0 && { phases }),
      goLiveClock: schedule.goLiveClock,
    };
  }

  /** After finish: whether the draft is a step of its own, not the detail of a schedule row. */
  isOwnStep(draft: StepDraft): boolean {
    return this.schedule?.placement.get(draft)?.joined === null;
  }

  describe(draft: StepDraft): string {
    return this.schedule ? describeStep(this.schedule, draft) : "";
  }

  private resolveDependencies(schedule: Schedule): void {
    const titles = schedule.steps.map((step) => step.title);
    for (const { line, draft, text } of this.dependencies) {
      const self = schedule.placement.get(draft)?.index ?? -1;
      if (self < 0) continue;
      const step = schedule.steps[self]!;
      const found = findDependencies(text, titles, self);
      if (found.length === 0) continue;
      step.after = [...new Set([...(step.after ?? []), ...found])].slice(0, 100);
      this.dependencyNotes.set(
        line,
        `predecessors of "${step.title}": ${found.map((index) => `"${titles[index]}"`).join(", ")}`,
      );
    }
  }

  private get current(): StepDraft | undefined {
    return this.lineStep?.draft ?? this.headingSteps.at(-1)?.draft;
  }

  private phaseHere(): string | undefined {
    const heading = this.trail.findLast((entry) => entry !== undefined);
    return heading?.step?.title ?? heading?.title;
  }

  private draft(
    line: number,
    source: StepSource,
    timed: TimedText,
    phase: string | undefined,
    owner?: string,
    column: number | null = null,
  ): StepDraft {
    // Under a timed heading, or a list line under a timed line: what may make the one above a phase.
    const parent =
      (column !== null && this.lineStep?.groups ? this.lineStep.draft : undefined) ?? this.headingSteps.at(-1)?.draft;
    const draft: StepDraft = {
      ...(parent && { parent }),
      line,
      source,
      title: this.fit(line, timed.title, "title"),
      ...(phase && { phase: this.fit(line, phase, "phase") }),
      ...(owner && { owner: this.fit(line, owner, "owner") }),
      start: timed.start,
      end: timed.end,
      statedMinutes: timed.statedMinutes,
    };
    this.drafts.push(draft);
    return draft;
  }

  private scheduleRow(token: LineToken & { kind: "table" }, columns: Columns): TableRowReport {
    const cell = (column: Column) => {
      const at = columns[column];
      return at === undefined ? "" : stripInlineMarkdown(token.cells[at] ?? "");
    };
    const [startCell, endCell] = columns.time === undefined ? [cell("start"), cell("end")] : [cell("time"), ""];
    let times = readTimeCell(endCell === "" ? startCell : `${startCell} – ${endCell}`);
    if (!times && endCell !== "") {
      times = readTimeCell(startCell);
      if (times)
        this.warnings.push(
          `Line ${token.line}: "${endCell}" is not a time of day, so the step "${cell("title")}" has no end time.`,
        );
    }
    const { minutes, rest } = extractDuration(cleanTitle(cell("title")));
    const title = rest.trim();
    if (!times || title === "") {
      const missing = times ? "step title" : "start time";
      this.warnings.push(
        `Line ${token.line}: this schedule row has no ${missing} that can be read, so it is not a step.`,
      );
      return { kind: "ignored", note: () => `schedule row without a ${missing}` };
    }
    const stated = readDurationCell(cell("duration")) ?? minutes;
    const draft = this.draft(
      token.line,
      "table",
      { ...times, statedMinutes: stated, title },
      this.phaseHere(),
      cell("owner") || undefined,
    );
    // `No.`, `After` and `Kind` (as the Markdown export writes them): an empty cell leaves it to the times.
    const after = cell("after");
    Object.assign(draft, {
      ...(cell("number") && { number: cell("number") }),
      ...(after && { after: /^[—–-]$/.test(after) ? [] : after.split(/\s*,\s*/).filter(Boolean) }),
      ...(cell("kind") && { kind: cell("kind") }),
    });
    return { kind: "step", note: () => this.describe(draft) };
  }

  private fit(line: number, text: string, what: keyof typeof MAX): string {
    if (text.length > MAX[what])
      this.warnings.push(`Line ${line}: text longer than ${MAX[what]} characters was shortened.`);
    return shorten(text, MAX[what]);
  }
}

/** The columns of a schedule table, or null when the header does not name a start and a step. */
function scheduleColumns(cells: string[]): Columns | null {
  const columns: Columns = {};
  cells.forEach((cell, at) => {
    const name = stripInlineMarkdown(cell)
      .toLowerCase()
      .replace(/[^a-z]+/g, " ")
      .trim();
    const column = COLUMN_NAMES[name];
    if (column && columns[column] === undefined) columns[column] = at;
  });
  const timed = columns.start !== undefined || columns.time !== undefined;
  return timed && columns.title !== undefined ? columns : null;
}
