import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ScheduleCycleError, topologicalOrder } from "@/lib/timeline/forecast";

/**
 * Refuses predecessors that are not live steps of this launch, or that would make steps wait on each
 * other in a circle (the message names the steps).
 */
export async function checkDependencies(tx: Tx, launchId: string, stepId: string, predecessorIds: string[]) {
  if (predecessorIds.includes(stepId)) {
    throw new AppError("invalid", "A step cannot wait for itself.", {
      fields: { predecessorIds: ["Contains the step itself."] },
    });
  }
  const steps = await tx.timelineStep.findMany({
    where: { launchId, deletedAt: null },
    select: { id: true, title: true, predecessors: { select: { predecessorId: true } } },
  });
  const known = new Set(steps.map((step) => step.id));
  const unknown = predecessorIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError("invalid", "Some predecessors are not steps of this launch.", {
      fields: { predecessorIds: [`Unknown: ${unknown.join(", ")}`] },
    });
  }
  const graph = steps.map((step) => ({
    id: step.id,
    title: step.title,
    predecessorIds: step.id === stepId ? predecessorIds : step.predecessors.map((link) => link.predecessorId),
    plannedStart: new Date(0),
    plannedMinutes: 0,
    status: "pending" as const,
    actualStart: null,
    actualEnd: null,
  }));
  try {
    topologicalOrder(graph);
  } catch (error) {
    if (error instanceof ScheduleCycleError)
      throw new AppError("invalid", error.message, { fields: { predecessorIds: [error.message] } });
    throw error;
  }
}
