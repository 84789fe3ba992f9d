import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { ackView, ackViewSelect } from "@/lib/gates/gate-view";
import { notFound } from "@/lib/errors";

/** Confirms the actor has read an acknowledgement request; acknowledging twice changes nothing. */
export async function acknowledge({
  actor,
  launchId,
  requestId,
}: {
  actor: Actor;
  launchId: string;
  requestId: string;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "ack.acknowledge", { write: true });
    const request = await tx.ackRequest.findFirst({ where: { id: requestId, launchId }, select: { id: true } });
    if (!request) throw notFound("Acknowledgement request");
    const existing = await tx.acknowledgement.findUnique({
      where: { requestId_userId: { requestId, userId: actor.id } },
    });
    if (!existing) await tx.acknowledgement.create({ data: { requestId, userId: actor.id } });
    const row = await tx.ackRequest.findUniqueOrThrow({ where: { id: requestId }, select: ackViewSelect });
    const creator = row.createdById
      ? await tx.user.findUnique({ where: { id: row.createdById }, select: { name: true } })
      : null;
    const view = ackView(row, creator?.name ?? null);
    if (existing) return { result: view, event: null };
    const event = await recordEvent(tx, { launchId, type: "ack.acknowledged", actor, data: { request: view } });
    return { result: view, event };
  });
}
