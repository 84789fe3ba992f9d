import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { lockGate } from "@/lib/gates/lock-gate";
import { AppError } from "@/lib/errors";

/** Removes a gate that was never decided (lead). A decided gate is a record and stays. */
export async function deleteGate({ actor, launchId, gateId }: { actor: Actor; launchId: string; gateId: string }) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "gate.manage");
    const gate = await lockGate(tx, launchId, gateId);
    if (gate.rounds.some((round) => round.decision || round.signOffs.length > 0)) {
      throw new AppError("conflict", `"${gate.title}" has sign-offs or decisions on record; it cannot be removed.`);
    }
    await tx.gate.update({ where: { id: gateId }, data: { deletedAt: new Date() } });
    const event = await recordEvent(tx, { launchId, type: "gate.deleted", actor, data: { gate } });
    return { result: { deleted: gateId }, event };
  });
}
