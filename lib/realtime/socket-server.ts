import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { accountState, forgetAccount } from "@/lib/auth/account-state";
import { clusteredServers } from "@/lib/realtime/clustered-servers";
import { compactWhenIdle } from "@/lib/realtime/compact-when-idle";
import { actorFromHandshake } from "@/lib/realtime/socket-auth";
import { joinLaunch, joinLaunchInput } from "@/lib/realtime/join-launch";
import { launchRoom, sessionRoom, userRoom, type JoinAck } from "@/lib/realtime/envelope";
import {
  enablePresence,
  isLaunchRoom,
  launchIdOfRoom,
  peopleOf,
  presenceChanged,
  stopPresence,
} from "@/lib/realtime/presence";
import { setRealtimeServer, type RealtimeServer } from "@/lib/realtime/publish";
import { attachClusterAdapter } from "@/lib/realtime/cluster-adapter";
import { watchDatabase } from "@/lib/realtime/watch-database";

export type SocketServerOptions = {
  /** Reach sockets on every instance sharing this PostgreSQL database; in-memory (one instance) when omitted. */
  clusterDatabaseUrl?: string;
  log?: (message: string) => void;
};

const closers = new WeakMap<RealtimeServer, () => Promise<void>>();
import { isSameOrigin } from "@/lib/http/write-guard";

/** socket.io on the app's own port and path /socket.io; only signed-in people get a connection. */
export function attachSocketServer(httpServer: HttpServer, options: SocketServerOptions = {}): RealtimeServer {
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
  const log = options.log ?? ((message: string) => console.log(`[realtime] ${message}`));
  const closeAdapter = options.clusterDatabaseUrl
    ? attachClusterAdapter(io, options.clusterDatabaseUrl, log)
    : async () => {};
  closers.set(io, closeAdapter);
  enablePresence(io, { clustered: Boolean(options.clusterDatabaseUrl) });
  clusteredServers.set(io, Boolean(options.clusterDatabaseUrl));
  io.on("account:changed", forgetAccount);
  compactWhenIdle(io);

  io.use(async (socket, next) => {
    const session = await actorFromHandshake(socket.request).catch(() => null);
    if (!session) return next(new Error("Sign in first: this connection has no valid session."));
    // A deactivated account's cookie may still decode; the account itself decides.
    const account = await accountState(session.actor.id);
    if (!account || account.deactivatedAt) return next(new Error("This account is deactivated."));
    socket.data.actor = session.actor;
    socket.data.sessionId = session.sessionId;
    next();
  });

  io.on("connection", (socket) => {
    const actor = socket.data.actor;
    const person = { id: actor.id, name: actor.name };
    socket.join(userRoom(actor.id));
    if (socket.data.sessionId) socket.join(sessionRoom(socket.data.sessionId));
    socket.on("launch:join", async (payload, ack) => {
      const parsed = joinLaunchInput.safeParse(payload);
      // The socket enters the room only after the membership check passed (a refused socket never hears
      // it), and before the seq in the ack is read.
      const result: JoinAck = parsed.success
        ? await tryJoin(actor, parsed.data.launchId, () => socket.join(launchRoom(parsed.data.launchId)))
        : { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid join request." };
      if (!result.ok && parsed.success) await socket.leave(launchRoom(parsed.data.launchId));
      if (typeof ack === "function") ack(result);
      if (result.ok && parsed.success) {
        const launchId = parsed.data.launchId;
        // The whole list to the newcomer only; the others hear a batched "joined".
        socket.emit("launch:presence", { launchId, people: await peopleOf(io, launchId) });
        presenceChanged(io, launchId, person);
      }
    });
    socket.on("launch:leave", async (payload) => {
      const parsed = joinLaunchInput.safeParse(payload);
      if (!parsed.success) return;
      await socket.leave(launchRoom(parsed.data.launchId));
      presenceChanged(io, parsed.data.launchId, person);
    });
    socket.on("disconnecting", () => {
      const launches = [...socket.rooms].filter(isLaunchRoom).map(launchIdOfRoom);
      // After the socket has left its rooms, tell each launch (the batch checks whether another tab remains).
      socket.once("disconnect", () => launches.forEach((launchId) => presenceChanged(io, launchId, person)));
    });
  });

  watchDatabase(io);
  setRealtimeServer(io);
  return io;
}

/** Closes the sockets, then the adapter's database connections. */
export async function closeSocketServer(io: RealtimeServer): Promise<void> {
  stopPresence(io);
  await new Promise((resolve) => io.close(resolve));
  await closers.get(io)?.();
}

async function tryJoin(actor: Actor, launchId: string, enter: () => Promise<void> | void): Promise<JoinAck> {
  try {
    const { seq } = await joinLaunch({ actor, launchId, enter });
    return { ok: true, seq };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message };
    console.error("launch:join failed", error);
    return { ok: false, error: "Could not join the launch; try again." };
  }
}
