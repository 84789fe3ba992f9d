import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { PlanStep } from "@/lib/plans/plan";
import { ScheduleCycleError, topologicalOrder } from "@/lib/timeline/forecast";
import { AppError } from "@/lib/errors";

/**
 * Writes a plan's steps after the launch's existing ones, relative to go-live, with their
 * dependencies; returns the new ids in plan order (items refer to steps by that index).
 */
export async function insertSteps(
  tx: Tx,
  launchId: string,
  steps: PlanStep[],
  matchOwner: (owner: string | undefined) => string | null,
): Promise<string[]> {
  if (steps.length === 0) return [];
  const first = await tx.timelineStep.count({ where: { launchId } });
  const ids = steps.map(() => randomUUID());
  const hasGoLive = await tx.timelineStep.count({ where: { launchId, isGoLive: true, deletedAt: null } });
  // The launch's setting decides whether imported steps start by themselves once their predecessors are done.
  const { autoStartSteps } = await tx.launch.findUniqueOrThrow({
    where: { id: launchId },
    select: { autoStartSteps: true },
  });
  await tx.timelineStep.createMany({
    data: steps.map((step, index) => {
      const ownerId = matchOwner(step.owner);
      return {
        id: ids[index]!,
        launchId,
        title: step.title,
        phase: step.phase ?? "",
        ownerId,
        ownerLabel: ownerId ? "" : (step.owner?.trim() ?? ""),
        plannedOffsetMinutes: step.startOffsetMinutes ?? null,
        plannedMinutes: step.durationMinutes ?? 0,
        notes: step.notes ?? "",
        isMilestone: step.milestone ?? false,
        isGoLive: !hasGoLive && (step.goLive ?? false),
        kind: step.milestone ? ("milestone" as const) : ("task" as const),
        autoStart: autoStartSteps,
        position: first + index,
      };
    }),
  });
  assertNoCycle(steps);
  const links = steps.flatMap((step, index) =>
    (step.after ?? [])
      .filter((before) => before !== index && ids[before])
      .map((before) => ({ stepId: ids[index]!, predecessorId: ids[before]! })),
  );
  if (links.length > 0) await tx.stepLink.createMany({ data: links, skipDuplicates: true });
  return ids;
}

function assertNoCycle(steps: PlanStep[]) {
  try {
    topologicalOrder(
      steps.map((step, index) => ({
        id: String(index),
        title: step.title,
        predecessorIds: (step.after ?? []).map(String),
        plannedStart: new Date(0),
        plannedMinutes: 0,
        status: "pending" as const,
        actualStart: null,
        actualEnd: null,
      })),
    );
  } catch (error) {
    if (error instanceof ScheduleCycleError) throw new AppError("invalid", `The plan's steps: ${error.message}`);
    throw error;
  }
}
