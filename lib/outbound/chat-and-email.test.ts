import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { getDb } from "@/lib/db";
import { updateItem } from "@/lib/checklists/update-item";
import { saveChannel } from "@/lib/outbound/save-channel";
import { startTestOutbound } from "@/test/outbound-worker";
import { createLaunchWithTeam } from "@/test/factories";
import { startReceiver, waitFor } from "@/test/http-receiver";

// Slack and Teams stand-ins are real HTTP servers; email goes to a real SMTP server (smtp-server).
type Mail = { from: string; to: string[]; raw: string };
const mails: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      mails.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});
let stop: () => Promise<void>;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  Object.assign(process.env, {
    OUTBOUND_ALLOW_PRIVATE_HOSTS: "true",
    OUTBOUND_TIMEOUT_SECONDS: "2",
    SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    SMTP_FROM: "Launch Control <golive@example.com>",
    NEXTAUTH_URL: "https://golive.example.com",
  });
  stop = (await startTestOutbound({ sweepEverySeconds: 1 })).stop;
});
afterAll(async () => {
  await stop();
  await new Promise((resolve) => smtp.close(() => resolve(null)));
  for (const key of [
    "OUTBOUND_ALLOW_PRIVATE_HOSTS",
    "OUTBOUND_TIMEOUT_SECONDS",
    "SMTP_URL",
    "SMTP_FROM",
    "NEXTAUTH_URL",
  ])
    delete process.env[key];
});

describe("Slack, Teams and email channels", () => {
  it("formats a step or item event for Slack (Block Kit) and Teams (MessageCard), with a link back", async () => {
    const slack = await startReceiver();
    const teams = await startReceiver();
    try {
      const { launchId, team, items } = await createLaunchWithTeam();
      await saveChannel({
        actor: team.lead,
        launchId,
        kind: "slack",
        name: "#golive",
        url: slack.url.replace("/hook", "/services/T000/B000/XXXX"),
        eventTypes: ["item"],
      });
      await saveChannel({
        actor: team.lead,
        launchId,
        kind: "teams",
        name: "War room",
        url: teams.url,
        eventTypes: ["item"],
      });
      await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" });
      const [slackHit] = await waitFor(() => (slack.received.length ? slack.received : null), { what: "Slack" });
      const [teamsHit] = await waitFor(() => (teams.received.length ? teams.received : null), { what: "Teams" });
      const launch = await getDb().launch.findUniqueOrThrow({ where: { id: launchId } });
      const title = `${launch.name}: Lead marked 'Backups verified' done`;
      expect(slackHit!.json).toMatchObject({
        text: title,
        attachments: [
          {
            color: expect.stringMatching(/^#/),
            blocks: [
              { type: "section", text: { text: `*${title}*` } },
              { type: "section", fields: expect.arrayContaining([{ type: "mrkdwn", text: "*Status*\nplanning" }]) },
              { type: "actions", elements: [{ url: `https://golive.example.com/launches/${launchId}` }] },
            ],
          },
        ],
      });
      expect(teamsHit!.json).toMatchObject({
        "@type": "MessageCard",
        title,
        themeColor: expect.stringMatching(/^[0-9A-F]{6}$/),
        potentialAction: [{ targets: [{ uri: `https://golive.example.com/launches/${launchId}` }] }],
      });
      // Neither gets the HMAC header: they are not ours to verify.
      expect(slackHit!.headers["x-launchcontrol-signature"]).toBeUndefined();
    } finally {
      await slack.close();
      await teams.close();
    }
  });

  it("emails the recipients through SMTP with the event as subject and a link back", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    await saveChannel({
      actor: team.lead,
      launchId,
      kind: "email",
      name: "CAB",
      emailTo: "cab@example.com, sponsor@example.com",
      eventTypes: ["item.updated"],
    });
    await updateItem({
      actor: team.lead,
      launchId,
      itemId: items[0]!.id,
      status: "blocked",
      statusReason: "Backup job failed",
    });
    const mail = await waitFor(() => mails.find((m) => m.raw.includes(launchId)), { what: "the email" });
    expect(mail.from).toBe("golive@example.com");
    expect(mail.to.sort()).toEqual(["cab@example.com", "sponsor@example.com"]);
    const headers = mail.raw.split("\r\n\r\n")[0]!.replace(/\r\n\s+/g, " "); // unfold long header lines
    expect(headers).toMatch(/Subject: .*Lead blocked 'Backups verified': Backup job failed/);
    expect(mail.raw).toContain(`https://golive.example.com/launches/${launchId}`);
    // The receiver has the mail a moment before the worker records the delivery.
    await expect
      .poll(async () => (await getDb().outboundDelivery.findFirstOrThrow({ where: { launchId } })).status)
      .toBe("delivered");
    expect(await getDb().outboundDelivery.findFirstOrThrow({ where: { launchId } })).toMatchObject({
      status: "delivered",
      attempts: 1,
    });
  });

  it("logs a clear error when email is not configured, and keeps retrying for when it is", async () => {
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const { launchId, team, items } = await createLaunchWithTeam();
      await saveChannel({ actor: team.lead, launchId, kind: "email", name: "CAB", emailTo: "cab@example.com" });
      await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" });
      const row = await waitFor(
        async () =>
          (await getDb().outboundDelivery.findFirst({
            where: { launchId, attempts: { gte: 1 }, status: { in: ["pending", "failed"] } },
          })) ?? null,
        { what: "an attempt" },
      );
      expect(row.lastError).toBe("Email is not configured on this server (set SMTP_URL).");
    } finally {
      process.env.SMTP_URL = url;
    }
  });
});
