import type { Prisma } from "@/lib/generated/prisma/client";
import type { CheckpointData, MetricData, SampleData, TriggerData } from "@/lib/audit/event-types";
import { checkpointData } from "@/lib/audit/event-types";

// The JSON shapes of success criteria, triggers, checkpoints and pushed samples, shared by every door.
const iso = (date: Date | null) => date?.toISOString() ?? null;

export const metricSelect = {
  id: true,
  key: true,
  name: true,
  unit: true,
  comparator: true,
  threshold: true,
  warnThreshold: true,
  position: true,
  version: true,
} as const satisfies Prisma.MetricSelect;
export const metricView = (row: Prisma.MetricGetPayload<{ select: typeof metricSelect }>): MetricData => ({ ...row });

export const triggerSelect = {
  id: true,
  kind: true,
  metricId: true,
  comparator: true,
  threshold: true,
  count: true,
  description: true,
  version: true,
} as const satisfies Prisma.RollbackTriggerSelect;
export const triggerView = (row: Prisma.RollbackTriggerGetPayload<{ select: typeof triggerSelect }>): TriggerData => ({
  ...row,
});

export const checkpointSelect = {
  id: true,
  number: true,
  version: true,
  dueAt: true,
  submittedAt: true,
  authorId: true,
  authorName: true,
  assessment: true,
  decision: true,
  notes: true,
  standup: true,
  values: true,
} as const satisfies Prisma.CheckpointReportSelect;
export function checkpointView(
  row: Prisma.CheckpointReportGetPayload<{ select: typeof checkpointSelect }>,
): CheckpointData {
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    dueAt: iso(row.dueAt),
    submittedAt: row.submittedAt.toISOString(),
    author: row.authorId ? { id: row.authorId, name: row.authorName } : null,
    assessment: row.assessment,
    decision: row.decision,
    notes: row.notes,
    standup: checkpointData.shape.standup.parse(row.standup),
    values: checkpointData.shape.values.parse(row.values),
  };
}

export const sampleSelect = {
  metricId: true,
  value: true,
  at: true,
  source: true,
} as const satisfies Prisma.MetricSampleSelect;
export const sampleView = (row: Prisma.MetricSampleGetPayload<{ select: typeof sampleSelect }>): SampleData => ({
  ...row,
  at: row.at.toISOString(),
});
