import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type LockedLaunch = {
  id: string;
  archivedAt: Date | null;
  membersUpdateAnyItem: boolean;
  memberships: { userId: string; role: Role; function: string }[];
  /** The launch's enabled outbound channels: the change's outbox rows are written from this. */
  channels: { id: string; eventTypes: string[] }[];
};

// What the lock read, per transaction: the membership check that every change makes next, and the
// outbox it writes last, read it from here instead of asking the database again (two round trips less
// per change). Nobody can change the launch, its team or its channels meanwhile: that would need this
// same lock.
const lockedIn = new WeakMap<Tx, LockedLaunch>();

/**
 * Takes the launch's row lock for the rest of the transaction: every change of a launch takes it
 * first, so they never interleave. A missing launch locks nothing; the operation's own membership
 * check answers 404.
 */
export async function lockLaunch(tx: Tx, launchId: string): Promise<void> {
  const rows = await tx.$queryRaw<LockedLaunch[]>`
    SELECT l.id, l."archivedAt", l."membersUpdateAnyItem",
      COALESCE((SELECT json_agg(json_build_object('userId', m."userId", 'role', m.role, 'function', m.function))
                FROM "Membership" m WHERE m."launchId" = l.id), '[]'::json) AS memberships,
      COALESCE((SELECT json_agg(json_build_object('id', c.id, 'eventTypes', c."eventTypes"))
                FROM "OutboundChannel" c
                WHERE c."launchId" = l.id AND c.enabled AND c."deletedAt" IS NULL), '[]'::json) AS channels
    FROM "Launch" l WHERE l.id = ${launchId} FOR UPDATE OF l`;
  if (rows[0]) lockedIn.set(tx, rows[0]);
}

/** The launch as its lock read it in this transaction, if this transaction holds it. */
export function lockedLaunch(tx: unknown, launchId: string): LockedLaunch | undefined {
  const locked = lockedIn.get(tx as Tx);
  return locked?.id === launchId ? locked : undefined;
}
