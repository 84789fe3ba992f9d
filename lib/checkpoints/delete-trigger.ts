import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { triggerSelect, triggerView } from "@/lib/checkpoints/views";
import { notFound } from "@/lib/errors";

export async function deleteTrigger({
  actor,
  launchId,
  triggerId,
}: {
  actor: Actor;
  launchId: string;
  triggerId: string;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "criteria.manage");
    const existing = await tx.rollbackTrigger.findFirst({
      where: { id: triggerId, launchId, deletedAt: null },
      select: triggerSelect,
    });
    if (!existing) throw notFound("Rollback trigger");
    await tx.rollbackTrigger.update({ where: { id: triggerId }, data: { deletedAt: new Date() } });
    const trigger = triggerView(existing);
    const event = await recordEvent(tx, { launchId, type: "trigger.deleted", actor, data: { trigger } });
    return { result: trigger, event };
  });
}
