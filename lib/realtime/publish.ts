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
// through globalThis rather than a module variable.
const holder = globalThis as unknown as { launchControlIo?: RealtimeServer };

export function setRealtimeServer(io: RealtimeServer | undefined): void {
  holder.launchControlIo = io;
}

export function getRealtimeServer(): RealtimeServer | undefined {
  return holder.launchControlIo;
}

/** Sends one committed event to everyone in the launch's room. Call only after the commit. */
export function publish(event: LaunchEvent): void {
  holder.launchControlIo?.to(launchRoom(event.launchId)).emit(launchEventName, event);
}
