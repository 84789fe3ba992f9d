import { test, expect } from "../support/fixtures";

// A sponsor in New York follows a Berlin launch: they can see times in the launch's zone or their own,
// every time says its zone, and the clock times imported in a phase's name follow the phase's real times.

test("a viewer switches between the launch's zone and their own, and imported title times follow", async ({
  signInAs,
  launch,
  browser,
}) => {
  const lead = await signInAs("lead");
  // 15:30 in Berlin (CET) is 09:30 in New York (EST).
  const { version } = await lead.api.snapshot(launch.id);
  const patched = await lead.api.send("PATCH", `/api/launches/${launch.id}`, {
    version,
    timezone: "Europe/Berlin",
    goLiveAt: "2026-12-15T14:30:00.000Z",
  });
  expect(patched.status, patched.text).toBe(200);
  const created = await lead.api.send("POST", `/api/launches/${launch.id}/steps`, {
    title: "Deploy v3",
    phase: "5:30 AM - 7:00 AM: DEPLOYMENT PHASE",
    plannedOffsetMinutes: 0,
    plannedMinutes: 90,
  });
  expect(created.status, created.text).toBe(201);

  const context = await browser.newContext({
    timezoneId: "America/New_York",
    storageState: await lead.context.storageState(),
  });
  const page = await context.newPage();
  await page.goto(`/launches/${launch.id}/timeline`);
  const title = page.getByTestId("timeline-phase-title");
  const goLive = page.getByTestId("go-live");
  await expect(title).toHaveText("15:30–17:00 CET: DEPLOYMENT PHASE");
  await expect(goLive).toContainText("15:30 CET");
  await expect(page.getByTestId("go-live-local")).toContainText("09:30 EST your time");

  await page.getByTestId("zone-mine").click();
  await expect(page.getByTestId("zone-mine")).toHaveAttribute("aria-pressed", "true");
  await expect(title).toHaveText("09:30–11:00 EST: DEPLOYMENT PHASE");
  await expect(goLive).toContainText("09:30 EST");
  await expect(page.getByTestId("go-live-local")).toContainText("15:30 CET launch time");

  // Remembered: the next page load (and the war room) keeps the viewer's own zone.
  await page.goto(`/launches/${launch.id}/dashboard`);
  await expect(page.getByTestId("forecast-go-live")).toContainText("09:30 EST planned");
  await page.getByTestId("zone-launch").click();
  await expect(page.getByTestId("forecast-go-live")).toContainText("15:30 CET planned");
  await context.close();
});
