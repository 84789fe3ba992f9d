import type { Tx } from "@/lib/db";
import { gateView, gateViewSelect } from "@/lib/gates/gate-view";
import { notFound } from "@/lib/errors";

/** Locks a live gate of the launch (concurrent sign-offs and decisions queue up) and returns it. */
export async function lockGate(tx: Tx, launchId: string, gateId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Gate" WHERE id = ${gateId} AND "launchId" = ${launchId} AND "deletedAt" IS NULL FOR UPDATE`;
  if (locked.length === 0) throw notFound("Gate");
  return gateView(await tx.gate.findUniqueOrThrow({ where: { id: gateId }, select: gateViewSelect }));
}

export async function reloadGate(tx: Tx, gateId: string) {
  return gateView(await tx.gate.findUniqueOrThrow({ where: { id: gateId }, select: gateViewSelect }));
}
