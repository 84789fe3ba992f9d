import { launchRoom, type LaunchPresence } from "@/lib/realtime/envelope";
import type { RealtimeServer } from "@/lib/realtime/publish";

const PREFIX = launchRoom("");
export const isLaunchRoom = (room: string) => room.startsWith(PREFIX);
export const launchIdOfRoom = (room: string) => room.slice(PREFIX.length);

/** The people (not sockets: one person may have a laptop and a phone open) in a launch's room. */
export async function presenceOf(io: RealtimeServer, launchId: string): Promise<LaunchPresence> {
  const sockets = await io.in(launchRoom(launchId)).fetchSockets();
  const people = new Map(sockets.map((socket) => [socket.data.actor.id, { id: socket.data.actor.id, name: socket.data.actor.name }]));
  return { launchId, people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

export async function broadcastPresence(io: RealtimeServer, launchId: string): Promise<void> {
  io.to(launchRoom(launchId)).emit("launch:presence", await presenceOf(io, launchId));
}
