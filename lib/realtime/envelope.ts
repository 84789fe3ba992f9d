import type { AuditEventData, AuditEventType } from "@/lib/audit/event-types";

// The one shape of a realtime event, imported by the socket server, the HTTP catch-up endpoint and
// the browser. `seq` numbers a launch's events 1, 2, 3... without gaps.
export type LaunchEvent<T extends AuditEventType = AuditEventType> = {
  [K in T]: {
    launchId: string;
    seq: number;
    type: K;
    at: string;
    actor: { id: string; name: string } | null;
    data: AuditEventData<K>;
  };
}[T];

export type JoinAck = { ok: true; seq: number } | { ok: false; error: string };

export type PresentPerson = { id: string; name: string };
/** Who has the launch open right now (not an audit event: it is not numbered or stored). Sent whole only to a socket that just joined. */
export type LaunchPresence = { launchId: string; people: PresentPerson[] };
/** Who arrived and who left since the last change, sent to the room (batched over a short window). */
export type LaunchPresenceDelta = { launchId: string; joined: PresentPerson[]; left: string[] };

/** Whether this server can reach its database; sent when it changes (and to a new socket while down). */
export type ServerHealth = { db: "ok" | "unreachable" };

export interface ServerToClientEvents {
  "launch:event": (event: LaunchEvent) => void;
  "server:health": (health: ServerHealth) => void;
  "launch:presence": (presence: LaunchPresence) => void;
  "launch:presence-delta": (delta: LaunchPresenceDelta) => void;
}

/** Between app instances (through the cluster adapter): each answers with the people it serves in a launch. */
export interface InterServerEvents {
  "presence:people": (launchId: string, ack: (people: PresentPerson[]) => void) => void;
  /** An account was deactivated or its password changed: forget its cached state at once. */
  "account:changed": (userId: string) => void;
}

export interface ClientToServerEvents {
  "launch:join": (payload: { launchId: string }, ack: (result: JoinAck) => void) => void;
  "launch:leave": (payload: { launchId: string }) => void;
}

export const launchRoom = (launchId: string) => `launch:${launchId}`;
/** Every socket of one person, so revoking their membership can reach them. */
export const userRoom = (userId: string) => `user:${userId}`;
/** Every socket opened with one browser session, so signing out there closes them (and only them). */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const launchEventName = "launch:event" as const;
