import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createStep } from "@/lib/timeline/create-step";
import { updateStep } from "@/lib/timeline/update-step";
import { deleteStep } from "@/lib/timeline/delete-step";
import { runStep } from "@/lib/timeline/run-step";
import { correctStepTimes } from "@/lib/timeline/correct-step-times";
import { getTimeline } from "@/lib/timeline/get-timeline";
import { updateItem } from "@/lib/checklists/update-item";
import { updateLaunch } from "@/lib/launches/update-launch";
import { createLaunchWithTeam } from "@/test/factories";

async function launchWithSteps() {
  const setup = await createLaunchWithTeam();
  const { launchId, team } = setup;
  await updateLaunch({ actor: team.lead, launchId, goLiveAt: "2026-11-28T07:00:00Z" });
  const prep = await createStep({
    actor: team.lead,
    launchId,
    title: "Final preparation",
    plannedOffsetMinutes: -120,
    plannedMinutes: 30,
  });
  const window = await createStep({
    actor: team.lead,
    launchId,
    title: "Maintenance window",
    plannedOffsetMinutes: -90,
    plannedMinutes: 90,
    predecessorIds: [prep.id],
    ownerId: team.member.id,
  });
  const launch = await createStep({
    actor: team.lead,
    launchId,
    title: "Official launch",
    plannedOffsetMinutes: 0,
    isMilestone: true,
    isGoLive: true,
    predecessorIds: [window.id],
  });
  return { ...setup, prep, window, launch };
}

describe("timeline steps", () => {
  it("starts and completes steps with the server's clock and records each in the audit log", async () => {
    const { launchId, team, prep } = await launchWithSteps();
    const before = Date.now();
    const started = await runStep({ actor: team.lead, launchId, stepId: prep.id, action: "start" });
    expect(started.status).toBe("in_progress");
    expect(Date.parse(started.actualStart!)).toBeGreaterThanOrEqual(before - 1000);
    const done = await runStep({ actor: team.lead, launchId, stepId: prep.id, action: "complete" });
    expect(done).toMatchObject({ status: "done", actualStart: started.actualStart });
    expect(Date.parse(done.actualEnd!)).toBeGreaterThanOrEqual(Date.parse(started.actualStart!));
    const types = (
      await getDb().auditEvent.findMany({ where: { launchId, type: { startsWith: "step." } }, orderBy: { seq: "asc" } })
    ).map((e) => e.type);
    expect(types.slice(-2)).toEqual(["step.started", "step.completed"]);
    await expect(runStep({ actor: team.lead, launchId, stepId: prep.id, action: "start" })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("lets a member run only the steps they own, and never a viewer", async () => {
    const { launchId, team, prep, window } = await launchWithSteps();
    await expect(runStep({ actor: team.member, launchId, stepId: prep.id, action: "start" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(runStep({ actor: team.viewer, launchId, stepId: window.id, action: "start" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(runStep({ actor: team.sponsor, launchId, stepId: window.id, action: "start" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await runStep({ actor: team.lead, launchId, stepId: prep.id, action: "complete" });
    expect((await runStep({ actor: team.member, launchId, stepId: window.id, action: "start" })).status).toBe(
      "in_progress",
    );
    await expect(
      updateStep({ actor: team.member, launchId, stepId: window.id, plannedMinutes: 10 }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("asks for confirmation before completing a step with required items open, and records it", async () => {
    const { launchId, team, items, window, prep } = await launchWithSteps();
    await runStep({ actor: team.lead, launchId, stepId: prep.id, action: "complete" });
    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, stepId: window.id, required: true });
    const refused = await runStep({ actor: team.lead, launchId, stepId: window.id, action: "complete" }).catch(
      (e) => e,
    );
    expect(refused).toMatchObject({
      code: "conflict",
      details: { openRequiredItems: ["Backups verified"], needsConfirmation: true },
    });
    expect((await getDb().timelineStep.findUniqueOrThrow({ where: { id: window.id } })).status).toBe("pending");
    await runStep({ actor: team.lead, launchId, stepId: window.id, action: "complete", confirmOpenItems: true });
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { launchId, type: "step.completed" },
      orderBy: { seq: "desc" },
    });
    expect(event.data).toMatchObject({ openRequiredItems: ["Backups verified"] });
  });

  it("refuses a cycle in predecessors, naming the steps, and changes nothing", async () => {
    const { launchId, team, prep, launch } = await launchWithSteps();
    const error = await updateStep({ actor: team.lead, launchId, stepId: prep.id, predecessorIds: [launch.id] }).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ code: "invalid" });
    expect(error.message).toMatch(/Final preparation → .*Maintenance window.* → .*Official launch|circle/);
    expect(error.message).toContain("Final preparation");
    expect(await getDb().stepLink.count({ where: { stepId: prep.id } })).toBe(0);
  });

  it("corrects a stamp only with a reason, and forecasts the go-live from what happened", async () => {
    const { launchId, team, prep } = await launchWithSteps();
    await runStep({ actor: team.lead, launchId, stepId: prep.id, action: "complete" });
    const corrected = await correctStepTimes({
      actor: team.lead,
      launchId,
      stepId: prep.id,
      actualStart: "2026-11-28T05:00:00Z",
      actualEnd: "2026-11-28T05:42:00Z",
      reason: "Started on time, pressed late",
    });
    expect(corrected).toMatchObject({ actualStart: "2026-11-28T05:00:00.000Z", actualEnd: "2026-11-28T05:42:00.000Z" });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { launchId, type: "step.corrected" } });
    expect(event.data).toMatchObject({ reason: "Started on time, pressed late" });
    const timeline = await getTimeline({ actor: team.viewer, launchId });
    // The server's clock is past these times, so the forecast is at least 12 minutes late.
    expect(timeline.forecast.goLive.varianceMinutes).toBeGreaterThanOrEqual(12);
    expect(timeline.forecast.criticalPath.length).toBeGreaterThan(0);
  });

  it("keeps the chain when a step is removed", async () => {
    const { launchId, team, prep, window, launch } = await launchWithSteps();
    await deleteStep({ actor: team.lead, launchId, stepId: window.id });
    const steps = (await getTimeline({ actor: team.lead, launchId })).steps;
    expect(steps.map((s) => s.title)).toEqual(["Final preparation", "Official launch"]);
    expect(steps.find((s) => s.id === launch.id)!.predecessorIds).toEqual([prep.id]);
  });
});
