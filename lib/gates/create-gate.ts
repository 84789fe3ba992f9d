import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { gateView, gateViewSelect } from "@/lib/gates/gate-view";
import { createGateInput, type CreateGateInput } from "@/lib/gates/schemas";
import { requireStep } from "@/lib/timeline/require-step";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Adds a go / no-go gate with its criteria, optionally placed on a timeline step (lead). */
export async function createGate({ actor, launchId, ...input }: { actor: Actor; launchId: string } & CreateGateInput) {
  const data = createGateInput.parse(input);
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "gate.manage");
    if (data.stepId) await requireStep(tx, launchId, data.stepId);
    const position = await tx.gate.count({ where: { launchId } });
    const gate = gateView(
      await tx.gate.create({
        data: { ...data, criteria: data.criteria as Prisma.InputJsonValue, launchId, position },
        select: gateViewSelect,
      }),
    );
    const event = await recordEvent(tx, { launchId, type: "gate.created", actor, data: { gate } });
    return { result: gate, event };
  });
}
