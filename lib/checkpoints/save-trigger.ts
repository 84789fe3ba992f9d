import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { triggerSelect, triggerView } from "@/lib/checkpoints/views";
import { saveTriggerInput, type SaveTriggerInput } from "@/lib/checkpoints/schemas";
import { AppError, notFound, requireCurrentVersion } from "@/lib/errors";

/** Adds or changes a rollback trigger (lead). */
export async function saveTrigger({
  actor,
  launchId,
  ...input
}: { actor: Actor; launchId: string } & SaveTriggerInput) {
  const { id, version, ...data } = saveTriggerInput.parse(input);
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "criteria.manage");
    if (data.metricId && !(await tx.metric.findFirst({ where: { id: data.metricId, launchId, deletedAt: null } }))) {
      throw new AppError("invalid", "That metric is not a success criterion of this launch.", {
        fields: { metricId: ["Unknown metric."] },
      });
    }
    if (id) {
      const existing = await tx.rollbackTrigger.findFirst({
        where: { id, launchId, deletedAt: null },
        select: triggerSelect,
      });
      if (!existing) throw notFound("Rollback trigger");
      requireCurrentVersion(version, existing, "this rollback trigger", triggerView(existing));
    }
    const row = id
      ? await tx.rollbackTrigger.update({
          where: { id },
          data: { ...data, version: { increment: 1 } },
          select: triggerSelect,
        })
      : await tx.rollbackTrigger.create({ data: { ...data, launchId }, select: triggerSelect });
    const trigger = triggerView(row);
    const event = await recordEvent(tx, { launchId, type: "trigger.saved", actor, data: { trigger } });
    return { result: trigger, event };
  });
}
