// One process serves everything: Next's pages and API, and socket.io on the same port.
import { createServer } from "node:http";
import next from "next";
import { readEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/server/prepare-database";
import { ensureDevelopmentSecret } from "@/lib/server/development-secret";
import { attachSocketServer } from "@/lib/realtime/socket-server";
import { disconnectDb } from "@/lib/db";
import { startPgBossQueue } from "@/lib/outbound/queue";
import { startOutboundWorker } from "@/lib/outbound/dispatcher";
import { attachStatusNamespace } from "@/lib/status-page/status-namespace";

const log = (message: string) => console.log(`[launch-control] ${message}`);

async function main() {
  const env = readEnv();
  const dev = env.NODE_ENV !== "production";
  if (!env.NEXTAUTH_SECRET) process.env.NEXTAUTH_SECRET = ensureDevelopmentSecret(env.DATA_DIR);

  const database = await prepareDatabase(env, log);
  // Outbound deliveries (webhooks, Slack, Teams, email) and their outbox sweep; see lib/outbound.
  const stopOutbound = await startOutboundWorker(await startPgBossQueue(process.env.DATABASE_URL!));
  const app = next({ dev, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();

  const httpServer = createServer((request, response) => handle(request, response));
  const io = attachSocketServer(httpServer);
  attachStatusNamespace(io);
  await new Promise<void>((resolve) => httpServer.listen(env.PORT, env.HOST, resolve));
  log(`Ready on http://localhost:${env.PORT} (${dev ? "development" : "production"})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    io.close();
    httpServer.closeAllConnections();
    await new Promise((resolve) => httpServer.close(resolve));
    await stopOutbound();
    await disconnectDb();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  console.error(`[launch-control] Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
