import { test, expect } from "../support/fixtures";
import { startReceiver } from "../../test/http-receiver";

// The lead plans a message "when step X completes" in the communications plan editor; it has no time
// until the step completes, then every screen shows its time and the server sends it by itself.

test("a message planned for when a step completes is placed and sent when it does", async ({ signInAs, launch }) => {
  const receiver = await startReceiver();
  try {
    const lead = await signInAs("lead");
    const step = await lead.api.send("POST", `/api/launches/${launch.id}/steps`, { title: "Switch traffic" });
    expect(step.status, step.text).toBe(201);
    const stepId = (step.body as { id: string }).id;
    const channel = await lead.api.send("POST", `/api/launches/${launch.id}/channels`, {
      kind: "webhook",
      name: "Stakeholders hook",
      url: receiver.url,
      eventTypes: ["gate"],
    });
    expect(channel.status, channel.text).toBe(201);

    await lead.page.goto(`/launches/${launch.id}/checkpoints`);
    await lead.page.getByTestId("message-add").click();
    const form = lead.page.getByTestId("message-form");
    await form.getByTestId("message-time-kind").selectOption("stepComplete");
    await form.getByTestId("message-anchor-step").selectOption({ label: "Switch traffic" });
    await form.getByTestId("message-audience").fill("Customers");
    await form.getByTestId("message-channel").fill("Webhook");
    await form.getByTestId("message-text").fill("Traffic is on the new stack: {launch} is {status}.");
    await form.getByLabel(/Stakeholders hook/).check();
    await form.getByTestId("message-save").click();

    const row = lead.page.getByTestId("comms-row").filter({ hasText: "Customers" });
    await expect(row.getByTestId("comms-when")).toHaveText("when “Switch traffic” completes");
    await expect(row).toContainText("Not placed yet");

    const sponsor = await signInAs("sponsor", { to: `/launches/${launch.id}/checkpoints` });
    const sponsorRow = sponsor.page.getByTestId("comms-row").filter({ hasText: "Customers" });
    await expect(sponsorRow).toContainText("Not placed yet");

    for (const action of ["start", "complete"]) {
      const run = await lead.api.send("POST", `/api/launches/${launch.id}/steps/${stepId}/${action}`, {});
      expect(run.status, run.text).toBe(200);
    }
    // Placed live on the sponsor's screen, then sent by the server at its (now past) time.
    await expect(sponsorRow.getByTestId("comms-sent")).toContainText("Launch Control", { timeout: 15_000 });
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    const body = receiver.received[0]!.json as { event: { data: { communication: { sentText: string } } } };
    expect(body.event.data.communication.sentText).toMatch(/^Traffic is on the new stack: .+ is .+\.$/);
  } finally {
    await receiver.close();
  }
});
