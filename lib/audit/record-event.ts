import type { Tx } from "@/lib/db";
import type { AuditEventData, AuditEventType } from "@/lib/audit/event-types";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentRequestAuth } from "@/lib/auth/request-auth";

// Appends the audit event of a change inside the change's own transaction. Bumping Launch.seq takes
// the launch row's lock, so concurrent changes to one launch get 1, 2, 3... in commit order, and a
// rolled-back change leaves no gap.
export async function recordEvent<T extends AuditEventType>(
  tx: Tx,
  input: { launchId: string; type: T; actor: Actor | null; data: AuditEventData<T> },
): Promise<LaunchEvent<T>> {
  const { seq } = await tx.launch.update({
    where: { id: input.launchId },
    data: { seq: { increment: 1 } },
    select: { seq: true },
  });
  // The request behind the change (set at the HTTP boundary): where sign-offs and decisions came from.
  const origin = currentRequestAuth()?.origin;
  const row = await tx.auditEvent.create({
    data: {
      launchId: input.launchId,
      seq,
      type: input.type,
      actorId: input.actor?.id ?? null,
      data: input.data as Prisma.InputJsonValue,
      ip: origin?.ip ?? null,
      userAgent: origin?.userAgent || null,
    },
  });
  return {
    launchId: input.launchId,
    seq,
    type: input.type,
    at: row.at.toISOString(),
    actor: input.actor ? { id: input.actor.id, name: input.actor.name } : null,
    data: input.data,
  } as LaunchEvent<T>;
}
