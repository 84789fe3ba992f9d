import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { metricSelect, metricView } from "@/lib/checkpoints/views";
import { notFound } from "@/lib/errors";

/** Retires a success criterion (lead); past checkpoints keep the values they recorded. */
export async function deleteMetric({
  actor,
  launchId,
  metricId,
}: {
  actor: Actor;
  launchId: string;
  metricId: string;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "criteria.manage");
    const existing = await tx.metric.findFirst({
      where: { id: metricId, launchId, deletedAt: null },
      select: metricSelect,
    });
    if (!existing) throw notFound("Metric");
    await tx.metric.update({
      where: { id: metricId },
      data: { deletedAt: new Date(), key: `${existing.key}~${Date.now()}` },
    });
    const metric = metricView(existing);
    const event = await recordEvent(tx, { launchId, type: "metric.deleted", actor, data: { metric } });
    return { result: metric, event };
  });
}
