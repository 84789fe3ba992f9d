// Tick → last watcher: N watchers follow the launch, a lead ticks items one after another over HTTP, and
// each tick's time runs from sending the PATCH until the LAST watcher has its event. The floor does the
// same with one INSERT and a bare socket.io broadcast of a real app envelope, in the same run, alternating.
import { performance } from "node:perf_hooks";
import { connectWatchers, disconnectAll, tick, type Envelope, type Item } from "./app-client";
import { cpuSeconds, http, sleep, stats, waitFor, type Stats } from "./measure";

export type FanoutRun = {
  latency: Stats;
  write: Stats;
  joinMs: number;
  cpuMsPerTick: number;
  lost: number;
  outOfOrder: number;
  errors: number;
};

/** Counts each seq's arrivals and when the last of `n` watchers had it; flags a watcher seeing seqs out of order. */
function deliveries(n: number) {
  const count = new Map<number, number>();
  const completeAt = new Map<number, number>();
  const seqOfVersion = new Map<string, number>();
  const lastSeen = new Array<number>(n).fill(-1);
  let outOfOrder = 0;
  let sample: Envelope | undefined;
  return {
    onEvent(watcher: number, event: Envelope) {
      const arrived = (count.get(event.seq) ?? 0) + 1;
      count.set(event.seq, arrived);
      if (arrived === n) completeAt.set(event.seq, performance.now());
      const item = event.data?.item;
      if (item) seqOfVersion.set(`${item.id}:${item.version}`, event.seq);
      if (event.seq <= lastSeen[watcher]!) outOfOrder++;
      lastSeen[watcher] = Math.max(lastSeen[watcher]!, event.seq);
      sample ??= event;
    },
    completeAt,
    seqOfVersion,
    get outOfOrder() {
      return outOfOrder;
    },
    get sample() {
      return sample;
    },
  };
}

export async function appFanout(
  app: { base: string; pid: number },
  who: { lead: string; watcher: string; launchId: string; items: Item[] },
  n: number,
  ticks: number,
): Promise<FanoutRun & { sample?: Envelope }> {
  const seen = deliveries(n);
  const watchers = await connectWatchers(app.base, {
    n,
    cookie: who.watcher,
    launchId: who.launchId,
    onEvent: seen.onEvent,
  });
  await sleep(500); // the joins' presence batch goes out first
  const cpu0 = cpuSeconds(app.pid);
  const latency: number[] = [];
  const write: number[] = [];
  let errors = 0;
  let lost = 0;
  for (let i = 0; i < ticks; i++) {
    const item = who.items[i % who.items.length]!;
    const started = performance.now();
    const answer = await tick(app.base, who.lead, who.launchId, item);
    write.push(performance.now() - started);
    if (answer.status !== 200) {
      errors++;
      continue;
    }
    const key = `${item.id}:${item.version}`;
    const arrived = await waitFor(() => seen.completeAt.has(seen.seqOfVersion.get(key) ?? -1), 15_000);
    if (arrived) latency.push(seen.completeAt.get(seen.seqOfVersion.get(key)!)! - started);
    else lost++;
  }
  const cpuMsPerTick = ((cpuSeconds(app.pid) - cpu0) * 1000) / ticks;
  disconnectAll(watchers);
  return {
    latency: stats(latency),
    write: stats(write),
    joinMs: watchers.joinMs,
    cpuMsPerTick,
    lost,
    outOfOrder: seen.outOfOrder,
    errors,
    sample: seen.sample,
  };
}

export async function floorFanout(
  floor: { base: string; pid: number },
  envelope: unknown,
  n: number,
  ticks: number,
): Promise<FanoutRun> {
  const seen = deliveries(n);
  const watchers = await connectWatchers(floor.base, { n, onEvent: seen.onEvent });
  await sleep(500);
  const cpu0 = cpuSeconds(floor.pid);
  const latency: number[] = [];
  const write: number[] = [];
  let errors = 0;
  let lost = 0;
  for (let i = 0; i < ticks; i++) {
    const started = performance.now();
    const answer = await http(floor.base, "POST", "/tick", { body: envelope });
    write.push(performance.now() - started);
    if (answer.status !== 200) {
      errors++;
      continue;
    }
    const seq = answer.json.seq as number;
    if (await waitFor(() => seen.completeAt.has(seq), 15_000)) latency.push(seen.completeAt.get(seq)! - started);
    else lost++;
  }
  const cpuMsPerTick = ((cpuSeconds(floor.pid) - cpu0) * 1000) / ticks;
  disconnectAll(watchers);
  return {
    latency: stats(latency),
    write: stats(write),
    joinMs: watchers.joinMs,
    cpuMsPerTick,
    lost,
    outOfOrder: seen.outOfOrder,
    errors,
  };
}
