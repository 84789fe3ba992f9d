import type { Server } from "socket.io";
import {
  launchEventName,
  launchRoom,
  type ClientToServerEvents,
  type InterServerEvents,
  type LaunchEvent,
  type ServerToClientEvents,
} from "@/lib/realtime/envelope";

import type { Actor } from "@/lib/auth/actor";

export type SocketData = { actor: Actor; sessionId?: string };
export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

// server.ts owns the socket.io server; route handlers live in Next's separate bundle, so they find it
// (and the one outbox of the process) through globalThis rather than a module variable.
const holder = globalThis as unknown as { launchControlIo?: RealtimeServer; launchControlOutbox?: Promise<void> };

// socket.io-parser's PacketType.EVENT: the packet socket.io's own emit() builds.
const EVENT_PACKET = 2;

export function setRealtimeServer(io: RealtimeServer | undefined): void {
  holder.launchControlIo = io;
}

export function getRealtimeServer(): RealtimeServer | undefined {
  return holder.launchControlIo;
}

/**
 * Runs `send` once everything handed over before it has gone out. The PostgreSQL adapter sends a
 * broadcast locally only after its NOTIFY returned, and over any of its pooled connections: without
 * this, two events (or an event and an eviction) could overtake each other, here and on other instances.
 */
export function afterPublished(send: (io: RealtimeServer) => unknown): Promise<void> {
  const io = holder.launchControlIo;
  if (!io) return Promise.resolve();
  const next = (holder.launchControlOutbox ?? Promise.resolve()).then(() => send(io));
  holder.launchControlOutbox = next.then(
    () => undefined,
    (error) => console.error("realtime: sending failed", error),
  );
  return holder.launchControlOutbox;
}

/** Sends one committed event to everyone in the launch's room, on every instance. Call only after the commit. */
export function publish(event: LaunchEvent): void {
  // adapter.broadcast (what emit() calls) returns the adapter's promise, which emit() drops.
  void afterPublished((io) =>
    io
      .of("/")
      .adapter.broadcast(
        { type: EVENT_PACKET, nsp: "/", data: [launchEventName, event] },
        { rooms: new Set([launchRoom(event.launchId)]), except: new Set() },
      ),
  );
}
