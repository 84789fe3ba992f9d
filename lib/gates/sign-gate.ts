import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { lockGate, reloadGate } from "@/lib/gates/lock-gate";
import { currentRound } from "@/lib/gates/gate-view";
import { qualifies, requirementLabel } from "@/lib/gates/evaluate-gate";
import { signOffInput, type SignOffInput } from "@/lib/gates/schemas";
import { AppError } from "@/lib/errors";

/** Records a required signer's GO or NO-GO (with comment; NO-GO needs a reason). Immutable once given. */
export async function signGate({
  actor,
  launchId,
  gateId,
  ...input
}: { actor: Actor; launchId: string; gateId: string } & SignOffInput) {
  const { verdict, comment } = signOffInput.parse(input);
  return commitChange(launchId, async (tx) => {
    const membership = await requireMembership(tx, launchId, actor, "launch.view", { write: true });
    const gate = await lockGate(tx, launchId, gateId);
    const requirements = gate.criteria.signoffs;
    if (!can(membership.role, "gate.signoff") || !requirements.some((req) => qualifies(membership, req))) {
      const who = requirements.map(requirementLabel).join("; ") || "nobody (the gate needs no sign-offs)";
      throw new AppError("forbidden", `You are not a required signer of "${gate.title}". Signers: ${who}.`);
    }
    const round = currentRound(gate);
    if (!round || round.decision) {
      throw new AppError(
        "conflict",
        round
          ? `Round ${round.number} of "${gate.title}" is already decided; the lead can open a new round.`
          : `"${gate.title}" is not open for sign-off yet.`,
      );
    }
    if (round.signOffs.some((signOff) => signOff.userId === actor.id)) {
      throw new AppError(
        "conflict",
        `You already signed round ${round.number} of "${gate.title}"; a sign-off cannot be changed.`,
      );
    }
    await tx.signOff.create({
      data: {
        roundId: round.id,
        userId: actor.id,
        userName: actor.name,
        role: membership.role,
        function: membership.function,
        verdict,
        comment,
      },
    });
    const updated = await reloadGate(tx, gateId);
    const event = await recordEvent(tx, {
      launchId,
      type: "gate.signed",
      actor,
      data: { gate: updated, verdict, comment },
    });
    return { result: updated, event };
  });
}
