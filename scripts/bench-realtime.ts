// `npm run bench`: the realtime figures, measured through the real HTTP server and socket.io, as users
// meet them. Starts the production build on its own throwaway database (or measures BENCH_URL), and a
// floor (bare socket.io + one PostgreSQL commit) in the same run, so the ratios mean something on a busy
// machine. Figures only, no pass/fail. Sizes: BENCH_N, BENCH_REPS, BENCH_TICKS, BENCH_WRITERS,
// BENCH_SECONDS, BENCH_MEMORY_TICKS, BENCH_CYCLES, BENCH_BIG=0 to skip the browser part; see README.
import { fork } from "node:child_process";
import path from "node:path";
import { startApp } from "./bench/app-server";
import { findLaunch, leafItems, type Envelope } from "./bench/app-client";
import { appFanout, floorFanout, type FanoutRun } from "./bench/fanout";
import { sustainedWrites } from "./bench/sustained";
import { memoryAfterChurn } from "./bench/memory";
import { bigLaunchPage, summariseBigLaunch } from "./bench/big-launch";
import { f1, fmt, median, signIn, sleep } from "./bench/measure";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const NS = (process.env.BENCH_N ?? "50,200,500").split(",").map(Number);
const REPS = env("BENCH_REPS", 2);
const TICKS = env("BENCH_TICKS", 100);
const FLOOR_PORT = env("BENCH_FLOOR_PORT", 3409);
const log = (line: string) => console.log(line);

// Whatever happens, the benchmark ends (and takes its servers with it).
setTimeout(
  () => {
    console.error("[bench] took longer than BENCH_TIMEOUT_S; stopping");
    process.exit(3);
  },
  env("BENCH_TIMEOUT_S", 1800) * 1000,
).unref();

const app = await startApp();
const floorProcess = fork(
  path.join(import.meta.dirname, "bench", "floor-server.ts"),
  [String(FLOOR_PORT), app.databaseUrl],
  {
    execArgv: ["--import", "tsx"],
    stdio: "inherit",
  },
);
await new Promise((resolve, reject) => {
  floorProcess.once("message", resolve);
  floorProcess.once("exit", () => reject(new Error("the floor server did not start")));
});
const floor = { base: `http://127.0.0.1:${FLOOR_PORT}`, pid: floorProcess.pid! };
const stopAll = async () => {
  floorProcess.kill("SIGTERM");
  await app.stop();
};

try {
  const lead = await signIn(app.base, "lead@example.com");
  const watcher = await signIn(app.base, "viewer@example.com");
  const launchId = await findLaunch(app.base, lead);
  const who = { lead, watcher, launchId, items: await leafItems(app.base, lead, launchId) };
  log(`app ${app.base} (pid ${app.pid}); floor ${floor.base}; launch ${launchId}, ${who.items.length} leaf items`);

  log(`\n# Tick → last watcher (${TICKS} sequential ticks, ${REPS} reps, app and floor alternating)`);
  const fanout: Record<number, { app: FanoutRun[]; floor: FanoutRun[] }> = {};
  let envelope: Envelope | undefined;
  for (const n of NS) {
    fanout[n] = { app: [], floor: [] };
    for (let rep = 1; rep <= REPS; rep++) {
      // The floor replays a real app envelope, so the app goes first the very first time.
      const order = rep % 2 || !envelope ? ["app", "floor"] : ["floor", "app"];
      for (const side of order) {
        const run =
          side === "app"
            ? await appFanout(app, who, n, TICKS)
            : await floorFanout(floor, { ...envelope, seq: undefined }, n, TICKS);
        if ("sample" in run) envelope ??= run.sample as Envelope;
        fanout[n][side as "app" | "floor"].push(run);
        log(
          `N=${n} rep ${rep} ${side.padEnd(5)}: ${fmt(run.latency)}; write p50 ${f1(run.write.p50)} ms; join ${f1(run.joinMs)} ms; CPU ${f1(run.cpuMsPerTick)} ms/tick; errors ${run.errors} lost ${run.lost} out-of-order ${run.outOfOrder}`,
        );
        await sleep(1_000);
      }
    }
  }

  log(`\n# Sustained writes`);
  const sustained = await sustainedWrites(app, who, {
    writers: env("BENCH_WRITERS", 8),
    watchers: env("BENCH_SUSTAINED_WATCHERS", 50),
    seconds: env("BENCH_SECONDS", 10),
  });
  log(
    `${f1(sustained.writesPerSecond)} writes/s; write ${fmt(sustained.write)}; delivery ${fmt(sustained.delivery)}; 5xx ${sustained.fiveHundreds}; lost ${sustained.lost} out-of-order ${sustained.outOfOrder} duplicates ${sustained.duplicates}; CPU ${f1(sustained.cpuMsPerWrite)} ms/write`,
  );

  log(`\n# Server memory through watcher churn`);
  const memory = await memoryAfterChurn(
    app,
    who,
    {
      watchers: env("BENCH_MEMORY_WATCHERS", 200),
      ticks: env("BENCH_MEMORY_TICKS", 1000),
      cycles: env("BENCH_CYCLES", 3),
    },
    log,
  );

  let big;
  if (process.env.BENCH_BIG !== "0") {
    log(`\n# A 1,000-item launch in Chromium`);
    const runs = await bigLaunchPage(app.base, lead, {
      sections: 10,
      perSection: 100,
      reps: env("BENCH_BIG_REPS", 2),
      ticks: 3,
    });
    for (const run of runs)
      log(
        `${run.items} items: HTML ${f1(run.htmlKb)} KB, ${run.domElements} elements; first enabled checkbox ${f1(run.firstCheckboxMs)} ms; Live ${f1(run.liveMs)} ms; tick→screen ${run.tickToScreenMs.map(f1).join(", ")} ms`,
      );
    big = summariseBigLaunch(runs);
  }

  log(`\nSUMMARY (medians over reps; ratios app / floor measured in the same run)`);
  log(
    `N    | app p50 / p95 ms | floor p50 / p95 ms | ratio p50 / p95 | CPU ms per tick app / floor | join ms app / floor`,
  );
  for (const n of NS) {
    const a = fanout[n]!.app;
    const fl = fanout[n]!.floor;
    const m = (runs: FanoutRun[], pick: (run: FanoutRun) => number) => median(runs.map(pick));
    const [ap50, ap95, fp50, fp95] = [
      m(a, (r) => r.latency.p50),
      m(a, (r) => r.latency.p95),
      m(fl, (r) => r.latency.p50),
      m(fl, (r) => r.latency.p95),
    ];
    log(
      `${String(n).padEnd(4)} | ${f1(ap50)} / ${f1(ap95)} | ${f1(fp50)} / ${f1(fp95)} | ${f1(ap50 / fp50)} / ${f1(ap95 / fp95)} | ${f1(m(a, (r) => r.cpuMsPerTick))} / ${f1(m(fl, (r) => r.cpuMsPerTick))} (${f1(m(a, (r) => r.cpuMsPerTick) / m(fl, (r) => r.cpuMsPerTick))}×) | ${f1(m(a, (r) => r.joinMs))} / ${f1(m(fl, (r) => r.joinMs))}`,
    );
  }
  log(
    `sustained: ${f1(sustained.writesPerSecond)} writes/s, p95 write ${f1(sustained.write.p95)} ms, lost ${sustained.lost}, out-of-order ${sustained.outOfOrder}, 5xx ${sustained.fiveHundreds}`,
  );
  log(
    `memory: idle ${f1(memory.idle)} MB → after ticks ${f1(memory.afterTicks)} MB → all gone 5 s ${f1(memory.allGone)} MB, 30 s ${f1(memory.allGoneLater)} MB (${f1(((memory.allGoneLater - memory.idle) / memory.idle) * 100)}% over idle)`,
  );
  if (big)
    log(
      `1,000 items: first checkbox ${f1(big.firstCheckboxMs)} ms, Live ${f1(big.liveMs)} ms, tick→screen p50 ${f1(big.tickToScreenMs)} ms`,
    );
  console.log(`RESULT ${JSON.stringify({ fanout, sustained, memory, big })}`);
} finally {
  await stopAll();
}
process.exit(0);
