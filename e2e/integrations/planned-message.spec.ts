import { test, expect } from "../support/fixtures";
import { startReceiver } from "../../test/http-receiver";

// The lead adds a webhook and plans a message on it a few seconds ahead; at its time the server sends
// it by itself, and the sponsor's communications plan shows it sent, live, with the text that went out.

test("a planned message is sent at its time and shows as sent on the sponsor's screen", async ({
  signInAs,
  launch,
}) => {
  const receiver = await startReceiver();
  try {
    const lead = await signInAs("lead");
    const channel = await lead.api.send("POST", `/api/launches/${launch.id}/channels`, {
      kind: "webhook",
      name: "Stakeholders",
      url: receiver.url,
      eventTypes: ["gate"],
    });
    expect(channel.status, channel.text).toBe(201);
    const planned = await lead.api.send("POST", `/api/launches/${launch.id}/communications`, {
      dueAt: new Date(Date.now() + 4_000).toISOString(),
      audience: "Stakeholders",
      channel: "Webhook",
      text: "{launch} is {status}; open incidents: {open_incidents}",
      channelIds: [(channel.body.channel as { id: string }).id],
    });
    expect(planned.status, planned.text).toBe(201);

    const sponsor = await signInAs("sponsor", { to: `/launches/${launch.id}/checkpoints` });
    const row = sponsor.page.getByTestId("comms-row").filter({ hasText: "Stakeholders" });
    await expect(row).toHaveAttribute("data-state", /upcoming|due/);
    await expect(row.getByTestId("comms-sent")).toContainText("Sent", { timeout: 15_000 });
    await expect(row.getByTestId("comms-sent")).toContainText("Launch Control");

    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    const body = receiver.received[0]!.json as {
      event: { type: string; data: { communication: { sentText: string } } };
    };
    expect(body.event.type).toBe("communication.sent");
    expect(body.event.data.communication.sentText).toBe(`${launch.name} is Planning; open incidents: none`);
  } finally {
    await receiver.close();
  }
});
