import { getRealtimeServer } from "@/lib/realtime/publish";
import { sessionRoom, userRoom } from "@/lib/realtime/envelope";

/**
 * Closes the live connections opened with a browser session that just signed out, on every instance
 * (disconnectSockets goes through the cluster adapter). A session from before sessions were numbered
 * has no id: then all of that person's connections close, and their other devices simply reconnect.
 */
export function disconnectSession({ userId, sessionId }: { userId: string; sessionId?: string }): void {
  const io = getRealtimeServer();
  if (!io) return;
  io.in(sessionId ? sessionRoom(sessionId) : userRoom(userId)).disconnectSockets(true);
}
