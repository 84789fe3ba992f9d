import type { CheckpointData, MetricData } from "@/lib/audit/event-types";
import { evaluateCheckpoint, latestVersions, overallResult, type MetricResult } from "@/lib/checkpoints/evaluate";

export type CheckpointCell = { metricId: string; value: number | null; result: MetricResult | null };

export type CheckpointRow = {
  number: number;
  version: number;
  dueAt: string | null;
  submittedAt: string;
  author: string | null;
  assessment: CheckpointData["assessment"];
  decision: CheckpointData["decision"];
  notes: string;
  /** One cell per metric, in the metrics' order; null where the report has no value. */
  cells: CheckpointCell[];
  /** The worst metric result, or null when the report has no metric values. */
  result: MetricResult | null;
};

/**
 * "Time × metric values × assessment / decision": one row per checkpoint (its latest version), one
 * column per success criterion. The checkpoints page, the charts and the report all read this.
 */
export function checkpointTable(metrics: MetricData[], checkpoints: CheckpointData[]): CheckpointRow[] {
  return latestVersions(checkpoints).map((checkpoint) => checkpointRow(metrics, checkpoint));
}

export function checkpointRow(metrics: MetricData[], checkpoint: CheckpointData): CheckpointRow {
  const evaluated = evaluateCheckpoint(metrics, checkpoint);
  return {
    number: checkpoint.number,
    version: checkpoint.version,
    dueAt: checkpoint.dueAt,
    submittedAt: checkpoint.submittedAt,
    author: checkpoint.author?.name ?? null,
    assessment: checkpoint.assessment,
    decision: checkpoint.decision,
    notes: checkpoint.notes,
    cells: metrics.map((metric) => {
      const entry = evaluated.find((e) => e.metric.id === metric.id);
      return { metricId: metric.id, value: entry?.value ?? null, result: entry?.result ?? null };
    }),
    result: overallResult(evaluated),
  };
}

/** When a checkpoint counts as taken: its slot time when it had one, else when it was filed. */
export const checkpointTime = (row: Pick<CheckpointRow, "dueAt" | "submittedAt">) => row.dueAt ?? row.submittedAt;

export const assessmentLabels: Record<CheckpointData["assessment"], string> = {
  green: "Green",
  amber: "Amber",
  red: "Red",
};
export const decisionLabels: Record<CheckpointData["decision"], string> = {
  continue: "Continue",
  hold: "Hold",
  rollback: "Roll back",
};
