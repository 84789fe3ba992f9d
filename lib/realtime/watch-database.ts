import { checkHealth } from "@/lib/health/check-health";
import type { RealtimeServer } from "@/lib/realtime/publish";
import type { ServerHealth } from "@/lib/realtime/envelope";

const everyMs = 5_000;

/**
 * While the database is unreachable a socket can stay connected, so "Live" would be a lie: this checks
 * the database every few seconds (one query per process, not per screen) and tells this process's own
 * sockets when the answer changes, and each new socket what it is now.
 */
export function watchDatabase(io: RealtimeServer): void {
  let current: ServerHealth = { db: "ok" };
  const check = async () => {
    const { db } = await checkHealth();
    if (db === current.db) return;
    current = { db };
    io.local.emit("server:health", current);
  };
  // unref: the watch never keeps a stopping process alive.
  setInterval(() => void check(), everyMs).unref();
  io.on("connection", (socket) => {
    if (current.db !== "ok") socket.emit("server:health", current);
  });
}
