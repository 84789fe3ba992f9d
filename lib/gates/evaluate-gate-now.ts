import type { Tx } from "@/lib/db";
import type { GateData } from "@/lib/audit/event-types";
import { evaluateGate } from "@/lib/gates/evaluate-gate";
import { currentRound } from "@/lib/gates/gate-view";

/** Evaluates a gate's current round against the launch's team and checklist as they are in the database. */
export async function evaluateGateNow(tx: Tx, launchId: string, gate: GateData) {
  const [members, items] = await Promise.all([
    tx.membership.findMany({
      where: { launchId },
      select: { userId: true, role: true, function: true, user: { select: { name: true } } },
    }),
    tx.checklistItem.findMany({
      where: { launchId, deletedAt: null, section: { deletedAt: null } },
      select: { id: true, sectionId: true, title: true, status: true },
    }),
  ]);
  return evaluateGate(
    gate.criteria,
    members.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role, function: m.function })),
    items,
    currentRound(gate)?.signOffs ?? [],
  );
}
