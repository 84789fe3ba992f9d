import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createStep } from "@/lib/timeline/create-step";
import { runStep } from "@/lib/timeline/run-step";
import { correctStepTimes } from "@/lib/timeline/correct-step-times";
import { linkRehearsals } from "@/lib/timeline/link-rehearsals";
import { getTimeline } from "@/lib/timeline/get-timeline";
import { cloneLaunch } from "@/lib/launches/clone-launch";
import { updateLaunch } from "@/lib/launches/update-launch";
import { createLaunchWithTeam } from "@/test/factories";

/** A rehearsal that ran "Stop services" in `stop` minutes and "Migrate" in `migrate` (null: it failed). */
async function rehearsal(stop: number, migrate: number | null) {
  const setup = await createLaunchWithTeam();
  const { launchId, team } = setup;
  await updateLaunch({ actor: team.lead, launchId, goLiveAt: "2026-11-21T07:00:00Z", isRehearsal: true });
  const a = await createStep({
    actor: team.lead,
    launchId,
    title: "Stop services",
    plannedOffsetMinutes: -60,
    plannedMinutes: 20,
  });
  const b = await createStep({
    actor: team.lead,
    launchId,
    title: "Migrate",
    plannedOffsetMinutes: -40,
    plannedMinutes: 30,
    predecessorIds: [a.id],
  });
  const g = await createStep({
    actor: team.lead,
    launchId,
    title: "Go live",
    plannedOffsetMinutes: 0,
    isGoLive: true,
    isMilestone: true,
    predecessorIds: [b.id],
  });
  await runStep({ actor: team.lead, launchId, stepId: a.id, action: "complete" });
  await correctStepTimes({
    actor: team.lead,
    launchId,
    stepId: a.id,
    actualStart: "2026-11-21T06:00:00Z",
    actualEnd: new Date(Date.parse("2026-11-21T06:00:00Z") + stop * 60_000).toISOString(),
    reason: "Rehearsal times",
  });
  await runStep({ actor: team.lead, launchId, stepId: b.id, action: "start" });
  if (migrate === null) await runStep({ actor: team.lead, launchId, stepId: b.id, action: "fail" });
  else {
    await runStep({ actor: team.lead, launchId, stepId: b.id, action: "complete" });
    await correctStepTimes({
      actor: team.lead,
      launchId,
      stepId: b.id,
      actualStart: "2026-11-21T06:30:00Z",
      actualEnd: new Date(Date.parse("2026-11-21T06:30:00Z") + migrate * 60_000).toISOString(),
      reason: "Rehearsal times",
    });
  }
  return { ...setup, steps: { a, b, g } };
}

describe("rehearsal actuals", () => {
  it("a live launch cloned from a rehearsal carries its actuals, and more rehearsals can be linked afterwards", async () => {
    const first = await rehearsal(35, 40);
    const live = await cloneLaunch({
      actor: first.team.lead,
      launchId: first.launchId,
      name: "Live night",
      goLiveAt: "2099-11-28T07:00:00Z",
    });
    const liveSteps = await getDb().timelineStep.findMany({
      where: { launchId: live.id },
      orderBy: { position: "asc" },
    });
    expect(liveSteps.map((s) => s.rehearsalActuals)).toEqual([
      [{ launchId: first.launchId, launchName: expect.any(String), minutes: 35, status: "done" }],
      [{ launchId: first.launchId, launchName: expect.any(String), minutes: 40, status: "done" }],
      [{ launchId: first.launchId, launchName: expect.any(String), minutes: null, status: "pending" }],
    ]);
    // Planned: 06:00 + 20 → B 06:20 + 30 → 06:50; calibrated by one rehearsal: 35 + 40 → go-live 07:15.
    let timeline = await getTimeline({ actor: first.team.lead, launchId: live.id });
    expect(timeline.forecast.goLive.forecast).toBe("2099-11-28T07:15:00.000Z");
    expect(timeline.forecast.calibration).toMatchObject({ rehearsals: 1 });

    // A second rehearsal where the migration failed: it calibrates only the stop (medians 30 and 40).
    const second = await rehearsal(25, null);
    await getDb().membership.create({
      data: { launchId: second.launchId, userId: first.team.lead.id, role: "viewer" },
    });
    await linkRehearsals({
      actor: first.team.lead,
      launchId: live.id,
      rehearsalIds: [first.launchId, second.launchId],
    });
    timeline = await getTimeline({ actor: first.team.lead, launchId: live.id });
    expect(timeline.forecast.goLive.forecast).toBe("2099-11-28T07:10:00.000Z");
    expect(timeline.forecast.calibration).toMatchObject({
      rehearsals: 2,
      goLiveLow: "2099-11-28T07:05:00.000Z",
      goLiveHigh: "2099-11-28T07:15:00.000Z",
    });
  });

  it("refuses a launch that is not a rehearsal, changing nothing", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const other = await createLaunchWithTeam();
    await expect(linkRehearsals({ actor: team.lead, launchId, rehearsalIds: [other.launchId] })).rejects.toMatchObject({
      code: "invalid",
    });
    expect((await getDb().launch.findUniqueOrThrow({ where: { id: launchId } })).rehearsalIds).toEqual([]);
  });
});
