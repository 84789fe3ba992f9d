import { AxeBuilder } from "@axe-core/playwright";
import { test, expect } from "../support/fixtures";
import { startReceiver } from "../../test/http-receiver";

// The lead turns on the public status page and adds a webhook from the integrations page. Someone
// without an account opens the link in a context with no session and sees the launch change live; the
// webhook's delivery shows in the log as delivered, with a signature the receiver verified.

test("the public status page follows the launch live for a visitor without a session", async ({
  signInAs,
  launch,
  browser,
}) => {
  const lead = await signInAs("lead", { to: `/launches/${launch.id}/integrations` });
  await lead.page.getByRole("button", { name: "Turn on the status page" }).click();
  const link = lead.page.getByTestId("status-page-link");
  await expect(link).toBeVisible();
  const url = (await link.textContent())!;

  const stranger = await browser.newContext({ viewport: { width: 390, height: 844 } }); // a phone, no cookies
  try {
    const page = await stranger.newPage();
    await page.goto(url);
    await expect(page.getByTestId("public-status")).toHaveText("Planned");
    await expect(page.getByTestId("live-state")).toHaveText("Updates live.");
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

    const moved = await lead.api.send("POST", `/api/launches/${launch.id}/status`, { status: "ready" });
    expect(moved.status, moved.text).toBe(200);
    await expect(page.getByTestId("public-status")).toHaveText("Ready to start", { timeout: 2_000 });
    // Read-only: the stranger's browser has no way in to the launch itself.
    expect((await stranger.request.get(`/api/launches/${launch.id}`)).status()).toBe(401);

    // A new link: the old one is dead at once, open page included.
    lead.page.once("dialog", (dialog) => void dialog.accept());
    await lead.page.getByRole("button", { name: "New link" }).click();
    await expect(page.getByTestId("live-state")).toHaveText("This status page is no longer available.");
    expect((await stranger.request.get(url.replace("/status/", "/api/status/"))).status()).toBe(404);
  } finally {
    await stranger.close();
  }
});

test("the lead adds a signed webhook; the secret shows once and the delivery log shows it delivered", async ({
  signInAs,
  launch,
}) => {
  const receiver = await startReceiver();
  try {
    const lead = await signInAs("lead", { to: `/launches/${launch.id}/integrations` });
    const form = lead.page.getByTestId("channel-form");
    await form.getByLabel("Name").fill("Release pipeline");
    await form.getByLabel("URL").fill(receiver.url);
    await form.getByLabel("Events").fill("item");
    await form.getByRole("button", { name: "Add channel" }).click();
    const secret = (await lead.page.getByTestId("channel-secret").locator("code").textContent())!;
    expect(secret).toMatch(/^whsec_/);
    receiver.state.secret = secret;

    const item = launch.items[0]!;
    const ticked = await lead.api.send("PATCH", `/api/launches/${launch.id}/items/${item.id}`, { status: "done" });
    expect(ticked.status, ticked.text).toBe(200);
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(receiver.received[0]!.signatureValid).toBe(true);
    await lead.page.reload();
    await expect(lead.page.getByTestId("delivery").first()).toHaveAttribute("data-status", "delivered");
    // The secret is not on the page any more, nor in the API.
    expect(await lead.page.content()).not.toContain(secret);
    const listed = await lead.context.request.get(`/api/launches/${launch.id}/channels`);
    expect(await listed.text()).not.toContain(secret);
  } finally {
    await receiver.close();
  }
});
