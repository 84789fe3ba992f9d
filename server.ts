// One process serves everything: Next's pages and API, and socket.io on the same port.
import { createServer } from "node:http";
import next from "next";
import { readEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/server/prepare-database";
import { ensureDevelopmentSecret } from "@/lib/server/development-secret";
import { attachSocketServer } from "@/lib/realtime/socket-server";
import { disconnectDb } from "@/lib/db";
import { startDueSteps } from "@/lib/timeline/start-due-steps";

const log = (message: string) => console.log(`[launch-control] ${message}`);

async function main() {
  const env = readEnv();
  const dev = env.NODE_ENV !== "production";
  if (!env.NEXTAUTH_SECRET) process.env.NEXTAUTH_SECRET = ensureDevelopmentSecret(env.DATA_DIR);

  const database = await prepareDatabase(env, log);
  const app = next({ dev, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();

  const httpServer = createServer((request, response) => handle(request, response));
  const io = attachSocketServer(httpServer);
  await new Promise<void>((resolve) => httpServer.listen(env.PORT, env.HOST, resolve));
  log(`Ready on http://localhost:${env.PORT} (${dev ? "development" : "production"})`);

  // Auto-start steps whose predecessors completed while the server was down, stamped when they were due.
  const recovered = await startDueSteps(new Date(), { onBoot: true }).catch((error) => {
    log(`Could not recover auto-start steps: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  });
  if (recovered.length > 0) log(`Started ${recovered.length} auto-start step(s) that fell due while the server was down`);
  // Fixed-start auto-start steps fall due by the clock, not by an event. A simple interval for now: the
  // coordinator moves this onto the pg-boss job queue (issue #14) when that lands.
  const dueSteps = setInterval(() => {
    startDueSteps().catch((error) => log(`Auto-start check failed: ${error instanceof Error ? error.message : String(error)}`));
  }, 15_000);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    clearInterval(dueSteps);
    io.close();
    httpServer.closeAllConnections();
    await new Promise((resolve) => httpServer.close(resolve));
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
