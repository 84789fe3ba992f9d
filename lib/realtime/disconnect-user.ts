import { getRealtimeServer } from "@/lib/realtime/publish";
import { clusteredServers } from "@/lib/realtime/clustered-servers";
import { userRoom } from "@/lib/realtime/envelope";
import { forgetAccount } from "@/lib/auth/account-state";

/**
 * An account was deactivated or its password changed: every instance forgets its cached account
 * state (so the next request anywhere is re-checked, not up to 2 s later), and every open socket of
 * the person closes at once.
 */
export function disconnectUser(userId: string): void {
  forgetAccount(userId);
  const io = getRealtimeServer();
  if (!io) return;
  if (clusteredServers.get(io)) io.serverSideEmit("account:changed", userId);
  io.in(userRoom(userId)).disconnectSockets(true);
}
