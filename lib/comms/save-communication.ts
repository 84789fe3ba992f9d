import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { communicationSelect, communicationView } from "@/lib/comms/communication-view";
import { saveCommunicationInput } from "@/lib/comms/schemas";
import { AppError, notFound, requireCurrentVersion } from "@/lib/errors";
import type { z } from "zod";

/** Plans (or edits) a scheduled message of the communications plan (lead). */
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
    const fields = { ...data, dueAt: new Date(dueAt) };
    const row = id
      ? await tx.communication.update({
          where: { id },
          data: { ...fields, version: { increment: 1 } },
          select: communicationSelect,
        })
      : await tx.communication.create({ data: { ...fields, launchId }, select: communicationSelect });
    const communication = communicationView(row);
    const event = await recordEvent(tx, { launchId, type: "communication.saved", actor, data: { communication } });
    return { result: communication, event };
  });
}
