import type { Tx } from "@/lib/db";
import { stepViewSelect } from "@/lib/timeline/step-view";
import { notFound } from "@/lib/errors";

/** Locks a live step of the launch for the rest of the transaction and returns it; 404 otherwise. */
export async function lockStep(tx: Tx, launchId: string, stepId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "TimelineStep" WHERE id = ${stepId} AND "launchId" = ${launchId} AND "deletedAt" IS NULL FOR UPDATE`;
  if (locked.length === 0) throw notFound("Timeline step");
  return tx.timelineStep.findUniqueOrThrow({ where: { id: stepId }, select: { ...stepViewSelect, ownerId: true } });
}
