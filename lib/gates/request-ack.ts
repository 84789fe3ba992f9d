import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { ackView, ackViewSelect } from "@/lib/gates/gate-view";

/** The lead asks the whole team to acknowledge a message (the go decision, a rollback call…). */
export async function requestAck({ actor, launchId, message }: { actor: Actor; launchId: string; message: string }) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "ack.request");
    const created = await tx.ackRequest.create({
      data: { launchId, message, createdById: actor.id },
      select: ackViewSelect,
    });
    const request = ackView(created, actor.name);
    const event = await recordEvent(tx, { launchId, type: "ack.requested", actor, data: { request } });
    return { result: request, event };
  });
}
