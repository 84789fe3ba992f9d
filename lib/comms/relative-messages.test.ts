// Relative and recurring planned messages against a real PostgreSQL: times follow go-live, a step and a
// checkpoint, each occurrence is sent once with the text rendered at its time.
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getDb } from "@/lib/db";
import { saveCommunication } from "@/lib/comms/save-communication";
import { sendDueMessages } from "@/lib/comms/send-planned-message";
import { updateLaunch } from "@/lib/launches/update-launch";
import { createStep } from "@/lib/timeline/create-step";
import { runStep } from "@/lib/timeline/run-step";
import { submitCheckpoint } from "@/lib/checkpoints/submit-checkpoint";
import { saveChannel } from "@/lib/outbound/save-channel";
import { createLaunchWithTeam } from "@/test/factories";
import { saveStatusPage } from "@/lib/status-page/save-status-page";
import { getPublicStatus } from "@/lib/status-page/get-public-status";

const HOUR = 3_600_000;
async function setup() {
  const launch = await createLaunchWithTeam();
  const { team, launchId } = launch;
  const goLiveAt = new Date(Date.now() + 50 * HOUR);
  await updateLaunch({ actor: team.lead, launchId, goLiveAt: goLiveAt.toISOString() });
  // Nothing listens on this port: the message is sent (queued), its delivery simply fails later.
  const { channel } = await saveChannel({
    actor: team.lead,
    launchId,
    kind: "webhook",
    name: "Ops",
    url: "https://hooks.example.com/launch",
  });
  const plan = (timing: Record<string, unknown>, text = "{launch} is {status}.") =>
    saveCommunication({
      actor: team.lead,
      launchId,
      audience: "Stakeholders",
      channel: "Webhook",
      text,
      channelIds: [channel.id],
      ...timing,
    });
  return { ...launch, goLiveAt, plan };
}
const stored = (id: string) =>
  getDb().communication.findUniqueOrThrow({ where: { id }, include: { sends: { orderBy: { occurrence: "asc" } } } });

describe("relative and recurring planned messages", () => {
  it("T−48 h follows go-live when it moves", async () => {
    const { team, launchId, goLiveAt, plan } = await setup();
    const message = await plan({ timeAnchor: "goLive", offsetMinutes: -48 * 60 });
    expect(message.dueAt).toBe(new Date(goLiveAt.getTime() - 48 * HOUR).toISOString());
    expect(message.timing).toMatchObject({ timeAnchor: "goLive", offsetMinutes: -2880, occurrences: 1 });
    const later = new Date(goLiveAt.getTime() + 24 * HOUR);
    await updateLaunch({ actor: team.lead, launchId, goLiveAt: later.toISOString() });
    expect((await stored(message.id)).dueAt?.toISOString()).toBe(new Date(later.getTime() - 48 * HOUR).toISOString());
  });

  it("'when step X completes + 10 min' has no time until the step completes, then is sent once", async () => {
    const { team, launchId, plan } = await setup();
    const step = await createStep({ actor: team.lead, launchId, title: "Deploy", plannedOffsetMinutes: -60 });
    const message = await plan({ timeAnchor: "stepComplete", anchorStepId: step.id, offsetMinutes: 10 });
    expect(message.dueAt).toBeNull();
    await runStep({ actor: team.lead, launchId, stepId: step.id, action: "start" });
    expect((await stored(message.id)).dueAt).toBeNull();
    await runStep({ actor: team.lead, launchId, stepId: step.id, action: "complete" });
    const dueAt = (await stored(message.id)).dueAt!;
    const end = (await getDb().timelineStep.findUniqueOrThrow({ where: { id: step.id } })).actualEnd!;
    expect(dueAt.getTime() - end.getTime()).toBe(10 * 60_000);
    // Screens learn the new time from an event the system recorded right after the step's.
    const recent = await getDb().auditEvent.findMany({ where: { launchId }, orderBy: { seq: "asc" } });
    const completedAt = recent.findIndex((event) => event.type === "step.completed");
    const moved = recent.slice(completedAt + 1).find((event) => event.type === "communication.saved");
    expect(completedAt).toBeGreaterThanOrEqual(0);
    expect(moved?.actorId).toBeNull();
    expect(moved!.data).toMatchObject({ communication: { id: message.id, dueAt: dueAt.toISOString() } });

    expect(await sendDueMessages(new Date(dueAt.getTime() - 1000))).toBe(0);
    expect(await sendDueMessages(new Date(dueAt.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    expect(await sendDueMessages(new Date(dueAt.getTime() + 2000))).toBe(0);
    const sent = await stored(message.id);
    expect(sent.sentByName).toBe("Launch Control");
    expect(sent.sends).toHaveLength(1);
    expect(sent.sends[0]!.sentText).toMatch(/^Launch .+ is .+\.$/);
  });

  it("'after checkpoint 1 is submitted' is placed by the submission", async () => {
    const { team, launchId, plan } = await setup();
    const message = await plan({ timeAnchor: "checkpoint", anchorCheckpoint: 1, offsetMinutes: 0 });
    expect(message.dueAt).toBeNull();
    await submitCheckpoint({ actor: team.lead, launchId, number: 1, assessment: "green", decision: "continue" });
    const report = await getDb().checkpointReport.findFirstOrThrow({ where: { launchId, number: 1 } });
    expect((await stored(message.id)).dueAt?.toISOString()).toBe(report.submittedAt.toISOString());
  });

  it("every hour from go-live for 3 h: four occurrences, each recorded with its own text, then marked sent", async () => {
    const { goLiveAt, plan, launchId } = await setup();
    const message = await plan(
      { timeAnchor: "goLive", offsetMinutes: 0, repeatEveryMinutes: 60, repeatForMinutes: 180 },
      "Update for {launch}: incidents {open_incidents}.",
    );
    expect(message.timing).toMatchObject({ occurrences: 4, occurrencesSent: 0 });
    for (let hour = 0; hour < 4; hour++) {
      const now = new Date(goLiveAt.getTime() + hour * HOUR + 60_000);
      expect(await sendDueMessages(now)).toBeGreaterThanOrEqual(1);
      expect(await sendDueMessages(now)).toBe(0);
      const row = await stored(message.id);
      expect(row.sends).toHaveLength(hour + 1);
      expect(row.sentAt === null).toBe(hour < 3);
    }
    const row = await stored(message.id);
    expect(row.sends.map((send) => send.dueAt.getTime() - goLiveAt.getTime())).toEqual(
      [0, 1, 2, 3].map((h) => h * HOUR),
    );
    expect(row.sends[0]!.sentText).toMatch(/^Update for Launch .+: incidents none\.$/);
    const events = await getDb().auditEvent.count({ where: { launchId, type: "communication.sent" } });
    expect(events).toBe(4);
  });

  it("a recurring status-page update shows on the public page each time it went out, as rendered", async () => {
    const { goLiveAt, launchId, team } = await setup();
    const page = await saveStatusPage({ actor: team.lead, launchId, enabled: true, showMessages: true });
    const hook = await getDb().outboundChannel.findFirstOrThrow({ where: { launchId } });
    const sentOne = await saveCommunication({
      actor: team.lead,
      launchId,
      timeAnchor: "goLive",
      repeatEveryMinutes: 30,
      repeatForMinutes: 60,
      audience: "Customers",
      channel: "Status page",
      text: "Update: incidents {open_incidents}",
      channelIds: [hook.id],
    });
    for (const minutes of [1, 31]) await sendDueMessages(new Date(goLiveAt.getTime() + minutes * 60_000));
    const status = await getPublicStatus(page.url.split("/status/")[1]!);
    expect(status.messages?.map((m) => m.text)).toEqual(["Update: incidents none", "Update: incidents none"]);
    expect((await stored(sentOne.id)).sentAt).toBeNull(); // one occurrence (at T+60 min) still to go
  });

  it("refuses a relative time without its anchor, or a step of another launch, storing nothing", async () => {
    const { plan, launchId } = await setup();
    const other = await createLaunchWithTeam();
    const foreign = await createStep({ actor: other.team.lead, launchId: other.launchId, title: "Elsewhere" });
    await expect(plan({ timeAnchor: "stepComplete" })).rejects.toBeInstanceOf(ZodError);
    await expect(plan({ timeAnchor: "goLive", repeatEveryMinutes: 60 })).rejects.toBeInstanceOf(ZodError);
    await expect(plan({ timeAnchor: "stepStart", anchorStepId: foreign.id })).rejects.toMatchObject({
      code: "invalid",
    });
    expect(await getDb().communication.count({ where: { launchId } })).toBe(0);
  });
});
