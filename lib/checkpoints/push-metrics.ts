import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { sampleSelect, sampleView } from "@/lib/checkpoints/views";
import { tokenMatches } from "@/lib/checkpoints/metrics-token";
import type { PushMetricsInput } from "@/lib/checkpoints/schemas";
import { AppError } from "@/lib/errors";

/**
 * Stores values a monitoring system pushes (authenticated by the launch's token), to pre-fill the next
 * checkpoint. All or nothing: one unknown metric key refuses the whole push.
 */
export async function pushMetrics({ launchId, token, values }: { launchId: string; token: string } & PushMetricsInput) {
  return commitChange(launchId, async (tx) => {
    const launch = await tx.launch.findUnique({
      where: { id: launchId },
      select: { metricsTokenHash: true, archivedAt: true },
    });
    // Unknown launch and wrong token answer alike, so the endpoint reveals nothing without a token.
    if (!launch || !tokenMatches(token, launch.metricsTokenHash)) {
      throw new AppError(
        "unauthenticated",
        "The metrics token is missing or wrong: send Authorization: Bearer <the launch's metrics token>.",
      );
    }
    if (launch.archivedAt) throw new AppError("conflict", "This launch is archived; it accepts no more metrics.");
    const metrics = await tx.metric.findMany({ where: { launchId, deletedAt: null }, select: { id: true, key: true } });
    const byKey = new Map(metrics.map((metric) => [metric.key, metric.id]));
    const unknown = [...new Set(values.filter((v) => !byKey.has(v.metric)).map((v) => v.metric))];
    if (unknown.length > 0) {
      throw new AppError(
        "invalid",
        `Unknown metric key${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. Known: ${[...byKey.keys()].join(", ") || "none yet"}.`,
        {
          fields: { values: ["Unknown metric key."] },
        },
      );
    }
    const now = new Date();
    const rows = [];
    for (const value of values) {
      rows.push(
        await tx.metricSample.create({
          data: {
            launchId,
            metricId: byKey.get(value.metric)!,
            value: value.value,
            at: value.at ? new Date(value.at) : now,
            source: "api",
          },
          select: sampleSelect,
        }),
      );
    }
    const samples = rows.map(sampleView);
    const event = await recordEvent(tx, { launchId, type: "metrics.pushed", actor: null, data: { samples } });
    return { result: { stored: samples.length }, event };
  });
}
