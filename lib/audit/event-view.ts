import type { AuditEventType } from "@/lib/audit/event-types";
import type { LaunchEvent } from "@/lib/realtime/envelope";

type EventRow = {
  launchId: string;
  seq: number;
  type: string;
  at: Date;
  data: unknown;
  actor: { id: string; name: string } | null;
};

/** A stored audit event in the same envelope the socket sends, so catch-up and live look alike. */
export function eventView(row: EventRow): LaunchEvent {
  return {
    launchId: row.launchId,
    seq: row.seq,
    type: row.type as AuditEventType,
    at: row.at.toISOString(),
    actor: row.actor ? { id: row.actor.id, name: row.actor.name } : null,
    data: row.data,
  } as LaunchEvent;
}
