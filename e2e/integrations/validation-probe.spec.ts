import { test, expect } from "../support/fixtures";

// The lead allow-lists a host and puts a probe with a JSON-path check on a validation step from the
// integrations page; the probe list names the step and the check. Bad input is refused with a reason.

test("the lead adds a JSON-path probe to a validation step", async ({ signInAs, launch }) => {
  const lead = await signInAs("lead");
  const step = await lead.api.send("POST", `/api/launches/${launch.id}/steps`, {
    title: "Payments health is ok",
    kind: "validation",
  });
  expect(step.status, step.text).toBe(201);
  await lead.page.goto(`/launches/${launch.id}/integrations`);
  const settings = lead.page.getByTestId("probe-settings");
  await settings.getByLabel("Hosts probes may call").fill("payments.example.com");
  await settings.getByRole("button", { name: "Save hosts" }).click();
  await expect(settings.getByLabel("Hosts probes may call")).toHaveValue("payments.example.com");

  await settings.getByTestId("probe-target").selectOption({ label: "Payments health is ok" });
  await settings.getByLabel("URL to check").fill("https://payments.example.com/health");
  await settings.getByLabel("JSON path (optional)").fill("status");
  await settings.getByLabel("Expected value at the path").fill('"ok"');
  await settings.getByRole("button", { name: "Add probe" }).click();
  await expect(settings).toContainText("A JSON path starts with $");
  await expect(settings.getByTestId("probe")).toHaveCount(0);

  await settings.getByLabel("JSON path (optional)").fill("$.status");
  await settings.getByRole("button", { name: "Add probe" }).click();
  const probe = settings.getByTestId("probe");
  await expect(probe).toHaveCount(1);
  await expect(probe).toContainText(
    'Validation: Payments health is ok: GET https://payments.example.com/health → 200, $.status == "ok"',
  );
});
