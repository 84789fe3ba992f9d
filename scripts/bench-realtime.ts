// `npm run bench`: how fast a committed change reaches every screen, and what it costs in memory.
// Starts a throwaway embedded PostgreSQL and the real socket.io server (no Next), connects N clients
// to one launch, makes M checklist changes through the real operation, and prints latency from
// "operation returned" to "last client received", plus server heap before and after. Figures only:
// no pass/fail; compare them with the 1-second target in the README.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, chmodSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 25);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);

const root = mkdtempSync(path.join(tmpdir(), "launch-control-bench-"));
chmodSync(root, 0o755);
const { startEmbeddedPostgres } = await import("@/lib/embedded-postgres");
const cluster = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres") });
process.env.DATABASE_URL = cluster.url;
process.env.NEXTAUTH_SECRET = "bench-secret";
const { applyMigrations } = await import("@/lib/migrations/apply-migrations");
await applyMigrations(cluster.url);
const { getDb, disconnectDb } = await import("@/lib/db");
const { createLaunch } = await import("@/lib/launches/create-launch");
const { updateItem } = await import("@/lib/checklists/update-item");
const { attachSocketServer } = await import("@/lib/realtime/socket-server");

const user = await getDb().user.create({
  data: { email: `bench-${Date.now()}@example.com`, name: "Bench Lead", passwordHash: "x" },
});
const actor = { id: user.id, name: user.name, email: user.email, isAdmin: false };
const { id: launchId } = await createLaunch({
  actor,
  name: "Benchmark launch",
  plan: { sections: [{ title: "Work", items: Array.from({ length: 20 }, (_, i) => ({ title: `Item ${i + 1}` })) }] },
});
const items = await getDb().checklistItem.findMany({ where: { launchId }, orderBy: { position: "asc" } });

const httpServer = createServer();
const ioServer = attachSocketServer(httpServer);
await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, name: user.name }, secret: "bench-secret" })}`;

const received = new Map<number, number>();
const clients: Socket[] = [];
for (let i = 0; i < CLIENTS; i++) {
  const client = connect(url, { extraHeaders: { cookie }, transports: ["websocket"] });
  await new Promise<void>((resolve) => client.once("connect", () => resolve()));
  await new Promise((resolve) => client.emit("launch:join", { launchId }, resolve));
  client.on("launch:event", (event: { seq: number }) => received.set(event.seq, (received.get(event.seq) ?? 0) + 1));
  clients.push(client);
}

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const latencies: number[] = [];
const writeTimes: number[] = [];
for (let i = 0; i < CHANGES; i++) {
  const item = items[i % items.length]!;
  const started = performance.now();
  const status = Math.floor(i / items.length) % 2 === 0 ? "done" : "todo";
  await updateItem({ actor, launchId, itemId: item.id, status });
  const committed = performance.now();
  writeTimes.push(committed - started);
  const { seq } = await getDb().launch.findUniqueOrThrow({ where: { id: launchId }, select: { seq: true } });
  while ((received.get(seq) ?? 0) < CLIENTS) await new Promise((resolve) => setImmediate(resolve));
  latencies.push(performance.now() - committed);
}
global.gc?.();
const heapAfter = process.memoryUsage().heapUsed;

const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`clients: ${CLIENTS}, changes: ${CHANGES}`);
console.log(
  `write (transaction + audit event): p50 ${ms(pct(writeTimes, 50))}, p95 ${ms(pct(writeTimes, 95))}, max ${ms(Math.max(...writeTimes))}`,
);
console.log(
  `commit → all ${CLIENTS} clients received: p50 ${ms(pct(latencies, 50))}, p95 ${ms(pct(latencies, 95))}, max ${ms(Math.max(...latencies))}`,
);
console.log(`server heap: ${(heapBefore / 1e6).toFixed(1)} MB before, ${(heapAfter / 1e6).toFixed(1)} MB after`);

clients.forEach((client) => client.disconnect());
await new Promise((resolve) => ioServer.close(resolve));
await disconnectDb();
await cluster.stop();
rmSync(root, { recursive: true, force: true });
