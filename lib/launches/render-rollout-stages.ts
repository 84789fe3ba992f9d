import type { PlanStep } from "@/lib/plans/plan";
import { lexMarkdownLines } from "@/lib/import/lex-markdown-lines";
import { readRolloutStages } from "@/lib/import/rollout-stages";

// Staged rollout stages ("Phase 1: Soft Launch (Day 1-2)") as the importer reads them: a heading per stage
// under a rollout heading, its notes as the lines below. A stage spans days, which a schedule table of
// clock times cannot say, so the stages the importer made are written back in their own words.

const AUDIENCE_LINE = /^Audience: /;

/** A stage's heading and lines, from what the importer kept in its notes (the audience it finds again). */
function renderStage(step: PlanStep): string {
  const lines = (step.notes ?? "").split("\n").filter((line) => line.trim() !== "");
  if (lines[0] && AUDIENCE_LINE.test(lines[0])) lines.shift();
  const rest = lines[0] && !lines[0].startsWith("- ") ? lines.shift()! : "";
  const heading = rest === "" ? step.title : rest.startsWith("(") ? `${step.title} ${rest}` : `${step.title}: ${rest}`;
  const body = lines.map((line) => (line.startsWith("- ") ? line : `- ${line}`));
  return [`### ${heading}`, ...body].join("\n");
}

const same = (a: PlanStep, b: PlanStep) =>
  a.title === b.title &&
  (a.phase ?? "") === (b.phase ?? "") &&
  (a.owner ?? "") === (b.owner ?? "") &&
  (a.startOffsetMinutes ?? null) === (b.startOffsetMinutes ?? null) &&
  (a.durationMinutes ?? 0) === (b.durationMinutes ?? 0) &&
  !!a.milestone === !!b.milestone &&
  !!a.goLive === !!b.goLive &&
  (a.notes ?? "") === (b.notes ?? "") &&
  JSON.stringify(a.after ?? []) === JSON.stringify(b.after ?? []);

/**
 * The trailing "Rollout" steps as a staged-rollout block, and how many steps it holds, when reading the
 * block back gives exactly those steps (the importer appends stages after the schedule, so only a trailing
 * run keeps every step's index). Otherwise no block: the steps stay in the schedule table.
 */
export function rolloutStages(steps: PlanStep[]): { block: string; count: number } {
  let first = steps.length;
  while (first > 0 && steps[first - 1]!.phase === "Rollout") first--;
  const stages = steps.slice(first);
  if (stages.length === 0) return { block: "", count: 0 };
  const block = `## Staged rollout\n\n${stages.map(renderStage).join("\n\n")}`;
  const read = readRolloutStages(lexMarkdownLines(block), steps.slice(0, first)).steps;
  const readsBack = read.length === stages.length && read.every((step, index) => same(step, stages[index]!));
  return readsBack ? { block, count: stages.length } : { block: "", count: 0 };
}
