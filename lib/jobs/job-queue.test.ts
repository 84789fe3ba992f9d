// Two job queues on one database behave like two app instances: each has its own pg-boss, pool and
// workers, and only PostgreSQL stands between them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDatabase } from "@/test/db";
import { defineJob } from "@/lib/jobs/define-job";
import { startJobQueue, type JobQueue } from "@/lib/jobs/job-queue";

const runs: { n: number; instance: string; at: number }[] = [];
// The same job as each instance registers it, noting which instance ran it.
const probeOn = (instance: string) =>
  defineJob({
    name: "test.probe",
    data: z.object({ n: z.number().int() }),
    async run({ n }) {
      runs.push({ n, instance, at: Date.now() });
      // Long enough that the other instance's next poll would see the job if it were not claimed.
      await new Promise((resolve) => setTimeout(resolve, 50));
    },
  });
const probe = probeOn("scheduler");

let databaseUrl: string;
const queues: JobQueue[] = [];
async function instance(name: string) {
  const queue = await startJobQueue({ databaseUrl, jobs: [probeOn(name)], pollingIntervalSeconds: 0.5 });
  queues.push(queue);
  return { name, queue };
}

beforeAll(async () => {
  databaseUrl = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(queues.map((queue) => queue.stop().catch(() => undefined)));
});

describe("job queue across two instances", () => {
  it("runs each scheduled job exactly once, and a keyed job once however often it is scheduled", async () => {
    const [a, b] = [await instance("A"), await instance("B")];
    runs.length = 0;
    const at = new Date(Date.now() + 1_000);
    for (let n = 0; n < 20; n++) await (n % 2 ? a : b).queue.schedule(probe, { n }, { at });
    // The same key scheduled by both instances (say, both saw a step become due): one job.
    const first = await a.queue.schedule(probe, { n: 100 }, { at, key: "step-1" });
    const second = await b.queue.schedule(probe, { n: 100 }, { at, key: "step-1" });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });

    await expect.poll(() => runs.length, { timeout: 15_000, interval: 200 }).toBe(21);
    // Well past both instances' next polls: nothing runs a second time.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(runs.map((run) => run.n).sort((x, y) => x - y)).toEqual([...Array.from({ length: 20 }, (_, n) => n), 100]);
    await Promise.all([a.queue.stop(), b.queue.stop()]);
  });

  it("keeps a job scheduled before a restart and runs it after", async () => {
    runs.length = 0;
    const before = await startJobQueue({ databaseUrl, jobs: [probeOn("before")], pollingIntervalSeconds: 0.5 });
    await before.schedule(probe, { n: 7 }, { at: new Date(Date.now() + 1_500) });
    await before.stop();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(runs).toEqual([]);
    const after = await instance("after");
    await expect
      .poll(() => runs.map(({ n, instance }) => ({ n, instance })), { timeout: 10_000, interval: 200 })
      .toEqual([{ n: 7, instance: "after" }]);
    await after.queue.cancel(probe, "nothing-by-this-key");
  });

  it("runs a recurring job once per occurrence, not once per instance", { timeout: 100_000 }, async () => {
    runs.length = 0;
    const start = async (name: string) => {
      const queue = await startJobQueue({
        databaseUrl,
        jobs: [probeOn(name)],
        pollingIntervalSeconds: 0.5,
        scheduleCheckSeconds: 1,
      });
      queues.push(queue);
      return queue;
    };
    const [a, b] = [await start("A"), await start("B")];
    // Both instances declare the same schedule at start-up, as every instance of the app would.
    await a.scheduleRecurring(probe, "* * * * *", { n: 1 }, { key: "every-minute" });
    await b.scheduleRecurring(probe, "* * * * *", { n: 1 }, { key: "every-minute" });
    const minuteStart = Math.ceil(Date.now() / 60_000) * 60_000;
    await new Promise((resolve) => setTimeout(resolve, minuteStart + 12_000 - Date.now()));
    await a.unscheduleRecurring(probe, "every-minute");
    const times = runs.map((run) => `${run.instance}@${new Date(run.at).toISOString().slice(11, 23)}`).join(", ");
    // The occurrence at the minute ran once, whichever instance took it; a run per instance would be two.
    expect(
      runs.filter((run) => run.at >= minuteStart),
      times,
    ).toHaveLength(1);
    // pg-boss may also send the occurrence that was due just before the schedule was made: once at most.
    expect(runs.filter((run) => run.at < minuteStart).length, times).toBeLessThanOrEqual(1);
    await Promise.all([a.stop(), b.stop()]);
  });

  it("refuses data that does not fit the job, before storing anything", async () => {
    const queue = (await instance("C")).queue;
    await expect(queue.schedule(probe, { n: "seven" } as never)).rejects.toThrow(/number/);
  });
});
