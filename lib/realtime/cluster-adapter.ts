import { createAdapter } from "@socket.io/postgres-adapter";
import pg from "pg";
import type { RealtimeServer } from "@/lib/realtime/publish";

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
  io.adapter(
    createAdapter(pool, {
      errorHandler: (error) => log(`realtime adapter: ${error.message}`),
    }),
  );
  return async () => {
    await pool.end();
  };
}
