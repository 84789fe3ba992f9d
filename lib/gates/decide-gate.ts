import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { lockGate, reloadGate } from "@/lib/gates/lock-gate";
import { currentRound } from "@/lib/gates/gate-view";
import { evaluateGateNow } from "@/lib/gates/evaluate-gate-now";
import { decideGateInput, type DecideGateInput } from "@/lib/gates/schemas";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { followTheDay } from "@/lib/launches/follow-the-day";
import { followGateOnStep } from "@/lib/timeline/finish-by-system";

/**
 * The sponsor's decision on the gate's open round: GO, NO-GO or HOLD. GO with criteria unmet is only
 * possible as an explicit override with a reason, recorded as such. A decided round is final.
 */
export async function decideGate({
  actor,
  launchId,
  gateId,
  ...input
}: { actor: Actor; launchId: string; gateId: string } & DecideGateInput) {
  const { decision, comment, override, overrideReason } = decideGateInput.parse(input);
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "gate.decide");
    const gate = await lockGate(tx, launchId, gateId);
    const round = currentRound(gate);
    if (!round) throw new AppError("conflict", `"${gate.title}" has not been opened for sign-off yet.`);
    if (round.decision) {
      throw new AppError(
        "conflict",
        `Round ${round.number} of "${gate.title}" was already decided ${round.decision.replace("_", "-").toUpperCase()} by ${round.decidedBy?.name ?? "someone"}; the lead can open a new round.`,
      );
    }
    const evaluation = await evaluateGateNow(tx, launchId, gate);
    const overriding = decision === "go" && !evaluation.met;
    if (overriding && !override) {
      const missing = [
        ...evaluation.openItems.map((item) => `item "${item.title}"`),
        ...evaluation.requirements
          .filter((r) => !r.met)
          .map(
            (r) =>
              `${r.label} (waiting for ${r.waitingFor.join(", ") || "a GO"}${r.signedNoGo.length ? `; NO-GO from ${r.signedNoGo.join(", ")}` : ""})`,
          ),
      ];
      throw new AppError(
        "conflict",
        `"${gate.title}" is not ready for GO: ${missing.join("; ")}. Decide GO anyway only as an override with a reason.`,
        { evaluation },
      );
    }
    await tx.gateRound.update({
      where: { id: round.id },
      data: {
        decision,
        decidedAt: new Date(),
        decidedById: actor.id,
        decidedByName: actor.name,
        comment,
        override: overriding,
        overrideReason: overriding ? overrideReason : "",
        evaluation: evaluation as unknown as Prisma.InputJsonValue,
      },
    });
    const updated = await reloadGate(tx, gateId);
    const event = await recordEvent(tx, {
      launchId,
      type: "gate.decided",
      actor,
      data: {
        gate: updated,
        decision,
        override: overriding,
        overrideReason: overriding ? overrideReason : "",
        comment,
      },
    });
    // The launch's status and a linked decision step follow the decision (recorded by the system).
    const lifecycle = await followTheDay(tx, launchId, { kind: "gate_decided", decision });
    const onStep = await followGateOnStep(tx, {
      launchId,
      stepId: gate.stepId,
      decision,
      gateTitle: gate.title,
      now: new Date(),
    });
    return { result: updated, event, followUps: [...(lifecycle ? [lifecycle] : []), ...onStep] };
  });
}
