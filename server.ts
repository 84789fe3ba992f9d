// One process serves everything: Next's pages and API, and socket.io on the same port.
import { createServer } from "node:http";
import next from "next";
import { readEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/server/prepare-database";
import { ensureDevelopmentSecret } from "@/lib/server/development-secret";
import { attachSocketServer, closeSocketServer } from "@/lib/realtime/socket-server";
import { startJobQueue } from "@/lib/jobs/job-queue";
import { setJobQueue } from "@/lib/jobs/jobs";
import { registeredJobs } from "@/lib/jobs/registry";
import { startDatabaseClock } from "@/lib/realtime/database-clock";
import { disconnectDb } from "@/lib/db";

const log = (message: string) => console.log(`[launch-control] ${message}`);

async function main() {
  const env = readEnv();
  const dev = env.NODE_ENV !== "production";
  if (!env.NEXTAUTH_SECRET) process.env.NEXTAUTH_SECRET = ensureDevelopmentSecret(env.DATA_DIR);

  const database = await prepareDatabase(env, log);
  const stopClock = await startDatabaseClock(process.env.DATABASE_URL!, log);
  const app = next({ dev, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();

  const httpServer = createServer((request, response) => handle(request, response));
  const adapter = env.REALTIME_ADAPTER;
  const io = attachSocketServer(httpServer, { clusterDatabaseUrl: adapter === "postgres" ? process.env.DATABASE_URL : undefined, log });
  const jobs = await startJobQueue({ databaseUrl: process.env.DATABASE_URL!, jobs: registeredJobs, log });
  setJobQueue(jobs);
  await new Promise<void>((resolve) => httpServer.listen(env.PORT, env.HOST, resolve));
  log(`Ready on http://localhost:${env.PORT} (${dev ? "development" : "production"}, realtime adapter: ${adapter})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    const realtimeClosed = closeSocketServer(io);
    httpServer.closeAllConnections();
    await new Promise((resolve) => httpServer.close(resolve));
    await realtimeClosed;
    await jobs.stop();
    setJobQueue(undefined);
    await stopClock();
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
