import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A live step of this launch named in a request body (e.g. an item's stepId), or a 422. */
export async function requireStep(tx: Tx, launchId: string, stepId: string) {
  const step = await tx.timelineStep.findFirst({
    where: { id: stepId, launchId, deletedAt: null },
    select: { id: true },
  });
  if (!step)
    throw new AppError("invalid", "That timeline step does not exist on this launch.", {
      fields: { stepId: ["Unknown step."] },
    });
  return step;
}
