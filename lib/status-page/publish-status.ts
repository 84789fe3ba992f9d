import type { Server } from "socket.io";
import { getDb } from "@/lib/db";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { getRealtimeServer } from "@/lib/realtime/publish";
import { buildPublicStatus, statusPageInclude } from "@/lib/status-page/get-public-status";
import { statusEventName, statusNamespace, statusRoom } from "@/lib/status-page/status-room";

// Only these families can change what a status page shows.
const RELEVANT = ["launch.", "step.", "incident.", "communication.", "status_page."];

/**
 * After commit: recomputes the public view once and sends it to every viewer of the launch's page.
 * One query set per change however many viewers there are; nothing when no page is open or enabled.
 */
export async function publishStatus(event: LaunchEvent): Promise<void> {
  if (!RELEVANT.some((prefix) => event.type.startsWith(prefix))) return;
  // The public namespace has its own (untyped) events, apart from the launch rooms' typed ones.
  const io = getRealtimeServer() as unknown as Server | undefined;
  if (!io) return;
  const page = await getDb().statusPage.findUnique({
    where: { launchId: event.launchId },
    include: statusPageInclude,
  });
  if (!page) return;
  const room = io.of(statusNamespace).to(statusRoom(page.token));
  if (!page.enabled) return void io.of(statusNamespace).in(statusRoom(page.token)).disconnectSockets(true);
  room.emit(statusEventName, await buildPublicStatus(page));
}
