import type { Tx } from "@/lib/db";
import type { AuditEventData, AuditEventType } from "@/lib/audit/event-types";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { Actor } from "@/lib/auth/actor";
import { randomUUID } from "node:crypto";
import { notFound } from "@/lib/errors";
import { currentRequestAuth } from "@/lib/auth/request-auth";

// Appends the audit event of a change inside the change's own transaction. Bumping Launch.seq takes
// the launch row's lock (commitChange took it already), so concurrent changes to one launch get 1, 2,
// 3... in commit order, and a rolled-back change leaves no gap. Bump and insert are one statement: one
// round trip per change instead of two.
export async function recordEvent<T extends AuditEventType>(
  tx: Tx,
  input: { launchId: string; type: T; actor: Actor | null; data: AuditEventData<T> },
): Promise<LaunchEvent<T>> {
  const origin = eventOrigin();
  const rows = await tx.$queryRaw<{ seq: number; at: Date }[]>`
    WITH bumped AS (UPDATE "Launch" SET seq = seq + 1 WHERE id = ${input.launchId} RETURNING seq)
    INSERT INTO "AuditEvent" (id, "launchId", seq, type, "actorId", data, ip, "userAgent", "tokenId")
    SELECT ${randomUUID()}, ${input.launchId}, bumped.seq, ${input.type}, ${input.actor?.id ?? null},
      ${JSON.stringify(input.data)}::jsonb, ${origin.ip}, ${origin.userAgent},
      ${origin.tokenId} FROM bumped
    RETURNING seq, at`;
  const row = rows[0];
  if (!row) throw notFound("Launch");
  return committedEvent(input, row);
}

/**
 * The request behind a change (set at the HTTP boundary): where sign-offs and decisions came from, and
 * the API token it was made with, if any.
 */
export function eventOrigin(): { ip: string | null; userAgent: string | null; tokenId: string | null } {
  const auth = currentRequestAuth();
  return {
    ip: auth?.origin.ip ?? null,
    userAgent: auth?.origin.userAgent || null,
    tokenId: auth?.token?.tokenId ?? null,
  };
}

/** The event as it leaves the server, from what the audit row's insert returned. */
export function committedEvent<T extends AuditEventType>(
  input: { launchId: string; type: T; actor: Actor | null; data: AuditEventData<T> },
  row: { seq: number; at: Date },
): LaunchEvent<T> {
  return {
    launchId: input.launchId,
    seq: row.seq,
    type: input.type,
    at: row.at.toISOString(),
    actor: input.actor ? { id: input.actor.id, name: input.actor.name } : null,
    data: input.data,
  } as LaunchEvent<T>;
}
