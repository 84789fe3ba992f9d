import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { diffFields } from "@/lib/audit/diff-fields";
import { lockGate, reloadGate } from "@/lib/gates/lock-gate";
import type { UpdateGateInput } from "@/lib/gates/schemas";
import { requireStep } from "@/lib/timeline/require-step";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireCurrentVersion } from "@/lib/errors";

/** Edits a gate's title, description, placement or criteria (lead). Decided rounds keep what they recorded. */
export async function updateGate({
  actor,
  launchId,
  gateId,
  version,
  ...input
}: { actor: Actor; launchId: string; gateId: string } & UpdateGateInput) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "gate.manage");
    const current = await lockGate(tx, launchId, gateId);
    if (input.stepId) await requireStep(tx, launchId, input.stepId);
    const changes = diffFields(current, input);
    if (Object.keys(changes).length === 0) return { result: current, event: null };
    requireCurrentVersion(version, current, `the gate "${current.title}"`, current);
    await tx.gate.update({
      where: { id: gateId },
      data: {
        ...input,
        ...(input.criteria && { criteria: input.criteria as Prisma.InputJsonValue }),
        version: { increment: 1 },
      },
    });
    const gate = await reloadGate(tx, gateId);
    const event = await recordEvent(tx, { launchId, type: "gate.updated", actor, data: { gate, changes } });
    return { result: gate, event };
  });
}
