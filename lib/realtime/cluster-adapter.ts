import { createAdapter } from "@socket.io/postgres-adapter";
import pg from "pg";
import type { RealtimeServer } from "@/lib/realtime/publish";
import { deliverLocallyFirst } from "@/lib/realtime/local-first-broadcast";

/**
 * Makes room broadcasts, socketsLeave, disconnectSockets and fetchSockets reach every instance on the
 * same database, through socket.io's PostgreSQL adapter (LISTEN/NOTIFY; messages over 8,000 bytes go
 * through the socket_io_attachments table, created by a migration). Returns a function that closes
 * its connections.
 */
export function attachClusterAdapter(
  io: RealtimeServer,
  databaseUrl: string,
  log: (message: string) => void,
): () => Promise<void> {
  // One LISTEN connection plus NOTIFY/attachment queries: a small pool of its own, apart from Prisma's.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3, application_name: "launch-control-realtime" });
  pool.on("error", (error) => log(`realtime adapter connection: ${error.message}`));
  // The adapter keeps one connection checked out for LISTEN, where the pool's own handler does not
  // reach: without this, a database restart would be an unhandled 'error' that ends the process. The
  // adapter sees the connection end and listens again on a new one.
  pool.on("connect", (client) => client.on("error", (error) => log(`realtime adapter connection: ${error.message}`)));
  const perNamespace = createAdapter(pool, {
    errorHandler: (error) => log(`realtime adapter: ${error.message}`),
  });
  // socket.io calls this with `new`; returning an object makes that object the adapter.
  io.adapter(function (namespace: Parameters<typeof perNamespace>[0]) {
    return deliverLocallyFirst(perNamespace(namespace));
  } as unknown as Parameters<RealtimeServer["adapter"]>[0]);
  return async () => {
    await pool.end();
  };
}
