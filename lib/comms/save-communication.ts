import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { communicationSelect, communicationView } from "@/lib/comms/communication-view";
import { saveCommunicationInput } from "@/lib/comms/schemas";
import { AppError, notFound, requireCurrentVersion } from "@/lib/errors";
import type { z } from "zod";
import { rescheduleMessages } from "@/lib/comms/reschedule-messages";

/** Plans (or edits) a message of the communications plan (lead): at a time, relative to go-live, a step or a checkpoint, once or recurring. */
export async function saveCommunication({
  actor,
  launchId,
  ...input
}: { actor: Actor; launchId: string } & z.input<typeof saveCommunicationInput>) {
  const { id, version, dueAt, ...data } = saveCommunicationInput.parse(input);
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "comms.manage");
    if (id) {
      const existing = await tx.communication.findFirst({
        where: { id, launchId, deletedAt: null },
        select: communicationSelect,
      });
      if (!existing) throw notFound("Message");
      requireCurrentVersion(version, existing, "this planned message", communicationView(existing));
    }
    if (data.channelIds?.length) {
      const found = await tx.outboundChannel.count({
        where: { id: { in: data.channelIds }, launchId, deletedAt: null },
      });
      if (found !== new Set(data.channelIds).size)
        throw new AppError(
          "invalid",
          "One of the chosen channels does not exist on this launch; pick them from its integrations.",
        );
    }
    if (
      data.anchorStepId &&
      !(await tx.timelineStep.findFirst({ where: { id: data.anchorStepId, launchId, deletedAt: null } }))
    )
      throw new AppError("invalid", "The step this message hangs on is not on this launch's timeline; pick another.");
    const relativeToStep = data.timeAnchor === "stepStart" || data.timeAnchor === "stepComplete";
    const fields = {
      ...data,
      fixedAt: data.timeAnchor === "absolute" ? new Date(dueAt!) : null,
      anchorStepId: relativeToStep ? data.anchorStepId : null,
      anchorCheckpoint: data.timeAnchor === "checkpoint" ? data.anchorCheckpoint : null,
      repeatEveryMinutes: data.repeatEveryMinutes ?? null,
      repeatForMinutes: data.repeatEveryMinutes ? data.repeatForMinutes : null,
    };
    const saved = id
      ? await tx.communication.update({
          where: { id },
          data: { ...fields, version: { increment: 1 } },
          select: { id: true },
        })
      : await tx.communication.create({ data: { ...fields, launchId }, select: { id: true } });
    // Its send time, from the anchor as it stands now (null while a step or checkpoint has not happened).
    await rescheduleMessages(tx, launchId, saved.id);
    const row = await tx.communication.findUniqueOrThrow({ where: { id: saved.id }, select: communicationSelect });
    const communication = communicationView(row);
    const event = await recordEvent(tx, { launchId, type: "communication.saved", actor, data: { communication } });
    return { result: communication, event };
  });
}
