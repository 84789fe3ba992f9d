// Two job queues on one database behave like two app instances: each has its own pg-boss, pool and
// workers, and only PostgreSQL stands between them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDatabase } from "@/test/db";
import { defineJob } from "@/lib/jobs/define-job";
import { startJobQueue, type JobQueue } from "@/lib/jobs/job-queue";

const runs: { n: number; instance: string }[] = [];
// The same job as each instance registers it, noting which instance ran it.
const probeOn = (instance: string) =>
  defineJob({
    name: "test.probe",
    data: z.object({ n: z.number().int() }),
    async run({ n }) {
      runs.push({ n, instance });
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
    await expect.poll(() => runs, { timeout: 10_000, interval: 200 }).toEqual([{ n: 7, instance: "after" }]);
    await after.queue.cancel(probe, "nothing-by-this-key");
  });

  it("refuses data that does not fit the job, before storing anything", async () => {
    const queue = (await instance("C")).queue;
    await expect(queue.schedule(probe, { n: "seven" } as never)).rejects.toThrow(/number/);
  });
});
