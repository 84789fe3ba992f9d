// Server memory as the operating system sees it (RSS of the server process): idle, with watchers, after
// many ticks, after the watchers leave and come back several times, and once everybody has gone.
import { connectWatchers, disconnectAll, tick, type Item } from "./app-client";
import { f1, rssMb, sleep } from "./measure";

export type MemoryRun = {
  idle: number;
  withWatchers: number;
  afterTicks: number;
  afterChurn: number[];
  allGone: number;
  allGoneLater: number;
};

export async function memoryAfterChurn(
  app: { base: string; pid: number },
  who: { lead: string; watcher: string; launchId: string; items: Item[] },
  options: { watchers: number; ticks: number; cycles: number },
  log: (line: string) => void,
): Promise<MemoryRun> {
  const settle = () => sleep(3_000);
  await settle();
  const idle = rssMb(app.pid);
  log(`idle: RSS ${f1(idle)} MB`);
  const follow = () => connectWatchers(app.base, { n: options.watchers, cookie: who.watcher, launchId: who.launchId });
  let watchers = await follow();
  const withWatchers = rssMb(app.pid);
  log(`${options.watchers} watchers joined: RSS ${f1(withWatchers)} MB`);
  // Four writers, as several people ticking at once.
  let next = 0;
  const writer = async () => {
    while (next < options.ticks) await tick(app.base, who.lead, who.launchId, who.items[next++ % who.items.length]!);
  };
  await Promise.all(Array.from({ length: 4 }, writer));
  await settle();
  const afterTicks = rssMb(app.pid);
  log(`after ${options.ticks} ticks: RSS ${f1(afterTicks)} MB`);
  const afterChurn: number[] = [];
  for (let cycle = 1; cycle <= options.cycles; cycle++) {
    disconnectAll(watchers);
    await settle();
    watchers = await follow();
    afterChurn.push(rssMb(app.pid));
    log(`churn cycle ${cycle} (all ${options.watchers} left and came back): RSS ${f1(afterChurn.at(-1)!)} MB`);
  }
  disconnectAll(watchers);
  await sleep(5_000);
  const allGone = rssMb(app.pid);
  log(`all watchers gone 5 s: RSS ${f1(allGone)} MB (${f1(((allGone - idle) / idle) * 100)}% over idle)`);
  // V8 gives back heap pages only after a quiet while (its memory reducer): look again later.
  await sleep(25_000);
  const allGoneLater = rssMb(app.pid);
  log(`all watchers gone 30 s: RSS ${f1(allGoneLater)} MB (${f1(((allGoneLater - idle) / idle) * 100)}% over idle)`);
  return { idle, withWatchers, afterTicks, afterChurn, allGone, allGoneLater };
}
