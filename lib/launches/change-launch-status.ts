import type { Actor } from "@/lib/auth/actor";
import type { LaunchStatus } from "@/lib/generated/prisma/enums";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { launchFieldsSelect, launchFieldsView } from "@/lib/launches/launch-view";
import { canTransition, launchStatusLabels, launchTransitions } from "@/lib/launches/launch-lifecycle";
import { AppError } from "@/lib/errors";

/** Moves a launch along its lifecycle; the audit event records who, when and why. */
export async function changeLaunchStatus({
  actor,
  launchId,
  status,
  note = "",
}: {
  actor: Actor;
  launchId: string;
  status: LaunchStatus;
  note?: string;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "launch.edit");
    await tx.$queryRaw`SELECT id FROM "Launch" WHERE id = ${launchId} FOR UPDATE`;
    const current = await tx.launch.findUniqueOrThrow({ where: { id: launchId }, select: launchFieldsSelect });
    if (current.archivedAt)
      throw new AppError("conflict", "This launch is archived; unarchive it before changing its status.");
    if (current.status === status) return { result: launchFieldsView(current), event: null };
    if (!canTransition(current.status, status)) {
      const allowed =
        launchTransitions[current.status].map((s) => launchStatusLabels[s]).join(", ") || "nothing (it is final)";
      throw new AppError(
        "conflict",
        `A launch that is ${launchStatusLabels[current.status]} cannot become ${launchStatusLabels[status]}; it can become: ${allowed}.`,
      );
    }
    const launch = launchFieldsView(
      await tx.launch.update({ where: { id: launchId }, data: { status }, select: launchFieldsSelect }),
    );
    const event = await recordEvent(tx, {
      launchId,
      type: "launch.status_changed",
      actor,
      data: { launch, from: current.status, to: status, note },
    });
    return { result: launch, event };
  });
}
