import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { nextStatus } from "@/lib/launches/follow-the-day";
import { createStep } from "@/lib/timeline/create-step";
import { runStep } from "@/lib/timeline/run-step";
import { updateLaunch } from "@/lib/launches/update-launch";
import { changeLaunchStatus } from "@/lib/launches/change-launch-status";
import { createGate } from "@/lib/gates/create-gate";
import { openGateRound } from "@/lib/gates/open-gate-round";
import { decideGate } from "@/lib/gates/decide-gate";
import { submitCheckpoint } from "@/lib/checkpoints/submit-checkpoint";
import { saveCommunication } from "@/lib/comms/save-communication";
import { createLaunchWithTeam } from "@/test/factories";

const step = (title: string, status: string, phase = "") => ({ title, status, phase });

describe("the status the day calls for", () => {
  it("follows steps, gates and checkpoints, and leaves settled launches alone", () => {
    const steps = [step("A", "done"), step("B", "pending"), step("Roll back DB", "pending", "Rollback")];
    expect(nextStatus("planning", { kind: "step_started" }, steps)?.to).toBe("in_progress");
    expect(nextStatus("in_progress", { kind: "step_started" }, steps)).toBeNull();
    expect(nextStatus("in_progress", { kind: "step_finished", isGoLive: true }, steps)?.to).toBe("monitoring");
    // Rollback steps that never ran do not keep the launch from completing.
    expect(
      nextStatus("monitoring", { kind: "step_finished", isGoLive: false }, [
        step("A", "done"),
        step("B", "skipped"),
        step("Roll back DB", "pending", "Rollback"),
      ])?.to,
    ).toBe("completed");
    expect(nextStatus("in_progress", { kind: "gate_decided", decision: "no_go" }, steps)?.to).toBe("on_hold");
    expect(nextStatus("on_hold", { kind: "gate_decided", decision: "go" }, steps)?.to).toBe("in_progress");
    expect(nextStatus("on_hold", { kind: "step_finished", isGoLive: true }, steps)).toBeNull();
    expect(nextStatus("monitoring", { kind: "checkpoint_decided", decision: "rollback" }, steps)?.to).toBe(
      "rolling_back",
    );
    expect(nextStatus("monitoring", { kind: "checkpoint_decided", decision: "continue" }, steps)).toBeNull();
    expect(nextStatus("rolling_back", { kind: "step_finished", isGoLive: false }, steps)).toBeNull();
    expect(
      nextStatus("rolling_back", { kind: "step_finished", isGoLive: false }, [
        step("A", "done"),
        step("Roll back DB", "done", "Rollback"),
      ])?.to,
    ).toBe("rolled_back");
    expect(nextStatus("completed", { kind: "gate_decided", decision: "no_go" }, steps)).toBeNull();
    expect(nextStatus("aborted", { kind: "step_started" }, steps)).toBeNull();
  });
});

async function launchDay() {
  const setup = await createLaunchWithTeam();
  const { launchId, team } = setup;
  await updateLaunch({ actor: team.lead, launchId, goLiveAt: "2026-11-28T07:00:00Z" });
  const deploy = await createStep({
    actor: team.lead,
    launchId,
    title: "DEPLOY",
    plannedOffsetMinutes: -30,
    plannedMinutes: 30,
  });
  const live = await createStep({
    actor: team.lead,
    launchId,
    title: "GO LIVE",
    plannedOffsetMinutes: 0,
    isMilestone: true,
    isGoLive: true,
    predecessorIds: [deploy.id],
  });
  const verify = await createStep({
    actor: team.lead,
    launchId,
    title: "VERIFY",
    plannedOffsetMinutes: 0,
    plannedMinutes: 30,
    predecessorIds: [live.id],
  });
  const rollback = await createStep({
    actor: team.lead,
    launchId,
    title: "Restore the database",
    phase: "Rollback",
    plannedOffsetMinutes: 60,
    plannedMinutes: 30,
  });
  return { ...setup, deploy, live, verify, rollback };
}

const statusOf = async (launchId: string) =>
  (await getDb().launch.findUniqueOrThrow({ where: { id: launchId } })).status;
const systemChanges = (launchId: string) =>
  getDb()
    .auditEvent.findMany({ where: { launchId, type: "launch.status_changed" }, orderBy: { seq: "asc" } })
    .then((events) => events.map((e) => ({ actorId: e.actorId, to: (e.data as { to: string }).to })));

describe("a lifecycle that follows the day", () => {
  it("goes in progress, monitoring and completed with the steps, each recorded by the system", async () => {
    const { launchId, team, deploy, live, verify } = await launchDay();
    await runStep({ actor: team.lead, launchId, stepId: deploy.id, action: "start" });
    expect(await statusOf(launchId)).toBe("in_progress");
    await runStep({ actor: team.lead, launchId, stepId: deploy.id, action: "complete" });
    await runStep({ actor: team.lead, launchId, stepId: live.id, action: "complete" });
    expect(await statusOf(launchId)).toBe("monitoring");
    await runStep({ actor: team.lead, launchId, stepId: verify.id, action: "complete" });
    expect(await statusOf(launchId)).toBe("completed");
    expect(await systemChanges(launchId)).toEqual([
      { actorId: null, to: "in_progress" },
      { actorId: null, to: "monitoring" },
      { actorId: null, to: "completed" },
    ]);
  });

  it("puts the launch on hold on a NO-GO, and lets the lead override it", async () => {
    const { launchId, team, deploy } = await launchDay();
    await runStep({ actor: team.lead, launchId, stepId: deploy.id, action: "start" });
    const gate = await createGate({
      actor: team.lead,
      launchId,
      title: "Go / no-go",
      criteria: { itemIds: [], signoffs: [] },
    });
    await openGateRound({ actor: team.lead, launchId, gateId: gate.id });
    await decideGate({
      actor: team.sponsor,
      launchId,
      gateId: gate.id,
      decision: "no_go",
      comment: "Error rate too high",
    });
    expect(await statusOf(launchId)).toBe("on_hold");
    await changeLaunchStatus({ actor: team.lead, launchId, status: "in_progress", note: "Fixed, resuming" });
    expect(await statusOf(launchId)).toBe("in_progress");
    expect((await systemChanges(launchId)).at(-1)).toEqual({ actorId: team.lead.id, to: "in_progress" });
  });

  it("rolls back on a checkpoint's rollback decision, and is rolled back once the rollback steps complete", async () => {
    const { launchId, team, deploy, live, rollback } = await launchDay();
    await runStep({ actor: team.lead, launchId, stepId: deploy.id, action: "complete" });
    await runStep({ actor: team.lead, launchId, stepId: live.id, action: "complete" });
    await submitCheckpoint({ actor: team.lead, launchId, assessment: "red", decision: "rollback", values: [] });
    expect(await statusOf(launchId)).toBe("rolling_back");
    await runStep({ actor: team.lead, launchId, stepId: rollback.id, action: "complete" });
    expect(await statusOf(launchId)).toBe("rolled_back");
  });

  it("completes a decision step when its gate is decided GO, and starts what waits for it", async () => {
    const { launchId, team } = await launchDay();
    const decision = await createStep({
      actor: team.lead,
      launchId,
      title: "GO / NO-GO",
      plannedOffsetMinutes: -40,
      kind: "decision",
    });
    const after = await createStep({
      actor: team.lead,
      launchId,
      title: "CUT OVER",
      plannedOffsetMinutes: -35,
      plannedMinutes: 5,
      predecessorIds: [decision.id],
      autoStart: true,
    });
    const gate = await createGate({
      actor: team.lead,
      launchId,
      title: "Final go / no-go",
      stepId: decision.id,
      criteria: { itemIds: [], signoffs: [] },
    });
    await openGateRound({ actor: team.lead, launchId, gateId: gate.id });
    await decideGate({ actor: team.sponsor, launchId, gateId: gate.id, decision: "go", comment: "" });
    expect(await getDb().timelineStep.findUniqueOrThrow({ where: { id: decision.id } })).toMatchObject({
      status: "done",
      updatedById: null,
    });
    expect((await getDb().timelineStep.findUniqueOrThrow({ where: { id: after.id } })).status).toBe("in_progress");
    expect(await statusOf(launchId)).toBe("in_progress");
  });

  it("marks a communication step's message sent when the step completes", async () => {
    const { launchId, team } = await launchDay();
    const message = await saveCommunication({
      actor: team.lead,
      launchId,
      dueAt: "2026-11-28T07:00:00Z",
      audience: "Customers",
      channel: "Status page",
      text: "We are live",
    });
    const announce = await createStep({
      actor: team.lead,
      launchId,
      title: "ANNOUNCE",
      plannedOffsetMinutes: 5,
      kind: "communication",
      communicationId: message.id,
    });
    await runStep({ actor: team.lead, launchId, stepId: announce.id, action: "complete" });
    expect(await getDb().communication.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      sentById: team.lead.id,
      sentByName: "Lead",
    });
  });
});
