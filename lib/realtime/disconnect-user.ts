import { getRealtimeServer } from "@/lib/realtime/publish";
import { userRoom } from "@/lib/realtime/envelope";

/** Closes every open socket of a person at once (account deactivated, password reset). */
export function disconnectUser(userId: string): void {
  getRealtimeServer()?.in(userRoom(userId)).disconnectSockets(true);
}
