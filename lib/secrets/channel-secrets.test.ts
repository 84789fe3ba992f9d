// Channel credentials against a real PostgreSQL: stored sealed, never in an API answer, old plain rows
// sealed at start-up and still delivered with a valid signature.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { saveChannel } from "@/lib/outbound/save-channel";
import { listChannels } from "@/lib/outbound/list-channels";
import { rotateChannelSecret } from "@/lib/outbound/rotate-channel-secret";
import { deliverOne } from "@/lib/outbound/deliver-one";
import { updateItem } from "@/lib/checklists/update-item";
import { sealPlainChannels } from "@/lib/secrets/seal-plain-channels";
import { createLaunchWithTeam } from "@/test/factories";
import { startReceiver } from "@/test/http-receiver";

let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS = "true";
  receiver = await startReceiver();
});
afterAll(async () => {
  delete process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS;
  await receiver.close();
});

describe("channel secrets at rest", () => {
  it("stores Slack URLs and signing keys sealed and never answers them", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const slackUrl = "https://hooks.slack.com/services/T1/B2/sl4ckT0ken";
    const slack = await saveChannel({ actor: team.lead, launchId, kind: "slack", name: "War room", url: slackUrl });
    const hook = await saveChannel({ actor: team.lead, launchId, kind: "webhook", name: "CI", url: receiver.url });
    const rotated = await rotateChannelSecret({ actor: team.lead, launchId, channelId: hook.channel.id });
    const rows = await getDb().outboundChannel.findMany({ where: { launchId } });
    for (const row of rows) expect(row.url).toMatch(/^enc:v1:/);
    expect(rows.find((row) => row.kind === "webhook")!.secret).toMatch(/^enc:v1:/);
    const answer = JSON.stringify([await listChannels({ actor: team.lead, launchId }), slack.channel, rotated.channel]);
    for (const secret of ["sl4ckT0ken", hook.secret!, rotated.secret, "enc:v1:"]) expect(answer).not.toContain(secret);
    expect(slack.channel.target).toBe("hooks.slack.com/…");
  });

  it("seals plain rows from before at start-up, and their deliveries still verify", async () => {
    const setup = await createLaunchWithTeam();
    const { launchId, team, items } = setup;
    const hook = await saveChannel({ actor: team.lead, launchId, kind: "webhook", name: "Old", url: receiver.url });
    // As a row written before encryption: plain URL and key.
    const plainSecret = "whsec_written_in_plain_before";
    await getDb().outboundChannel.update({
      where: { id: hook.channel.id },
      data: { url: receiver.url, secret: plainSecret },
    });
    expect(await sealPlainChannels()).toBeGreaterThanOrEqual(1);
    expect(await sealPlainChannels()).toBe(0);
    const row = await getDb().outboundChannel.findUniqueOrThrow({ where: { id: hook.channel.id } });
    expect([row.url, row.secret].every((value) => value.startsWith("enc:v1:"))).toBe(true);

    receiver.state.secret = plainSecret;
    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" });
    const delivery = await getDb().outboundDelivery.findFirstOrThrow({ where: { channelId: hook.channel.id } });
    expect(await deliverOne(delivery.id)).toEqual({ outcome: "delivered" });
    const hit = receiver.received.find((r) => (r.json as { deliveryId: string }).deliveryId === delivery.id);
    expect(hit?.signatureValid).toBe(true);
  });
});
