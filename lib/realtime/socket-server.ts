import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getDb } from "@/lib/db";
import { actorFromHandshake } from "@/lib/realtime/socket-auth";
import { joinLaunch, joinLaunchInput } from "@/lib/realtime/join-launch";
import { launchRoom, userRoom, type JoinAck } from "@/lib/realtime/envelope";
import { broadcastPresence, isLaunchRoom, launchIdOfRoom } from "@/lib/realtime/presence";
import { setRealtimeServer, type RealtimeServer } from "@/lib/realtime/publish";
import { isSameOrigin } from "@/lib/http/write-guard";

/** socket.io on the app's own port and path /socket.io; only signed-in people get a connection. */
export function attachSocketServer(httpServer: HttpServer): RealtimeServer {
  const io: RealtimeServer = new Server(httpServer, {
    // Next answers upgrades for its own routes; leaving others alone stops the two fighting.
    destroyUpgrade: false,
    serveClient: false,
    // A wall screen or a phone whose network silently died must show "Reconnecting" within seconds,
    // not after socket.io's default 45 s.
    pingInterval: 10_000,
    pingTimeout: 5_000,
    // The same origin check as every write: a page on another origin (another port included) must
    // not open a live connection with the visitor's session cookie.
    allowRequest: (request, callback) => {
      const allowed = isSameOrigin((name) => [request.headers[name]].flat()[0]);
      callback(allowed ? null : "Connections are accepted only from Launch Control's own pages.", allowed);
    },
  });

  io.use(async (socket, next) => {
    const actor = await actorFromHandshake(socket.request).catch(() => null);
    if (!actor) return next(new Error("Sign in first: this connection has no valid session."));
    // A deactivated account's cookie may still decode; the account itself decides.
    const account = await getDb().user.findUnique({ where: { id: actor.id }, select: { deactivatedAt: true } });
    if (!account || account.deactivatedAt) return next(new Error("This account is deactivated."));
    socket.data.actor = actor;
    next();
  });

  io.on("connection", (socket) => {
    socket.join(userRoom(socket.data.actor.id));
    socket.on("launch:join", async (payload, ack) => {
      const parsed = joinLaunchInput.safeParse(payload);
      const result: JoinAck = parsed.success
        ? await tryJoin(socket.data.actor, parsed.data.launchId)
        : { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid join request." };
      // Join only after the membership check passed: a refused socket never hears the room.
      if (result.ok && parsed.success) await socket.join(launchRoom(parsed.data.launchId));
      if (typeof ack === "function") ack(result);
      if (result.ok && parsed.success) await broadcastPresence(io, parsed.data.launchId);
    });
    socket.on("launch:leave", async (payload) => {
      const parsed = joinLaunchInput.safeParse(payload);
      if (!parsed.success) return;
      await socket.leave(launchRoom(parsed.data.launchId));
      await broadcastPresence(io, parsed.data.launchId);
    });
    socket.on("disconnecting", () => {
      const launches = [...socket.rooms].filter(isLaunchRoom).map(launchIdOfRoom);
      // After the socket has left its rooms, tell each launch who is still there.
      socket.once("disconnect", () => launches.forEach((launchId) => void broadcastPresence(io, launchId)));
    });
  });

  setRealtimeServer(io);
  return io;
}

async function tryJoin(actor: Actor, launchId: string): Promise<JoinAck> {
  try {
    const { seq } = await joinLaunch({ actor, launchId });
    return { ok: true, seq };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message };
    console.error("launch:join failed", error);
    return { ok: false, error: "Could not join the launch; try again." };
  }
}

