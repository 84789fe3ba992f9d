import { test, expect } from "../support/fixtures";
import { stackTrace } from "../support/api";

// The details form sends the version it was filled from: an edit someone made meanwhile is refused
// with the conflict instead of being overwritten, and nothing changes.
test("a launch details form filled before someone else's edit is refused with a 409; the reloaded form saves", async ({
  signInAs,
  launch,
}) => {
  const lead = await signInAs("lead", { to: `/launches/${launch.id}/settings` });
  const details = lead.page.getByTestId("launch-details");
  await expect(details.getByLabel("Name")).toHaveValue(launch.name);

  // Meanwhile (another tab, another lead, a pipeline): a change based on the current version.
  const before = await lead.api.snapshot(launch.id);
  const meanwhile = await lead.api.send("PATCH", `/api/launches/${launch.id}`, {
    description: "Changed meanwhile",
    version: before.version,
  });
  expect(meanwhile.status, meanwhile.text).toBe(200);
  const withoutVersion = await lead.api.send("PATCH", `/api/launches/${launch.id}`, { name: "No version" });
  expect(withoutVersion.status, withoutVersion.text).toBe(422);
  expect(withoutVersion.body).toMatchObject({ code: "invalid", fields: { version: [expect.any(String)] } });

  await details.getByLabel("Name").fill(`${launch.name} (stale)`);
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details).toContainText("Someone else changed the launch");
  await expect(details).not.toContainText("Saved.");
  const refused = await lead.api.snapshot(launch.id);
  expect(refused.name).toBe(launch.name);
  expect(refused.version).toBe(before.version + 1);

  await lead.page.reload();
  await details.getByLabel("Name").fill(`${launch.name} (renamed)`);
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details).toContainText("Saved.");
  const saved = await lead.api.snapshot(launch.id);
  expect(saved.name).toBe(`${launch.name} (renamed)`);
  expect(saved.version).toBe(before.version + 2);
  expect(JSON.stringify(saved)).not.toMatch(stackTrace);
});
