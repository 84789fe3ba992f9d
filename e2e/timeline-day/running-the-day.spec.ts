import type { Page } from "@playwright/test";
import { test, expect, LIVE, expectLive, markPage, expectSamePage, type SignedIn } from "../support/fixtures";
import type { TestLaunch } from "../support/launch-factory";

// Running the day: the lead completes a step and the next one starts by itself on the sponsor's wall
// screen; starting out of order asks for a reason; completing the go-live milestone moves the launch
// to monitoring on everyone's screen.

const MINUTE = 60_000;
type StepPlan = {
  title: string;
  plannedOffsetMinutes: number;
  plannedMinutes: number;
  after?: string[];
  autoStart?: boolean;
  isGoLive?: boolean;
  isMilestone?: boolean;
};

async function arrange(api: SignedIn["api"], launch: TestLaunch, steps: StepPlan[]) {
  const patched = await api.send("PATCH", `/api/launches/${launch.id}`, {
    goLiveAt: new Date(Date.now() + 60 * MINUTE).toISOString(),
    version: (await api.snapshot(launch.id)).version,
  });
  expect(patched.status, patched.text).toBe(200);
  const ids = new Map<string, string>();
  for (const { after = [], ...step } of steps) {
    const created = await api.send("POST", `/api/launches/${launch.id}/steps`, {
      ...step,
      predecessorIds: after.map((title) => ids.get(title)!),
    });
    expect(created.status, created.text).toBe(201);
    ids.set(step.title, created.body.id as string);
  }
  return (title: string) => ids.get(title)!;
}

const stepRow = (page: Page, id: string) => page.locator(`[data-testid="step-row"][data-step-id="${id}"]`);
const ganttBar = (page: Page, id: string) => page.locator(`[data-testid="gantt-bar"][data-step-id="${id}"]`);

const plan: StepPlan[] = [
  { title: "STOP SERVICES", plannedOffsetMinutes: -60, plannedMinutes: 15 },
  {
    title: "DATABASE MIGRATION",
    plannedOffsetMinutes: -45,
    plannedMinutes: 30,
    after: ["STOP SERVICES"],
    autoStart: true,
  },
  {
    title: "GO LIVE",
    plannedOffsetMinutes: 0,
    plannedMinutes: 0,
    after: ["DATABASE MIGRATION"],
    isGoLive: true,
    isMilestone: true,
  },
];

test("the lead completes a step and the next auto-starts on the sponsor's wall screen within a second, by the system", async ({
  signInAs,
  launch,
}) => {
  const lead = await signInAs("lead", { to: `/launches/${launch.id}/timeline` });
  const id = await arrange(lead.api, launch, plan);
  await lead.page.reload();
  const sponsor = await signInAs("sponsor", { to: `/launches/${launch.id}/wall` });
  await expectLive(lead.page);
  await expectLive(sponsor.page);
  await markPage(sponsor.page);
  await expect(ganttBar(sponsor.page, id("DATABASE MIGRATION"))).toHaveAttribute("data-status", "pending");

  await stepRow(lead.page, id("STOP SERVICES")).getByTestId("step-complete").click();
  // The second is measured from the server's answer (the lead's own row), not from the click.
  await expect(stepRow(lead.page, id("STOP SERVICES"))).toHaveAttribute("data-status", "done");

  await expect(ganttBar(sponsor.page, id("STOP SERVICES"))).toHaveAttribute("data-status", "done", LIVE);
  await expect(ganttBar(sponsor.page, id("DATABASE MIGRATION"))).toHaveAttribute("data-status", "in_progress", LIVE);
  await expect(
    sponsor.page.locator(`[data-testid="running-step"][data-step-id="${id("DATABASE MIGRATION")}"]`),
  ).toBeVisible(LIVE);
  await expect(stepRow(lead.page, id("DATABASE MIGRATION"))).toHaveAttribute("data-status", "in_progress", LIVE);
  await expectSamePage(sponsor.page);

  // The activity says the system started it.
  const activity = await lead.api.get(`/api/launches/${launch.id}/activity`);
  const started = (
    activity.body.events as {
      type: string;
      actor: unknown;
      data: { step: { id: string }; automatic?: { cause: string } };
    }[]
  ).find((event) => event.type === "step.started" && event.data.step.id === id("DATABASE MIGRATION"));
  expect(started).toMatchObject({ actor: null, data: { automatic: { cause: "predecessors_done" } } });
});

test("starting a step out of order shows the dialog, and starts it only with a reason, which is shown", async ({
  signInAs,
  launch,
}) => {
  const lead = await signInAs("lead", { to: `/launches/${launch.id}/timeline` });
  const id = await arrange(
    lead.api,
    launch,
    plan.map((step) => ({ ...step, autoStart: false })),
  );
  await lead.page.reload();
  await expectLive(lead.page);

  const row = stepRow(lead.page, id("DATABASE MIGRATION"));
  await row.getByTestId("step-start").click();
  const dialog = lead.page.getByTestId("run-prompt-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("open-predecessors")).toContainText("STOP SERVICES");
  // Asking is not doing.
  await expect(row).toHaveAttribute("data-status", "pending");
  await dialog.getByTestId("run-prompt-confirm").click();
  await expect(dialog.getByRole("alert")).toContainText("Say why");
  await dialog.getByTestId("run-prompt-reason").fill("Services were stopped by hand at 05:58");
  await dialog.getByTestId("run-prompt-confirm").click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveAttribute("data-status", "in_progress");
  await expect(row.getByTestId("step-forced-reason")).toContainText("Services were stopped by hand at 05:58");

  // The API answers the same way for a pipeline: 409 naming the predecessors, 200 with force and a reason.
  const refused = await lead.api.send("POST", `/api/launches/${launch.id}/steps/${id("GO LIVE")}/start`, {});
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({
    error: expect.stringContaining("DATABASE MIGRATION"),
    predecessors: [{ id: id("DATABASE MIGRATION"), title: "DATABASE MIGRATION", status: "in_progress" }],
  });
  const forced = await lead.api.send("POST", `/api/launches/${launch.id}/steps/${id("GO LIVE")}/start`, {
    force: true,
    reason: "Go-live called early by the sponsor",
  });
  expect(forced.status, forced.text).toBe(200);
});

test("the launch status follows the day: in progress on the first start, monitoring when the go-live milestone completes", async ({
  signInAs,
  launch,
}) => {
  const lead = await signInAs("lead", { to: `/launches/${launch.id}/timeline` });
  // Work after go-live, so completing go-live is not also the last step (that would complete the launch).
  const verify: StepPlan = {
    title: "VERIFY PAYMENTS",
    plannedOffsetMinutes: 0,
    plannedMinutes: 30,
    after: ["GO LIVE"],
  };
  const id = await arrange(lead.api, launch, [...plan.map((step) => ({ ...step, autoStart: false })), verify]);
  await lead.page.reload();
  const sponsor = await signInAs("sponsor", { to: `/launches/${launch.id}/dashboard` });
  await expectLive(lead.page);
  await expectLive(sponsor.page);
  const status = sponsor.page.getByTestId("launch-status");
  await expect(status).toHaveAttribute("data-status", "planning");

  await stepRow(lead.page, id("STOP SERVICES")).getByTestId("step-start").click();
  await expect(stepRow(lead.page, id("STOP SERVICES"))).toHaveAttribute("data-status", "in_progress");
  await expect(status).toHaveAttribute("data-status", "in_progress", LIVE);
  for (const title of ["STOP SERVICES", "DATABASE MIGRATION"]) {
    await stepRow(lead.page, id(title)).getByTestId("step-complete").click();
    await expect(stepRow(lead.page, id(title))).toHaveAttribute("data-status", "done");
  }
  await expect(status).toHaveAttribute("data-status", "in_progress");
  await stepRow(lead.page, id("GO LIVE")).getByTestId("step-complete").click();
  await expect(stepRow(lead.page, id("GO LIVE"))).toHaveAttribute("data-status", "done");
  await expect(status).toHaveAttribute("data-status", "monitoring", LIVE);
  await expect(status).toHaveText("Monitoring");
  await stepRow(lead.page, id("VERIFY PAYMENTS")).getByTestId("step-complete").click();
  await expect(stepRow(lead.page, id("VERIFY PAYMENTS"))).toHaveAttribute("data-status", "done");
  await expect(status).toHaveAttribute("data-status", "completed", LIVE);
});
