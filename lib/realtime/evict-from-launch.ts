import { getRealtimeServer } from "@/lib/realtime/publish";
import { launchRoom, userRoom } from "@/lib/realtime/envelope";

/** Makes every open socket of a person leave a launch's room (after their membership was revoked). */
export async function evictFromLaunch(userId: string, launchId: string): Promise<void> {
  getRealtimeServer()?.in(userRoom(userId)).socketsLeave(launchRoom(launchId));
}
