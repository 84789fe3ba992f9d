import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { launchFieldsSelect, launchFieldsView } from "@/lib/launches/launch-view";
import { hashMetricsToken, newMetricsToken } from "@/lib/checkpoints/metrics-token";

/** Creates (or replaces) the launch's metrics push token and returns it — the only time it is shown. */
export async function rotateMetricsToken({ actor, launchId }: { actor: Actor; launchId: string }) {
  const token = newMetricsToken();
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "criteria.manage");
    const launch = launchFieldsView(
      await tx.launch.update({
        where: { id: launchId },
        data: { metricsTokenHash: hashMetricsToken(token) },
        select: launchFieldsSelect,
      }),
    );
    const event = await recordEvent(tx, {
      launchId,
      type: "launch.updated",
      actor,
      data: { launch, changes: { metricsToken: { from: "…", to: "new token" } } },
    });
    return { result: { token }, event };
  });
}
