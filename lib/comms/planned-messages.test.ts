import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getDb } from "@/lib/db";
import { saveCommunication } from "@/lib/comms/save-communication";
import { sendDueMessages } from "@/lib/comms/send-planned-message";
import { openIncident } from "@/lib/incidents/open-incident";
import { updateLaunch } from "@/lib/launches/update-launch";
import { saveChannel } from "@/lib/outbound/save-channel";
import { startTestOutbound } from "@/test/outbound-worker";
import { createLaunchWithTeam } from "@/test/factories";
import { startReceiver, waitFor } from "@/test/http-receiver";

type Body = {
  test: boolean;
  event: { type: string; actor: unknown; data: { communication: { id: string; sentText: string } } };
};
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let stop: () => Promise<void>;

beforeAll(async () => {
  process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS = "true";
  // The scheduler's own tick is slowed right down: the test calls sendDueMessages itself, on its clock.
  ({ stop } = await startTestOutbound({
    sweepEverySeconds: 1,
    messagesEverySeconds: 3600,
  }));
});
afterAll(async () => {
  await stop();
  delete process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS;
});
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => receiver.close());

async function plan({ rehearsal = false } = {}) {
  const setup = await createLaunchWithTeam();
  if (rehearsal) await getDb().launch.update({ where: { id: setup.launchId }, data: { isRehearsal: true } });
  const { channel } = await saveChannel({
    actor: setup.team.lead,
    launchId: setup.launchId,
    kind: "webhook",
    name: "Stakeholders",
    url: receiver.url,
    eventTypes: ["gate"],
  });
  const message = await saveCommunication({
    actor: setup.team.lead,
    launchId: setup.launchId,
    dueAt: new Date(Date.now() + 60_000).toISOString(),
    audience: "Stakeholders",
    channel: "Webhook",
    text: "{launch} is {status}. Open incidents: {open_incidents}. {latest_checkpoint}.",
    channelIds: [channel.id],
  });
  return { ...setup, channel, message };
}

const messagesFor = (id: string) =>
  receiver.received.filter((r) => (r.json as Body).event.data.communication?.id === id);

describe("planned messages", () => {
  it("are sent at their time, rendered from the template, marked sent with what was sent — once", async () => {
    const { launchId, team, message } = await plan();
    await openIncident({ actor: team.member, launchId, title: "Card declines spike", severity: "high" });
    expect(await sendDueMessages(new Date())).toBe(0); // not due yet
    const dueTime = new Date(Date.now() + 61_000);
    expect(await sendDueMessages(dueTime)).toBeGreaterThanOrEqual(1);
    expect(await sendDueMessages(dueTime)).toBe(0); // already sent: a second tick or server does nothing

    const stored = await getDb().communication.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored.sentByName).toBe("Launch Control");
    const launch = await getDb().launch.findUniqueOrThrow({ where: { id: launchId } });
    expect(stored.sentText).toBe(
      `${launch.name} is Planning. Open incidents: Card declines spike (high). no checkpoint yet.`,
    );

    await waitFor(() => messagesFor(message.id).length > 0, { what: "the message at the receiver" });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [hit, ...more] = messagesFor(message.id);
    expect(more).toEqual([]);
    expect(hit!.signatureValid).toBeNull(); // receiver has no secret configured here; the body is what matters
    expect(hit!.json).toMatchObject({
      test: false,
      event: { type: "communication.sent", actor: null, data: { communication: { sentText: stored.sentText } } },
    });
  });

  it("a rehearsal sends in test mode, unless the lead makes its comms live", async () => {
    const { message } = await plan({ rehearsal: true });
    await sendDueMessages(new Date(Date.now() + 61_000));
    const hit = await waitFor(() => messagesFor(message.id)[0], { what: "the rehearsal message" });
    expect((hit.json as Body).test).toBe(true);

    const live = await plan({ rehearsal: true });
    await updateLaunch({ actor: live.team.lead, launchId: live.launchId, commsLive: true });
    await sendDueMessages(new Date(Date.now() + 61_000));
    const liveHit = await waitFor(() => messagesFor(live.message.id)[0], { what: "the live rehearsal message" });
    expect((liveHit.json as Body).test).toBe(false);
  });

  it("refuses unknown channels and oversized templates, storing nothing", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const base = { actor: team.lead, launchId, dueAt: "2026-11-28T02:00:00Z", audience: "All", channel: "Webhook" };
    await expect(saveCommunication({ ...base, text: "Hello", channelIds: ["nope"] })).rejects.toMatchObject({
      code: "invalid",
    });
    await expect(saveCommunication({ ...base, text: "x".repeat(5001) })).rejects.toBeInstanceOf(ZodError);
    expect(await getDb().communication.count({ where: { launchId } })).toBe(0);
  });
});
