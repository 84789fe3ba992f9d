import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { metricSelect, metricView } from "@/lib/checkpoints/views";
import { saveMetricInput, type SaveMetricInput } from "@/lib/checkpoints/schemas";
import { AppError, notFound, requireCurrentVersion } from "@/lib/errors";

/** Adds or changes a success criterion (lead). Its key is what monitoring systems push values under. */
export async function saveMetric({ actor, launchId, ...input }: { actor: Actor; launchId: string } & SaveMetricInput) {
  const { id, version, ...data } = saveMetricInput.parse(input);
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "criteria.manage");
    const clash = await tx.metric.findFirst({
      where: { launchId, key: data.key, deletedAt: null, ...(id && { id: { not: id } }) },
    });
    if (clash) throw new AppError("conflict", `Another metric already uses the key "${data.key}".`);
    let row;
    if (id) {
      const existing = await tx.metric.findFirst({ where: { id, launchId, deletedAt: null }, select: metricSelect });
      if (!existing) throw notFound("Metric");
      requireCurrentVersion(version, existing, `the metric "${existing.name}"`, metricView(existing));
      row = await tx.metric.update({
        where: { id },
        data: { ...data, version: { increment: 1 } },
        select: metricSelect,
      });
    } else {
      const position = await tx.metric.count({ where: { launchId } });
      row = await tx.metric.create({ data: { ...data, launchId, position }, select: metricSelect });
    }
    const metric = metricView(row);
    const event = await recordEvent(tx, { launchId, type: "metric.saved", actor, data: { metric } });
    return { result: metric, event };
  });
}
