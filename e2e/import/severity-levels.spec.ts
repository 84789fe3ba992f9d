import { randomUUID } from "node:crypto";
import { test, expect } from "../support/fixtures";

// A runbook's severity definitions, manual rollback triggers and soft launch, imported through the page:
// the preview accounts for every line, and the incidents section shows the plan's own levels.
const runbook = (title: string) =>
  [
    `# ${title}`,
    "",
    "**Go-live**: 2030-06-01 09:00 (UTC)",
    "",
    "## Checks",
    "- [ ] Verify backups — Platform Engineer",
    "",
    "## Severity definitions",
    "- **P1 – Critical**: shop down, response within 15 minutes",
    "- **P2 – High**: checkout degraded, response within 1 hour",
    "",
    "## Rollback triggers",
    "- Any data loss",
    "",
    "## Rollout",
    "### Phase 1: Soft Launch (Day 1-2)",
    "- 5–10 invited users",
  ].join("\n");

test("an imported runbook's severity levels show beside the incidents", async ({ signInAs }) => {
  const title = `Severities ${randomUUID().slice(0, 8)}`;
  const lead = await signInAs("lead", { to: "/launches/new" });
  await lead.page.getByTestId("import-text").fill(runbook(title));
  await lead.page.getByTestId("import-preview-button").click();
  await expect(lead.page.getByTestId("preview-severity-levels")).toContainText(
    "P1 Critical (files as critical) · shop down · respond within 15 min",
  );
  await expect(lead.page.getByTestId("preview-triggers")).toContainText("Judged by the team: Any data loss");
  await expect(lead.page.getByTestId("preview-steps")).toContainText("Phase 1: Soft Launch (2880 min) — Rollout");
  const lineMap = lead.page.getByTestId("import-line-map");
  await expect(lineMap.locator("tr")).toHaveCount(runbook(title).split("\n").length);
  await expect(lineMap.locator('tr[data-line="9"]')).toContainText('severity level P1 "Critical"');
  await expect(lineMap.locator('tr[data-line="6"]')).toContainText('item in "Checks"');

  await lead.page.getByTestId("import-create-button").click();
  await lead.page.waitForURL((url) => /^\/launches\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  const launchId = new URL(lead.page.url()).pathname.split("/").pop()!;
  await lead.page.goto(`/launches/${launchId}/checkpoints`);
  const legend = lead.page.getByTestId("severity-legend");
  await expect(legend).toContainText("P1 · Critical");
  await expect(legend).toContainText("shop down — respond within 15 min — logged as critical");
  await expect(legend).toContainText("checkout degraded — respond within 1 h — logged as high");
});
