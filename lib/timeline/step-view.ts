import type { Prisma } from "@/lib/generated/prisma/client";
import { rehearsalActualData, type StepData } from "@/lib/audit/event-types";

export const stepViewSelect = {
  id: true,
  title: true,
  phase: true,
  ownerLabel: true,
  plannedStart: true,
  plannedOffsetMinutes: true,
  plannedMinutes: true,
  status: true,
  actualStart: true,
  actualEnd: true,
  notes: true,
  isMilestone: true,
  isGoLive: true,
  kind: true,
  autoStart: true,
  fixedStart: true,
  pointOfNoReturn: true,
  forcedReason: true,
  systemNote: true,
  outcome: true,
  evidence: true,
  communicationId: true,
  rehearsalActuals: true,
  position: true,
  version: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
  predecessors: { select: { predecessorId: true }, where: { predecessor: { deletedAt: null } } },
} as const satisfies Prisma.TimelineStepSelect;

type StepRow = Prisma.TimelineStepGetPayload<{ select: typeof stepViewSelect }>;
const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The one JSON shape of a timeline step, in snapshots, API answers and events. */
export function stepView(row: StepRow): StepData {
  const { predecessors, ...rest } = row;
  return {
    ...rest,
    plannedStart: iso(row.plannedStart),
    actualStart: iso(row.actualStart),
    actualEnd: iso(row.actualEnd),
    updatedAt: row.updatedAt.toISOString(),
    outcome: row.outcome === "pass" || row.outcome === "fail" ? row.outcome : null,
    // Stored as JSON; anything malformed is dropped rather than trusted.
    rehearsalActuals: rehearsalActualData.array().catch([]).parse(row.rehearsalActuals),
    predecessorIds: predecessors.map((link) => link.predecessorId).sort(),
  };
}
