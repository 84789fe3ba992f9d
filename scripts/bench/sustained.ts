// Sustained writes: several writers tick different items of one launch as fast as they can while watchers
// follow it. Every watcher must receive every seq once, in order: lost / out-of-order are counted, not assumed.
import { performance } from "node:perf_hooks";
import { connectWatchers, disconnectAll, tick, type Item } from "./app-client";
import { cpuSeconds, sleep, stats, waitFor, type Stats } from "./measure";

export type SustainedRun = {
  writesPerSecond: number;
  write: Stats;
  delivery: Stats;
  fiveHundreds: number;
  lost: number;
  outOfOrder: number;
  duplicates: number;
  cpuMsPerWrite: number;
};

export async function sustainedWrites(
  app: { base: string; pid: number },
  who: { lead: string; watcher: string; launchId: string; items: Item[] },
  options: { writers: number; watchers: number; seconds: number },
): Promise<SustainedRun> {
  const received = Array.from({ length: options.watchers }, () => [] as number[]);
  const lastWatcherAt = new Map<number, number>();
  const arrivals = new Map<number, number>();
  const watchers = await connectWatchers(app.base, {
    n: options.watchers,
    cookie: who.watcher,
    launchId: who.launchId,
    onEvent: (watcher, event) => {
      received[watcher]!.push(event.seq);
      const count = (arrivals.get(event.seq) ?? 0) + 1;
      arrivals.set(event.seq, count);
      if (count === options.watchers) lastWatcherAt.set(event.seq, performance.now());
    },
  });
  await sleep(500);
  const sentAt = new Map<number, number>();
  const write: number[] = [];
  let fiveHundreds = 0;
  const cpu0 = cpuSeconds(app.pid);
  const started = performance.now();
  const until = started + options.seconds * 1000;
  const writer = async (item: Item) => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const answer = await tick(app.base, who.lead, who.launchId, item);
      write.push(performance.now() - t0);
      if (answer.status >= 500) fiveHundreds++;
      // The answer says which event it made (header Launch-Seq).
      const seq = Number(answer.headers.get("launch-seq") ?? NaN);
      if (answer.status === 200 && Number.isFinite(seq)) sentAt.set(seq, t0);
    }
  };
  await Promise.all(who.items.slice(0, options.writers).map((item) => writer({ ...item })));
  const elapsedS = (performance.now() - started) / 1000;
  const cpuMsPerWrite = ((cpuSeconds(app.pid) - cpu0) * 1000) / Math.max(1, write.length);
  const firstSeq = Math.min(...received.flat());
  const lastSeq = Math.max(...received.flat());
  await waitFor(() => received.every((seqs) => seqs.length >= lastSeq - firstSeq + 1), 10_000);
  disconnectAll(watchers);
  let lost = 0;
  let outOfOrder = 0;
  let duplicates = 0;
  for (const seqs of received) {
    const unique = new Set(seqs);
    duplicates += seqs.length - unique.size;
    for (let seq = firstSeq; seq <= lastSeq; seq++) if (!unique.has(seq)) lost++;
    for (let i = 1; i < seqs.length; i++) if (seqs[i]! <= seqs[i - 1]!) outOfOrder++;
  }
  const delivery = [...sentAt]
    .filter(([seq]) => lastWatcherAt.has(seq))
    .map(([seq, t0]) => lastWatcherAt.get(seq)! - t0);
  return {
    writesPerSecond: write.length / elapsedS,
    write: stats(write),
    delivery: stats(delivery),
    fiveHundreds,
    lost,
    outOfOrder,
    duplicates,
    cpuMsPerWrite,
  };
}
