import { flattenPlanItems, type Plan, type PlanStep } from "@/lib/plans/plan";
import { DAY, formatClock, readTimedText } from "@/lib/import/schedule-time";
import { isoToLocalInput } from "@/lib/time/zoned";
import { JUDGED_BY_THE_TEAM } from "@/lib/import/gates-and-triggers";
import { renderSection } from "@/lib/launches/render-markdown-items";
import { scheduleCells } from "@/lib/launches/schedule-cells";
import { rolloutStages } from "@/lib/launches/render-rollout-stages";
import { renderSeverityLevels } from "@/lib/launches/render-severity-levels";

// A launch as a Markdown runbook written in the phrasing lib/import reads back: importing it gives the
// same launch. Times of day are the launch's own zone; without a go-live date they count from a nominal
// 00:00, which keeps every offset. No ids and no "exported at", so an unchanged launch exports the same bytes.

export type LaunchDocument = {
  name: string;
  system: string;
  description: string;
  timezone: string;
  goLiveAt: string | null;
  plan: Plan;
};

/** A gate as people read it: where it sits and who signs. */
export type GateSummary = { title: string; step: string | null; sections: string[]; signoffs: string[] };

export type RunbookInput = LaunchDocument & { functions: string[]; gates: GateSummary[] };

const COMPARATOR_WORDS = { lt: "below", lte: "at most", gt: "above", gte: "at least", eq: "equals" } as const;

export function renderLaunchMarkdown(input: RunbookInput): string {
  const goLiveClock = input.goLiveAt
    ? clockOf(isoToLocalInput(input.goLiveAt, input.timezone))
    : (clockFromTimedSections(input.plan) ?? 0);
  const clock = (offset: number) => formatClock((((goLiveClock + offset) % DAY) + DAY) % DAY);
  const blocks: string[] = [`# ${input.name}`, facts(input, clock)];
  const steps = input.plan.steps ?? [];
  // Rollout stages span days: written as stages at the end, not as rows of the schedule.
  const stages = rolloutStages(steps);
  // The schedule comes first: steps of no phase can only be written before the first heading.
  blocks.push(...timeline(steps.slice(0, steps.length - stages.count), clock));
  if (input.functions.length > 0) blocks.push(`## Team\n\nTeam: ${input.functions.join(", ")}`);
  const stepTimes = (index: number) => {
    const step = input.plan.steps?.[index];
    const times = stepClocks(step, clock);
    return step && times ? { ...times, title: step.title } : null;
  };
  blocks.push(...input.plan.sections.map((section) => renderSection(section, stepTimes)));
  blocks.push(...successCriteria(input.plan), ...rollback(input.plan), ...gates(input.gates));
  blocks.push(...renderSeverityLevels(input.plan.severityLevels), ...communications(input.plan), stages.block);
  return `${blocks.filter((block) => block !== "").join("\n\n")}\n`;
}

function facts(input: RunbookInput, clock: (offset: number) => string): string {
  const lines: string[] = [];
  if (input.system) lines.push(`**System**: ${input.system}`);
  // One line: the importer reads a field per line, so the description's line breaks become spaces.
  const description = input.description.replace(/\s+/g, " ").trim();
  if (description) lines.push(`**Description**: ${description}`);
  const local = input.goLiveAt ? isoToLocalInput(input.goLiveAt, input.timezone) : null;
  // The importer reads a date and a clock from this line; without a date it keeps the times relative.
  lines.push(local ? `**Go-live**: ${local.replace("T", " ")}` : `**Go-live**: ${clock(0)} (no date set)`);
  lines.push(`**Timezone**: ${input.timezone}`);
  const { window, checkpoints } = input.plan;
  if (window)
    lines.push(`**Maintenance window**: ${clock(window.startOffsetMinutes)} – ${clock(window.endOffsetMinutes)}`);
  if (checkpoints) {
    const until = checkpoints.untilOffsetMinutes === null ? "" : ` to ${clock(checkpoints.untilOffsetMinutes)}`;
    lines.push(
      `**Checkpoints**: every ${checkpoints.everyMinutes} minutes from ${clock(checkpoints.fromOffsetMinutes)}${until}`,
    );
  }
  const extra = input.plan.extraCheckpoints ?? [];
  if (extra.length > 0) lines.push(`Additional checkpoints at: ${extra.map(clock).join(", ")}`);
  return lines.join("\n");
}

/**
 * Without a go-live date the launch keeps no time of day, but a section titled with its step's times
 * ("23:00 – 00:30 · Schema migration") still tells it: writing the schedule in those times keeps the
 * title and its step together on import. Null when no such section exists.
 */
function clockFromTimedSections(plan: Plan): number | null {
  for (const section of plan.sections) {
    const timed = readTimedText(section.title);
    const step = flattenPlanItems(section.items).find((item) => item.step !== undefined)?.step;
    const offset = step === undefined ? undefined : plan.steps?.[step]?.startOffsetMinutes;
    if (timed && offset !== undefined && offset !== null) return (((timed.start - offset) % DAY) + DAY) % DAY;
  }
  return null;
}

function clockOf(localInput: string): number {
  const [hours, minutes] = localInput.slice(11, 16).split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** A step's start and end as clock times, for a schedule row and for the heading of its items. */
export function stepClocks(
  step: PlanStep | undefined,
  clock: (offset: number) => string,
): { start: string; end: string } | null {
  if (!step || step.startOffsetMinutes === null || step.startOffsetMinutes === undefined) return null;
  const start = step.startOffsetMinutes;
  return { start: clock(start), end: clock(start + (step.durationMinutes ?? 0)) };
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");

/**
 * One schedule table per run of steps in the same phase, under a heading named after it (the importer
 * takes a row's phase from the heading above it). Rows keep the steps' order; the importer places them
 * on days and works out their predecessors from that order and their times.
 */
function timeline(steps: PlanStep[], clock: (offset: number) => string): string[] {
  const blocks: string[] = [];
  const extra = scheduleCells(steps);
  let current: { phase: string; rows: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const header = extra
      ? "| No. | Start | End | Step | Owner | After | Kind |\n|-----|-------|-----|------|-------|-------|------|"
      : "| Start | End | Step | Owner |\n|-------|-----|------|-------|";
    const heading = current.phase ? `## ${current.phase}\n\n` : blocks.length === 0 ? "" : "## Timeline\n\n";
    blocks.push(`${heading}${header}\n${current.rows.join("\n")}`);
  };
  for (const [index, step] of steps.entries()) {
    const times = stepClocks(step, clock);
    if (!times) continue;
    const phase = step.phase ?? "";
    if (!current || current.phase !== phase) {
      flush();
      current = { phase, rows: [] };
    }
    const row = `${times.start} | ${times.end} | ${cell(step.title)} | ${cell(step.owner ?? "")}`;
    current.rows.push(
      extra ? `| ${index + 1} | ${row} | ${extra[index]!.after} | ${extra[index]!.kind} |` : `| ${row} |`,
    );
  }
  flush();
  return blocks;
}

function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function successCriteria(plan: Plan): string[] {
  const metrics = plan.metrics ?? [];
  if (metrics.length === 0) return [];
  const lines = metrics.map((metric) => {
    const unit = metric.unit === "" ? "" : /^[%/]/.test(metric.unit) ? metric.unit : ` ${metric.unit}`;
    return `- ${metric.name} ${COMPARATOR_WORDS[metric.comparator]} ${formatNumber(metric.threshold)}${unit}`;
  });
  return [`## Success criteria\n\n${lines.join("\n")}`];
}

function rollback(plan: Plan): string[] {
  const triggers = [...(plan.triggers ?? [])].sort((a, b) => a.description.localeCompare(b.description));
  if (triggers.length === 0) return [];
  // A manual trigger says so: its words alone may read as a metric or a critical incident.
  const line = (trigger: (typeof triggers)[number]) =>
    `- ${trigger.description}${trigger.kind === "manual" ? ` ${JUDGED_BY_THE_TEAM}` : ""}`;
  return [`## Rollback criteria\n\n${triggers.map(line).join("\n")}`];
}

// For people: the importer finds gates again from decision steps and sections ("Go / no-go", "sign-off").
function gates(list: GateSummary[]): string[] {
  if (list.length === 0) return [];
  const lines = list.map((gate) => {
    const where = [
      gate.step ? `at step "${gate.step}"` : "",
      gate.sections.length > 0 ? `needs every item of ${gate.sections.map((title) => `"${title}"`).join(", ")}` : "",
      gate.signoffs.length > 0 ? `sign-off by ${gate.signoffs.join(", ")}` : "",
    ].filter(Boolean);
    return `- Gate "${gate.title}"${where.length > 0 ? `: ${where.join("; ")}` : ""}`;
  });
  return [`## Gates\n\n${lines.join("\n")}`];
}

function relative(offset: number): string {
  if (offset === 0) return "T+0 min";
  const sign = offset < 0 ? "-" : "+";
  const minutes = Math.abs(offset);
  return `T${sign}${minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`}`;
}

/** One entry per planned message: its time from go-live as a heading, then who, how and what. */
function communications(plan: Plan): string[] {
  const messages = plan.messages ?? [];
  if (messages.length === 0) return [];
  const entries = messages.map((message) =>
    [
      `### ${relative(message.offsetMinutes)}`,
      "",
      ...(message.audience ? [`Audience: ${message.audience}`] : []),
      ...(message.channel ? [`Channel: ${message.channel}`] : []),
      ...message.text.split("\n").filter((line) => line.trim() !== ""),
    ].join("\n"),
  );
  return [`## Communication plan\n\n${entries.join("\n\n")}`];
}
