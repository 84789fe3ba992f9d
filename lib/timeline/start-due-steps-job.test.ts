// The timed auto-start on the real job queue (pg-boss on the test database): a sweep books a fixed
// start at its exact time, and the booked run starts it then — not before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { startJobQueue, type JobQueue } from "@/lib/jobs/job-queue";
import { setJobQueue } from "@/lib/jobs/jobs";
import { createStep } from "@/lib/timeline/create-step";
import { runStep } from "@/lib/timeline/run-step";
import { startDueStepsJob } from "@/lib/timeline/start-due-steps-job";
import { updateLaunch } from "@/lib/launches/update-launch";
import { createLaunchWithTeam } from "@/test/factories";

let queue: JobQueue;
beforeAll(async () => {
  queue = await startJobQueue({
    databaseUrl: process.env.DATABASE_URL!,
    jobs: [startDueStepsJob],
    pollingIntervalSeconds: 0.5,
  });
  setJobQueue(queue);
});
afterAll(async () => {
  setJobQueue(undefined);
  await queue.stop();
});

describe("timed auto-start on the job queue", () => {
  it("starts a fixed-start step at its planned time, booked by the sweep", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    await updateLaunch({
      actor: team.lead,
      launchId,
      goLiveAt: new Date(Date.now() + 3_600_000).toISOString(),
      autoStartSteps: true,
    });
    const before = await createStep({
      actor: team.lead,
      launchId,
      title: "DRAIN QUEUES",
      plannedOffsetMinutes: -120,
      plannedMinutes: 5,
    });
    const at = new Date(Date.now() + 5_000);
    const fixed = await createStep({
      actor: team.lead,
      launchId,
      title: "OPEN TRADING",
      plannedStart: at.toISOString(),
      plannedMinutes: 10,
      fixedStart: true,
      predecessorIds: [before.id],
    });
    await runStep({ actor: team.lead, launchId, stepId: before.id, action: "start" });
    await runStep({ actor: team.lead, launchId, stepId: before.id, action: "complete" });
    // Its predecessor is done, but its time has not come: completing did not start it.

    await startDueStepsJob.run({ sweep: true }, { id: "sweep", attempt: 1 });
    expect((await getDb().timelineStep.findUniqueOrThrow({ where: { id: fixed.id } })).status).toBe("pending");

    let row = await getDb().timelineStep.findUniqueOrThrow({ where: { id: fixed.id } });
    for (let waited = 0; row.status === "pending" && waited < 15_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      row = await getDb().timelineStep.findUniqueOrThrow({ where: { id: fixed.id } });
    }
    expect(row.status).toBe("in_progress");
    expect(row.actualStart!.getTime()).toBeGreaterThanOrEqual(at.getTime());
    expect(row.actualStart!.getTime() - at.getTime()).toBeLessThan(5_000);
  });
});
