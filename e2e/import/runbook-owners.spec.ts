import { randomUUID } from "node:crypto";
import { test, expect, checkboxFor, checklistItem } from "../support/fixtures";

// A go-live runbook with timed phases, a roster and owners, imported through the page: the launch is on
// time the moment it exists, and the member whose function (DevOps, in the demo) owns an item can tick it,
// while an item owned by another function says why it is not theirs.
const runbook = (title: string) =>
  [
    `# ${title}`,
    "",
    "**Go-live**: 2030-06-01 07:00 (UTC)",
    "**Maintenance window**: 05:30 - 07:00",
    "",
    "Team Members Present: Release Manager, DevOps, DBA",
    "",
    "## GO-LIVE DAY TIMELINE",
    "",
    "### 05:30 - 07:00: DEPLOYMENT PHASE",
    "",
    "#### 05:30 - 05:45: ENABLE MAINTENANCE MODE (15 min)",
    "Owner: DevOps",
    "- [ ] Maintenance page live",
    "",
    "#### 05:45 - 07:00: MIGRATE DATABASE",
    "Owner: DBA",
    "- [ ] Migration applied",
    "",
    "### 07:00 - 09:00: MONITORING PHASE",
    "",
    "#### 07:00: PUBLIC LAUNCH",
    "- [ ] Announcement sent",
  ].join("\n");

test("an imported runbook is on time and its owners by function can act", async ({ signInAs }) => {
  const title = `Runbook ${randomUUID().slice(0, 8)}`;
  const lead = await signInAs("lead", { to: "/launches/new" });
  await lead.page.getByTestId("import-text").fill(runbook(title));
  await lead.page.getByTestId("import-preview-button").click();
  await expect(lead.page.getByTestId("preview-steps")).toContainText(
    "ENABLE MAINTENANCE MODE (15 min) — DEPLOYMENT PHASE · owner DevOps",
  );
  await expect(lead.page.getByTestId("preview-steps")).not.toContainText("DEPLOYMENT PHASE (90 min)");
  await expect(lead.page.getByLabel("Launch name")).toHaveValue(title);
  await lead.page.getByTestId("import-create-button").click();
  await lead.page.waitForURL((url) => /^\/launches\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  const launchId = new URL(lead.page.url()).pathname.split("/").pop()!;
  const added = await lead.api.send("POST", `/api/launches/${launchId}/members`, {
    email: "member@example.com",
    role: "member",
    function: "DevOps",
  });
  expect(added.status).toBe(201);

  // The war room: the forecast go-live equals the planned one.
  const member = await signInAs("member", { to: `/launches/${launchId}/dashboard` });
  await expect(member.page.getByText("on time").first()).toBeVisible();
  await expect(member.page.getByText(/running .* late/i)).toHaveCount(0);
  await member.page.goto(`/launches/${launchId}`);
  await expect(checkboxFor(member.page, "Maintenance page live")).toBeEnabled();
  await checkboxFor(member.page, "Maintenance page live").click();
  await expect(checkboxFor(member.page, "Maintenance page live")).toBeChecked();
  await expect(checkboxFor(member.page, "Migration applied")).toBeDisabled();
  await expect(checklistItem(member.page, "Migration applied").getByTestId("item-why-not")).toHaveText(
    "Owned by DBA — ask the lead to assign it to you.",
  );
});
