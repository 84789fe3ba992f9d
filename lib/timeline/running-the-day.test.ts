import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createStep } from "@/lib/timeline/create-step";
import { runStep } from "@/lib/timeline/run-step";
import { startDueSteps } from "@/lib/timeline/start-due-steps";
import { updateItem } from "@/lib/checklists/update-item";
import { updateLaunch } from "@/lib/launches/update-launch";
import { createLaunchWithTeam } from "@/test/factories";

const GO_LIVE = "2026-11-28T07:00:00Z";

async function day({ autoStart = false } = {}) {
  const setup = await createLaunchWithTeam();
  const { launchId, team } = setup;
  await updateLaunch({ actor: team.lead, launchId, goLiveAt: GO_LIVE, autoStartSteps: autoStart });
  const stop = await createStep({
    actor: team.lead,
    launchId,
    title: "STOP SERVICES",
    plannedOffsetMinutes: -60,
    plannedMinutes: 15,
  });
  const migrate = await createStep({
    actor: team.lead,
    launchId,
    title: "DATABASE MIGRATION",
    plannedOffsetMinutes: -45,
    plannedMinutes: 30,
    predecessorIds: [stop.id],
    ownerId: team.member.id,
  });
  const live = await createStep({
    actor: team.lead,
    launchId,
    title: "GO LIVE",
    plannedOffsetMinutes: 0,
    isMilestone: true,
    isGoLive: true,
    predecessorIds: [migrate.id],
  });
  return { ...setup, stop, migrate, live };
}

const stepRow = (id: string) => getDb().timelineStep.findUniqueOrThrow({ where: { id } });

describe("guard rails", () => {
  it("refuses to start a step whose predecessors are open, naming them, and starts it with force and a recorded reason", async () => {
    const { launchId, team, stop, migrate } = await day();
    const refused = await runStep({ actor: team.lead, launchId, stepId: migrate.id, action: "start" }).catch((e) => e);
    expect(refused).toMatchObject({
      code: "conflict",
      details: { predecessors: [{ id: stop.id, title: "STOP SERVICES", status: "pending" }] },
    });
    expect(refused.message).toContain("STOP SERVICES");
    expect((await stepRow(migrate.id)).status).toBe("pending");
    await expect(
      runStep({ actor: team.lead, launchId, stepId: migrate.id, action: "start", force: true }),
    ).rejects.toMatchObject({ name: "ZodError" });

    const forced = await runStep({
      actor: team.lead,
      launchId,
      stepId: migrate.id,
      action: "start",
      force: true,
      reason: "Services already stopped by hand",
    });
    expect(forced).toMatchObject({ status: "in_progress", forcedReason: "Services already stopped by hand" });
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { launchId, type: "step.started" },
      orderBy: { seq: "desc" },
    });
    expect(event.data).toMatchObject({
      forced: { reason: "Services already stopped by hand", predecessors: [{ id: stop.id, status: "pending" }] },
    });
  });

  it("counts a skipped predecessor as out of the way", async () => {
    const { launchId, team, stop, migrate } = await day();
    await runStep({ actor: team.lead, launchId, stepId: stop.id, action: "skip" });
    expect((await runStep({ actor: team.lead, launchId, stepId: migrate.id, action: "start" })).forcedReason).toBe("");
  });

  it("asks before completing a step with any open linked item, required or not, and records the list", async () => {
    const { launchId, team, items, stop } = await day();
    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, stepId: stop.id });
    await updateItem({ actor: team.lead, launchId, itemId: items[2]!.id, stepId: stop.id, required: true });
    const refused = await runStep({ actor: team.lead, launchId, stepId: stop.id, action: "complete" }).catch((e) => e);
    expect(refused).toMatchObject({
      code: "conflict",
      details: {
        openItems: ["Backups verified", "Traffic switched"],
        openRequiredItems: ["Traffic switched"],
        needsConfirmation: true,
      },
    });
    expect((await stepRow(stop.id)).status).toBe("pending");
    await runStep({ actor: team.lead, launchId, stepId: stop.id, action: "complete", confirmOpenItems: true });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { launchId, type: "step.completed" } });
    expect(event.data).toMatchObject({
      openItems: ["Backups verified", "Traffic switched"],
      openRequiredItems: ["Traffic switched"],
    });
  });

  it("lets only the lead start the point of no return, after confirming it", async () => {
    const { launchId, team } = await day();
    const ponr = await createStep({
      actor: team.lead,
      launchId,
      title: "SWITCH DNS",
      plannedOffsetMinutes: -5,
      plannedMinutes: 5,
      pointOfNoReturn: true,
      ownerId: team.member.id,
    });
    await expect(runStep({ actor: team.member, launchId, stepId: ponr.id, action: "start" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(runStep({ actor: team.lead, launchId, stepId: ponr.id, action: "start" })).rejects.toMatchObject({
      code: "conflict",
      details: { needsConfirmation: "pointOfNoReturn" },
    });
    expect((await stepRow(ponr.id)).status).toBe("pending");
    expect(
      (await runStep({ actor: team.lead, launchId, stepId: ponr.id, action: "start", confirmPointOfNoReturn: true }))
        .status,
    ).toBe("in_progress");
  });

  it("keeps a fixed-start step from starting before its planned time", async () => {
    const { launchId, team } = await day();
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const fixed = await createStep({
      actor: team.lead,
      launchId,
      title: "OPEN TRADING",
      plannedStart: later,
      plannedMinutes: 10,
      fixedStart: true,
    });
    const refused = await runStep({ actor: team.lead, launchId, stepId: fixed.id, action: "start" }).catch((e) => e);
    expect(refused).toMatchObject({
      code: "conflict",
      details: { fixedStart: new Date(later).toISOString(), needsConfirmation: "fixedStart" },
    });
    expect((await stepRow(fixed.id)).status).toBe("pending");
  });

  it("completes a validation step as pass or fail with evidence", async () => {
    const { launchId, team } = await day();
    const check = await createStep({
      actor: team.lead,
      launchId,
      title: "SMOKE TEST",
      plannedOffsetMinutes: 5,
      plannedMinutes: 10,
      kind: "validation",
    });
    await runStep({ actor: team.lead, launchId, stepId: check.id, action: "start" });
    await expect(runStep({ actor: team.lead, launchId, stepId: check.id, action: "complete" })).rejects.toMatchObject({
      code: "invalid",
    });
    const failed = await runStep({
      actor: team.lead,
      launchId,
      stepId: check.id,
      action: "complete",
      outcome: "fail",
      evidence: "Checkout returns 500",
    });
    expect(failed).toMatchObject({ status: "failed", outcome: "fail", evidence: "Checkout returns 500" });
    expect((await getDb().auditEvent.findFirstOrThrow({ where: { launchId }, orderBy: { seq: "desc" } })).type).toBe(
      "step.failed",
    );
  });
});

describe("auto-start", () => {
  it("starts the next step in the same transaction that completes its last predecessor, as the system", async () => {
    const { launchId, team, stop, migrate } = await day({ autoStart: true });
    const done = await runStep({ actor: team.lead, launchId, stepId: stop.id, action: "complete" });
    const next = await stepRow(migrate.id);
    expect(next.status).toBe("in_progress");
    expect(next.actualStart!.toISOString()).toBe(done.actualEnd);
    expect(next.updatedById).toBeNull();
    const events = await getDb().auditEvent.findMany({
      where: { launchId, type: { startsWith: "step." } },
      orderBy: { seq: "asc" },
    });
    const started = events.find(
      (e) => e.type === "step.started" && (e.data as { step: { id: string } }).step.id === migrate.id,
    )!;
    expect(started.actorId).toBeNull();
    expect(started.data).toMatchObject({ automatic: { cause: "predecessors_done" } });
    expect(started.seq).toBeGreaterThan(events.find((e) => e.type === "step.completed")!.seq);
  });

  it("leaves a step without auto-start pending", async () => {
    const { launchId, team, stop, migrate } = await day({ autoStart: false });
    await runStep({ actor: team.lead, launchId, stepId: stop.id, action: "complete" });
    expect((await stepRow(migrate.id)).status).toBe("pending");
  });

  it("on boot, starts a step whose predecessors completed while the server was down, stamped when it should have started", async () => {
    const { launchId, stop, migrate } = await day({ autoStart: true });
    // The predecessor's completion reached the database without the auto-start (as if written just before a crash).
    const endedAt = new Date(Date.now() - 20 * 60_000);
    await getDb().timelineStep.update({
      where: { id: stop.id },
      data: { status: "done", actualStart: new Date(endedAt.getTime() - 600_000), actualEnd: endedAt },
    });
    await getDb().launch.update({ where: { id: launchId }, data: { status: "in_progress" } });
    const started = await startDueSteps(new Date(), { onBoot: true });
    expect(started).toContain(migrate.id);
    const recovered = await stepRow(migrate.id);
    expect(recovered.status).toBe("in_progress");
    expect(recovered.actualStart!.toISOString()).toBe(endedAt.toISOString());
    expect(recovered.systemNote).toMatch(/^Started on boot: it was due at \d\d:\d\d while the server was down\.$/);
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { launchId, type: "step.started" },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({ actorId: null, data: { automatic: { cause: "boot_recovery" } } });
    expect(await startDueSteps(new Date(), { onBoot: true })).not.toContain(migrate.id);
  });

  it("starts a fixed-start auto-start step only once its planned time has come", async () => {
    const { launchId, team, stop } = await day({ autoStart: true });
    const at = new Date(Date.now() + 30 * 60_000);
    const fixed = await createStep({
      actor: team.lead,
      launchId,
      title: "OPEN TRADING",
      plannedStart: at.toISOString(),
      plannedMinutes: 10,
      fixedStart: true,
      predecessorIds: [stop.id],
    });
    await runStep({ actor: team.lead, launchId, stepId: stop.id, action: "complete" });
    expect((await stepRow(fixed.id)).status).toBe("pending");
    expect(await startDueSteps(new Date(at.getTime() - 60_000))).not.toContain(fixed.id);
    expect(await startDueSteps(new Date(at.getTime() + 1_000))).toContain(fixed.id);
    expect((await stepRow(fixed.id)).status).toBe("in_progress");
  });

  it("never auto-starts a point of no return", async () => {
    const { launchId, team, stop } = await day({ autoStart: true });
    const ponr = await createStep({
      actor: team.lead,
      launchId,
      title: "SWITCH DNS",
      plannedOffsetMinutes: -5,
      plannedMinutes: 5,
      pointOfNoReturn: true,
      predecessorIds: [stop.id],
    });
    await runStep({ actor: team.lead, launchId, stepId: stop.id, action: "complete" });
    expect((await stepRow(ponr.id)).status).toBe("pending");
  });
});
