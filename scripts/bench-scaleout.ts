// `npm run bench:scaleout` (also run by `npm run bench`): tick → last watcher latency with 500
// watchers (BENCH_WATCHERS) split over two instances on one PostgreSQL, against floors measured in the
// same run: all watchers on ONE instance with the in-memory adapter (the floor) and with the PostgreSQL
// adapter (what the adapter costs a single instance). Every instance is its own process; the watchers
// and the timing live in this one. Figures only, no pass/fail.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";

const WATCHERS = Number(process.env.BENCH_WATCHERS ?? 500);
const TICKS = Number(process.env.BENCH_TICKS ?? 100);
const REPS = Number(process.env.BENCH_REPS ?? 2);
const SECRET = "bench-scaleout-secret";
const children = new Set<ChildProcess>();
// Whatever ends this process (the watchdog, Ctrl-C), the instances it started end with it.
process.on("exit", () => children.forEach((child) => child.kill("SIGKILL")));
process.on("SIGINT", () => process.exit(130));
setTimeout(() => {
  console.error("bench:scaleout: watchdog (20 min) fired");
  process.exit(3);
}, 1_200_000).unref();

const root = mkdtempSync(path.join(tmpdir(), "launch-control-bench-scaleout-"));
chmodSync(root, 0o755);
const { startEmbeddedPostgres } = await import("@/lib/embedded-postgres");
const cluster = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres") });
process.env.DATABASE_URL = cluster.url;
const { applyMigrations } = await import("@/lib/migrations/apply-migrations");
await applyMigrations(cluster.url);
const { getDb, disconnectDb } = await import("@/lib/db");
const { createLaunch } = await import("@/lib/launches/create-launch");

const user = await getDb().user.create({
  data: { email: `bench-${Date.now()}@example.com`, name: "Bench Lead", passwordHash: "x" },
});
const actor = { id: user.id, name: user.name, email: user.email, isAdmin: false };
const { id: launchId } = await createLaunch({
  actor,
  name: "Scale-out benchmark",
  plan: { sections: [{ title: "Work", items: Array.from({ length: 20 }, (_, i) => ({ title: `Item ${i + 1}` })) }] },
});
const items = await getDb().checklistItem.findMany({ where: { launchId }, orderBy: { position: "asc" } });
const status = new Map(items.map((item) => [item.id, item.status]));
const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, name: user.name }, secret: SECRET })}`;

type Instance = { url: string; child: ChildProcess };
async function startInstance(adapter: "memory" | "postgres"): Promise<Instance> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/scaleout/bench-instance.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: SECRET,
      REALTIME_ADAPTER: adapter,
      BENCH_ACTOR: JSON.stringify(actor),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = /READY (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`bench instance exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}
const stopInstance = (instance: Instance) =>
  new Promise<void>((resolve) => {
    instance.child.once("exit", () => resolve());
    instance.child.kill("SIGTERM");
  });

async function measure(label: string, instances: Instance[]) {
  const received = new Map<number, number>();
  const lastAt = new Map<number, number>();
  const clients: Socket[] = [];
  const connectStarted = performance.now();
  for (let i = 0; i < WATCHERS; i++) {
    const client = connect(instances[i % instances.length]!.url, {
      extraHeaders: { cookie },
      transports: ["websocket"],
    });
    client.on("launch:event", (event: { seq: number }) => {
      const count = (received.get(event.seq) ?? 0) + 1;
      received.set(event.seq, count);
      if (count === WATCHERS) lastAt.set(event.seq, performance.now());
    });
    clients.push(client);
  }
  await Promise.all(
    clients.map(
      (client) =>
        new Promise<void>((resolve) => {
          const join = () => client.emit("launch:join", { launchId }, () => resolve());
          if (client.connected) join();
          else client.once("connect", join);
        }),
    ),
  );
  const connectMs = performance.now() - connectStarted;
  // Let presence batches and adapter heartbeats settle before timing.
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  const latencies: number[] = [];
  let lost = 0;
  const writer = instances[0]!;
  for (let i = 0; i < TICKS; i++) {
    const item = items[i % items.length]!;
    const next = status.get(item.id) === "done" ? "todo" : "done";
    const seqBefore = (await getDb().launch.findUniqueOrThrow({ where: { id: launchId }, select: { seq: true } })).seq;
    const sentAt = performance.now();
    const response = await fetch(`${writer.url}/tick`, {
      method: "POST",
      body: JSON.stringify({ launchId, itemId: item.id, status: next }),
    });
    if (!response.ok) throw new Error(`tick failed: ${await response.text()}`);
    status.set(item.id, next);
    const seq = seqBefore + 1;
    for (const deadline = performance.now() + 5_000; !lastAt.has(seq) && performance.now() < deadline;)
      await new Promise((resolve) => setImmediate(resolve));
    if (lastAt.has(seq)) latencies.push(lastAt.get(seq)! - sentAt);
    else lost++;
  }
  clients.forEach((client) => client.close());
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const result = { label, p50: at(0.5), p95: at(0.95), max: latencies.at(-1) ?? NaN, lost, connectMs };
  console.log(
    `${label.padEnd(38)} p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  max ${result.max.toFixed(1)} ms  lost ${lost}/${TICKS}  connect+join ${connectMs.toFixed(0)} ms`,
  );
  return result;
}

const cases: { label: string; adapters: ("memory" | "postgres")[] }[] = [
  { label: "1 instance, in-memory adapter (floor)", adapters: ["memory"] },
  { label: "1 instance, PostgreSQL adapter", adapters: ["postgres"] },
  { label: "2 instances, PostgreSQL adapter", adapters: ["postgres", "postgres"] },
];
console.log(
  `Scale-out: ${WATCHERS} watchers, ${TICKS} ticks per case, ${REPS} rounds (cases alternate); latency = tick sent → last watcher received`,
);
const results: Record<string, { p50: number[]; p95: number[] }> = {};
try {
  for (let rep = 0; rep < REPS; rep++) {
    for (const testCase of rep % 2 ? [...cases].reverse() : cases) {
      const instances = await Promise.all(testCase.adapters.map(startInstance));
      try {
        const result = await measure(testCase.label, instances);
        results[testCase.label] ??= { p50: [], p95: [] };
        results[testCase.label]!.p50.push(result.p50);
        results[testCase.label]!.p95.push(result.p95);
      } finally {
        await Promise.all(instances.map(stopInstance));
      }
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const floor = results[cases[0]!.label]!;
  console.log("\nSUMMARY (medians over rounds; ratio to the single-instance in-memory floor)");
  for (const { label } of cases) {
    const { p50, p95 } = results[label]!;
    console.log(
      `${label.padEnd(38)} p50 ${median(p50).toFixed(1)} ms (×${(median(p50) / median(floor.p50)).toFixed(2)})  p95 ${median(p95).toFixed(1)} ms (×${(median(p95) / median(floor.p95)).toFixed(2)})`,
    );
  }
} finally {
  await disconnectDb();
  await cluster.stop();
  rmSync(root, { recursive: true, force: true });
}
process.exit(0);
