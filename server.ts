// One process serves everything: Next's pages and API, and socket.io on the same port.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { readEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/server/prepare-database";
import { ensureDevelopmentSecret } from "@/lib/server/development-secret";
import { assertWritableDataDir } from "@/lib/server/data-dir";
import { listen } from "@/lib/server/listen";
import { attachSocketServer, closeSocketServer } from "@/lib/realtime/socket-server";
import { startJobQueue } from "@/lib/jobs/job-queue";
import { setJobQueue } from "@/lib/jobs/jobs";
import { registeredJobs } from "@/lib/jobs/registry";
import { startDatabaseClock } from "@/lib/realtime/database-clock";
import { disconnectDb } from "@/lib/db";
import { stampClientAddress } from "@/lib/http/client-address";
import { startDueSteps } from "@/lib/timeline/start-due-steps";
import { startDueStepsJob } from "@/lib/timeline/start-due-steps-job";
import { startOutboundWorker } from "@/lib/outbound/dispatcher";
import { sealPlainChannels } from "@/lib/secrets/seal-plain-channels";
import { attachStatusNamespace } from "@/lib/status-page/status-namespace";

const log = (message: string) => console.log(`[launch-control] ${message}`);

async function main() {
  const env = readEnv();
  const dev = env.NODE_ENV !== "production";
  // DATA_DIR holds the embedded database and the development secret: say plainly if it cannot.
  if (!env.DATABASE_URL || !env.NEXTAUTH_SECRET) assertWritableDataDir(env.DATA_DIR);
  if (!env.NEXTAUTH_SECRET) process.env.NEXTAUTH_SECRET = ensureDevelopmentSecret(env.DATA_DIR);

  // The port first: a busy port must stop us before we start, migrate or seed any database.
  // Until the app is ready, requests get a 503 (health checks keep waiting).
  const ready: { handle?: (request: IncomingMessage, response: ServerResponse) => Promise<void> } = {};
  const httpServer = createServer((request, response) => {
    stampClientAddress(request);
    if (ready.handle) return ready.handle(request, response);
    response.writeHead(503, { "content-type": "application/json", "retry-after": "2" });
    response.end(JSON.stringify({ error: "Launch Control is starting; try again in a moment." }));
  });
  await listen(httpServer, env.PORT, env.HOST);

  const database = await prepareDatabase(env, log);
  // Channel URLs and signing keys from before encryption at rest are sealed now (lib/secrets).
  const sealed = await sealPlainChannels();
  if (sealed > 0) log(`Encrypted the credentials of ${sealed} outbound channel(s) stored in plain text`);
  const stopClock = await startDatabaseClock(process.env.DATABASE_URL!, log);
  const nextApp = next({ dev, hostname: env.HOST, port: env.PORT });
  await nextApp.prepare();
  const adapter = env.REALTIME_ADAPTER;
  const io = attachSocketServer(httpServer, {
    clusterDatabaseUrl: adapter === "postgres" ? process.env.DATABASE_URL : undefined,
    log,
  });
  // One job queue per process: timed steps and outbound deliveries (webhooks, Slack, Teams, email).
  const jobs = await startJobQueue({ databaseUrl: process.env.DATABASE_URL!, jobs: registeredJobs, log });
  setJobQueue(jobs);
  // The outbox sweep and the planned-message and probe ticks; see lib/outbound.
  const stopOutbound = await startOutboundWorker(jobs);
  const nextHandle = nextApp.getRequestHandler();
  // Loaded once Next is prepared: the route handlers it serves load Next's request context on import.
  const { answerDirectly } = await import("@/lib/http/answer-directly");
  // The hot writes (a tick, a step's start or completion) skip Next's router: see lib/http/direct-routes.ts.
  ready.handle = async (request, response) => {
    if (!answerDirectly(request, response)) await nextHandle(request, response);
  };
  log(`Ready on http://localhost:${env.PORT} (${dev ? "development" : "production"}, realtime adapter: ${adapter})`);

  // Auto-start steps whose predecessors completed while the server was down, stamped when they were due.
  const recovered = await startDueSteps(new Date(), { onBoot: true }).catch((error) => {
    log(`Could not recover auto-start steps: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  });
  if (recovered.length > 0)
    log(`Started ${recovered.length} auto-start step(s) that fell due while the server was down`);
  // Fixed-start auto-start steps fall due by the clock, not by an event: a sweep every minute on the job
  // queue (once across instances) books each coming fixed start at its exact time.
  await jobs.scheduleRecurring(startDueStepsJob, "* * * * *", { sweep: true }, { key: "sweep" });
  attachStatusNamespace(io);

  let stopping = false;
  const shutdown = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: shutting down`);
    const realtimeClosed = closeSocketServer(io);
    httpServer.closeAllConnections();
    await new Promise((resolve) => httpServer.close(resolve));
    await realtimeClosed;
    await stopOutbound();
    await jobs.stop();
    setJobQueue(undefined);
    await stopClock();
    await disconnectDb();
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  httpServer.on("error", (error) => {
    console.error(`[launch-control] The server failed: ${error.message}`);
    void shutdown("server error", 1);
  });
}

main().catch((error) => {
  console.error(`[launch-control] Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
