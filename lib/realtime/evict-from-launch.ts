import { afterPublished } from "@/lib/realtime/publish";
import { launchRoom, userRoom } from "@/lib/realtime/envelope";
import { presenceChanged } from "@/lib/realtime/presence";

/**
 * Makes every open socket of a person leave a launch's room (after their membership was revoked), on
 * every instance (socketsLeave goes through the cluster adapter) — after the events published before
 * it, so that the person still hears their own removal.
 */
export async function evictFromLaunch(userId: string, launchId: string): Promise<void> {
  await afterPublished(async (io) => {
    // The adapter's own call, awaited: io.in().socketsLeave() drops the promise of the cluster message,
    // so a broadcast sent right after could reach another instance before the eviction does.
    await io
      .of("/")
      .adapter.delSockets({ rooms: new Set([userRoom(userId)]), except: new Set() }, [launchRoom(launchId)]);
    presenceChanged(io, launchId, { id: userId, name: "" });
  });
}
