import { getRealtimeServer } from "@/lib/realtime/publish";
import { launchRoom, userRoom } from "@/lib/realtime/envelope";
import { presenceChanged } from "@/lib/realtime/presence";

/**
 * Makes every open socket of a person leave a launch's room (after their membership was revoked), on
 * every instance: with the cluster adapter, socketsLeave is carried to the others.
 */
export async function evictFromLaunch(userId: string, launchId: string): Promise<void> {
  const io = getRealtimeServer();
  if (!io) return;
  io.in(userRoom(userId)).socketsLeave(launchRoom(launchId));
  presenceChanged(io, launchId, { id: userId, name: "" });
}
