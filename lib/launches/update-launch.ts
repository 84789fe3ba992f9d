import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { diffFields } from "@/lib/audit/diff-fields";
import { launchFieldsSelect, launchFieldsView } from "@/lib/launches/launch-view";
import type { UpdateLaunchInput } from "@/lib/launches/schemas";
import { AppError, requireCurrentVersion } from "@/lib/errors";
import { toDate } from "@/lib/validation";

/** Edits a launch's fields and settings, or archives / unarchives it (lead only). */
export async function updateLaunch({
  actor,
  launchId,
  archived,
  version,
  ...fields
}: { actor: Actor; launchId: string } & UpdateLaunchInput) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "launch.edit");
    const current = await tx.launch.findUniqueOrThrow({ where: { id: launchId }, select: launchFieldsSelect });
    const next: Record<string, unknown> = {
      ...fields,
      goLiveAt: toDate(fields.goLiveAt),
      windowStart: toDate(fields.windowStart),
      windowEnd: toDate(fields.windowEnd),
      checkpointsFrom: toDate(fields.checkpointsFrom),
      checkpointsUntil: toDate(fields.checkpointsUntil),
    };
    if (archived !== undefined) next.archivedAt = archived ? (current.archivedAt ?? new Date()) : null;
    if (current.archivedAt && archived !== false && Object.keys(fields).length > 0) {
      throw new AppError("conflict", "This launch is archived; unarchive it before changing it.");
    }
    const windowStart = (next.windowStart as Date | null | undefined) ?? current.windowStart;
    const windowEnd = (next.windowEnd as Date | null | undefined) ?? current.windowEnd;
    if (windowStart && windowEnd && windowStart >= windowEnd) {
      throw new AppError("invalid", "The change window must end after it starts.", {
        fields: { windowEnd: ["Must be after windowStart."] },
      });
    }
    const changes = diffFields(current, next);
    if (Object.keys(changes).length === 0) return { result: launchFieldsView(current), event: null };
    requireCurrentVersion(version, current, `the launch "${current.name}"`, launchFieldsView(current));

    const launch = launchFieldsView(
      await tx.launch.update({
        where: { id: launchId },
        data: { ...next, version: { increment: 1 } },
        select: launchFieldsSelect,
      }),
    );
    const event = await recordEvent(tx, { launchId, type: "launch.updated", actor, data: { launch, changes } });
    return { result: launch, event };
  });
}
