import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, LIVE, checklistItem, expectLive, itemTitles } from "../support/fixtures";
import { account } from "../support/accounts";
import { stackTrace } from "../support/api";

const settingsOf = (launchId: string) => `/launches/${launchId}/settings`;

/** A launch's card in one group of the launch list ("launches-live", "-rehearsals", "-archived"). */
const cardIn = (page: Page, group: "live" | "rehearsals" | "archived", name: string) =>
  page.getByTestId(`launches-${group}`).getByRole("heading", { name, exact: true });

test("the lead moves the launch to ready and the sponsor's page shows it live; a skipped step is a 409", async ({
  signInAs,
  launch,
}) => {
  const [lead, sponsor] = await Promise.all([
    signInAs("lead", { to: settingsOf(launch.id) }),
    signInAs("sponsor", { to: `/launches/${launch.id}` }),
  ]);
  await expectLive(sponsor.page);
  const sponsorStatus = sponsor.page.getByTestId("launch-status");
  await expect(sponsorStatus).toHaveText("Planning");

  const lifecycle = lead.page.getByTestId("launch-lifecycle");
  await expect(lifecycle.getByTestId("launch-status")).toHaveText("Planning");
  await lifecycle.getByPlaceholder("Why, for the record").fill("Readiness review passed");
  await lifecycle.getByRole("button", { name: "Mark ready" }).click();

  await expect(lifecycle.getByTestId("launch-status")).toHaveText("Ready");
  await expect(lifecycle.getByTestId("status-history")).toContainText(
    `${account("lead").name}: Planning → Ready — Readiness review passed`,
  );
  await expect(sponsorStatus).toHaveAttribute("data-status", "ready", LIVE);
  await expect(sponsorStatus).toHaveText("Ready");
  // Ready offers the next steps, not the ones it skips.
  await expect(lifecycle.getByRole("button", { name: "Mark in progress" })).toBeVisible();
  await expect(lifecycle.getByRole("button", { name: "Mark completed" })).toHaveCount(0);

  const skipped = await lead.api.send("POST", `/api/launches/${launch.id}/status`, { status: "completed" });
  expect(skipped.status, skipped.text).toBe(409);
  expect(skipped.body).toMatchObject({
    code: "conflict",
    error: "A launch that is Ready cannot become Completed; it can become: Planning, In progress, Aborted.",
  });
  expect(skipped.text).not.toMatch(stackTrace);
  expect((await lead.api.snapshot(launch.id)).status).toBe("ready");
  await sponsor.page.waitForTimeout(300);
  await expect(sponsorStatus).toHaveText("Ready");
});

test("the lead adds an account to the team as DBA and changes its role; a viewer's API attempts are refused", async ({
  signInAs,
  launch,
  launchFactory,
}) => {
  const newcomer = await launchFactory.createAccount("Dee DBA");
  const lead = await signInAs("lead", { to: settingsOf(launch.id) });
  const team = lead.page.getByTestId("team-manager");

  const addForm = team.locator("form");
  await addForm.getByLabel("Add by email").fill(newcomer.email);
  await addForm.getByLabel("Role").selectOption("member");
  await addForm.getByLabel("Function").fill("DBA");
  await addForm.getByRole("button", { name: "Add" }).click();

  const row = team.getByTestId("team-member").filter({ hasText: newcomer.email });
  await expect(row).toContainText(newcomer.name);
  await expect(row.getByLabel(`Function of ${newcomer.name}`)).toHaveValue("DBA");
  await expect(row.getByLabel(`Role of ${newcomer.name}`)).toHaveValue("member");
  await expect(addForm.getByLabel("Add by email")).toHaveValue("");

  await row.getByLabel(`Role of ${newcomer.name}`).selectOption("viewer");
  await expect
    .poll(async () => (await lead.api.snapshot(launch.id)).members.find((m) => m.userId === newcomer.id))
    .toMatchObject({
      role: "viewer",
      function: "DBA",
    });
  await lead.page.reload();
  await expect(row.getByLabel(`Role of ${newcomer.name}`)).toHaveValue("viewer");
  await expect(row.getByLabel(`Function of ${newcomer.name}`)).toHaveValue("DBA");

  // The newcomer now finds the launch in their own list.
  const joined = await signInAs(newcomer);
  await expect(joined.page.getByRole("heading", { name: launch.name, exact: true })).toBeVisible();

  // A viewer goes straight to the API with their own session: every team change is refused.
  const viewer = await signInAs("viewer");
  const teamBefore = (await lead.api.snapshot(launch.id)).members;
  const attempts = [
    () =>
      viewer.api.send("POST", `/api/launches/${launch.id}/members`, { email: account("viewer").email, role: "lead" }),
    () =>
      viewer.api.send("PATCH", `/api/launches/${launch.id}/members/${newcomer.id}`, {
        role: "lead",
        version: 1,
      }),
    () => viewer.api.send("DELETE", `/api/launches/${launch.id}/members/${newcomer.id}`),
  ];
  for (const attempt of attempts) {
    const answer = await attempt();
    expect(answer.status, answer.text).toBe(403);
    expect(answer.body).toMatchObject({ code: "forbidden", error: expect.stringContaining("(viewer)") });
  }
  expect((await lead.api.snapshot(launch.id)).members).toEqual(teamBefore);
});

test("a rehearsal created over the API is listed apart and cloned from its settings into a real launch", async ({
  signInAs,
}) => {
  const lead = await signInAs("lead");
  const realName = `Payments cutover ${randomUUID().slice(0, 8)}`;
  const rehearsalName = `${realName} (rehearsal)`;
  const created = await lead.api.send("POST", "/api/launches", {
    name: rehearsalName,
    isRehearsal: true,
    plan: {
      sections: [
        { title: "Dry run", items: [{ title: "Restore last night's backup" }, { title: "Time the migration" }] },
      ],
    },
  });
  expect(created.status, created.text).toBe(201);
  const rehearsalId = created.body.id as string;

  await lead.page.goto("/");
  await expect(lead.page.getByRole("heading", { name: "Rehearsals", exact: true })).toBeVisible();
  await expect(cardIn(lead.page, "rehearsals", rehearsalName)).toBeVisible();
  await expect(cardIn(lead.page, "live", rehearsalName)).toHaveCount(0);

  await lead.page.goto(settingsOf(rehearsalId));
  const actions = lead.page.getByTestId("launch-actions");
  const cloneName = actions.getByLabel("Clone this rehearsal into the real launch");
  // The real launch's name is offered without the "(rehearsal)".
  await expect(cloneName).toHaveValue(realName);
  await actions.getByRole("button", { name: "Clone", exact: true }).click();

  await expect(lead.page).toHaveURL(
    (url) => /^\/launches\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(rehearsalId),
  );
  await expect(lead.page.getByRole("heading", { level: 1, name: realName })).toBeVisible();
  await expect(itemTitles(lead.page)).toHaveText(["Restore last night's backup", "Time the migration"]);
  await expect(lead.page.getByText("Rehearsal", { exact: true })).toHaveCount(0);

  await lead.page.goto("/");
  await expect(cardIn(lead.page, "live", realName)).toBeVisible();
  await expect(cardIn(lead.page, "rehearsals", rehearsalName)).toBeVisible();
  await expect(cardIn(lead.page, "rehearsals", realName)).toHaveCount(0);
});

test("archiving moves a launch to Archived and makes it read-only", async ({ signInAs, launch }) => {
  const lead = await signInAs("lead", { to: settingsOf(launch.id) });
  const item = launch.items[0]!;

  await lead.page.getByTestId("launch-actions").getByRole("button", { name: "Archive this launch" }).click();
  await expect(lead.page.getByText("Archived: read-only for everyone.")).toBeVisible();
  await expect(lead.page.getByTestId("launch-lifecycle").getByRole("button", { name: /^Mark / })).toHaveCount(0);
  await expect(lead.page.getByTestId("launch-details").getByLabel("Name")).toBeDisabled();

  await lead.page.goto("/");
  await expect(lead.page.getByRole("heading", { name: "Archived", exact: true })).toBeVisible();
  await expect(cardIn(lead.page, "archived", launch.name)).toBeVisible();
  await expect(cardIn(lead.page, "live", launch.name)).toHaveCount(0);

  // The server refuses changes to it, even from its lead.
  const before = await lead.api.snapshot(launch.id);
  const patched = await lead.api.setStatus(launch.id, item.id, { status: "done" });
  expect(patched.status, patched.text).toBe(409);
  expect(patched.body).toMatchObject({
    code: "conflict",
    error: "This launch is archived; unarchive it before changing it.",
  });
  const moved = await lead.api.send("POST", `/api/launches/${launch.id}/status`, { status: "ready" });
  expect(moved.status, moved.text).toBe(409);
  expect(await lead.api.snapshot(launch.id)).toEqual(before);

  // On its page it says so, and offers no controls that would be refused.
  await lead.page.goto(`/launches/${launch.id}`);
  await expect(lead.page.getByTestId("archived-notice")).toContainText("archived and read-only");
  await expect(checklistItem(lead.page, item.title).getByRole("checkbox")).toBeDisabled();
  await expect(checklistItem(lead.page, item.title)).toHaveAttribute("data-status", "todo");
});
