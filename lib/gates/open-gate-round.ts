import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { lockGate, reloadGate } from "@/lib/gates/lock-gate";
import { currentRound } from "@/lib/gates/gate-view";
import { evaluateGateNow } from "@/lib/gates/evaluate-gate-now";
import { AppError } from "@/lib/errors";

/**
 * Opens a gate for sign-off: the first round, or a new round after a decision (the earlier rounds
 * stay as they were). The event names the people whose sign-off is requested, so they are notified.
 */
export async function openGateRound({ actor, launchId, gateId }: { actor: Actor; launchId: string; gateId: string }) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "gate.manage");
    const current = await lockGate(tx, launchId, gateId);
    const round = currentRound(current);
    if (round && !round.decision)
      throw new AppError("conflict", `"${current.title}" is already open for sign-off (round ${round.number}).`);
    await tx.gateRound.create({ data: { gateId, number: (round?.number ?? 0) + 1, openedById: actor.id } });
    const gate = await reloadGate(tx, gateId);
    const { signerIds } = await evaluateGateNow(tx, launchId, gate);
    const event = await recordEvent(tx, {
      launchId,
      type: "gate.round_opened",
      actor,
      data: { gate, requestedUserIds: signerIds },
    });
    return { result: gate, event };
  });
}
