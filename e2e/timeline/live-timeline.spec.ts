import type { Page } from "@playwright/test";
import { test, expect, LIVE, expectLive, expectSamePage, markPage, type SignedIn } from "../support/fixtures";
import { account } from "../support/accounts";
import type { TestLaunch } from "../support/launch-factory";

// The lead runs the timeline; the sponsor's war room (Gantt, forecast go-live, countdown, activity)
// follows within a second, without a reload. Late steps push the forecast, and the wall screen shows it.

const lead = account("lead").name;
const MINUTE = 60_000;

type StepPlan = {
  title: string;
  plannedOffsetMinutes?: number;
  plannedStart?: string;
  plannedMinutes: number;
  predecessors?: string[];
  isGoLive?: boolean;
  isMilestone?: boolean;
};

/** Sets go-live and adds the steps in order (predecessors by title); returns the step id for a title. */
async function arrangeTimeline(api: SignedIn["api"], launch: TestLaunch, goLiveAt: Date, steps: StepPlan[]) {
  const patched = await api.send("PATCH", `/api/launches/${launch.id}`, {
    goLiveAt: goLiveAt.toISOString(),
    version: (await api.snapshot(launch.id)).version,
  });
  expect(patched.status, patched.text).toBe(200);
  const ids = new Map<string, string>();
  const idOf = (title: string) => {
    const id = ids.get(title);
    if (!id) throw new Error(`No step "${title}" was arranged.`);
    return id;
  };
  for (const { predecessors = [], ...step } of steps) {
    const created = await api.send("POST", `/api/launches/${launch.id}/steps`, {
      ...step,
      predecessorIds: predecessors.map(idOf),
    });
    expect(created.status, created.text).toBe(201);
    ids.set(step.title, created.body.id as string);
  }
  return idOf;
}

const stepRow = (page: Page, stepId: string) => page.locator(`[data-testid="step-row"][data-step-id="${stepId}"]`);
const ganttBar = (page: Page, stepId: string) => page.locator(`[data-testid="gantt-bar"][data-step-id="${stepId}"]`);

// Go-live in an hour; "Drain v2 traffic" was due to start now and runs 75 min, so go-live (which waits
// for it) is forecast about 15 min late until it is done. It is a milestone: the countdown runs to it
// until it starts, then to go-live.
const drain = "Drain v2 traffic";
const plan: StepPlan[] = [
  { title: drain, plannedOffsetMinutes: -60, plannedMinutes: 75, isMilestone: true },
  { title: "Migrate the ledger schema", plannedOffsetMinutes: -20, plannedMinutes: 10 },
  {
    title: "Switch DNS to v3",
    plannedOffsetMinutes: -10,
    plannedMinutes: 10,
    predecessors: ["Migrate the ledger schema"],
  },
  {
    title: "Go live",
    plannedOffsetMinutes: 0,
    plannedMinutes: 0,
    isGoLive: true,
    predecessors: [drain, "Switch DNS to v3"],
  },
];

test("starting and completing a step reaches the sponsor's war room live: Gantt, forecast, countdown, activity", async ({
  signInAs,
  launch,
}) => {
  const leadSide = await signInAs("lead", { to: `/launches/${launch.id}/timeline` });
  const stepId = await arrangeTimeline(leadSide.api, launch, new Date(Date.now() + 60 * MINUTE), plan);
  await leadSide.page.reload();
  const sponsor = await signInAs("sponsor", { to: `/launches/${launch.id}/dashboard` });
  await expectLive(leadSide.page);
  await expectLive(sponsor.page);
  await markPage(sponsor.page);

  const bar = ganttBar(sponsor.page, stepId(drain));
  const forecast = sponsor.page.getByTestId("forecast-go-live");
  const countdown = sponsor.page.getByTestId("countdown");
  const activity = sponsor.page.getByTestId("activity-entry");
  // Before: nothing has happened; go-live waits for the drain, so it is forecast late.
  await expect(bar).toHaveAttribute("data-status", "pending");
  await expect(bar.locator('[data-part="actual"]')).toHaveCount(0);
  await expect(forecast).toHaveAttribute("data-tone", "late");
  await expect(forecast).toContainText(/Running 1[5-6] min late/);
  await expect(countdown).toHaveAttribute("data-kind", "milestone");
  await expect(countdown).toContainText(`${drain} overdue by`);

  const row = stepRow(leadSide.page, stepId(drain));
  await row.getByTestId("step-start").click();
  await expect(row).toHaveAttribute("data-status", "in_progress");

  await expect(bar).toHaveAttribute("data-status", "in_progress", LIVE);
  await expect(bar.locator('[data-part="actual"]')).toHaveCount(1, LIVE);
  await expect(countdown).toHaveAttribute("data-kind", "go-live", LIVE);
  await expect(countdown).toContainText("Go-live in", LIVE);
  // Still late: the drain has 75 minutes to run, and the countdown says when go-live is now forecast.
  await expect(countdown).toContainText("forecast", LIVE);
  await expect(forecast).toHaveAttribute("data-tone", "late");
  // The first step started also moves the launch to "In progress" (by the system), so look for the entry.
  await expect(activity.filter({ hasText: `${lead} started '${drain}'` })).toHaveCount(1, LIVE);

  await row.getByTestId("step-complete").click();
  await expect(row).toHaveAttribute("data-status", "done");

  await expect(bar).toHaveAttribute("data-status", "done", LIVE);
  await expect(forecast).toHaveAttribute("data-tone", "on_time", LIVE);
  await expect(forecast).toContainText("On time", LIVE);
  await expect(countdown).not.toContainText("forecast", LIVE);
  await expect(activity.first()).toContainText(`${lead} completed '${drain}'`, LIVE);
  await expect(activity.filter({ hasText: `${lead} started '${drain}'` })).toHaveCount(1);
  await expectSamePage(sponsor.page);

  // Kept by the server: a fresh load shows the same.
  await sponsor.page.reload();
  await expect(ganttBar(sponsor.page, stepId(drain))).toHaveAttribute("data-status", "done");
  await expect(sponsor.page.getByTestId("forecast-go-live")).toHaveAttribute("data-tone", "on_time");
});

test("completing a step with a required item still open asks first, and only the confirmation completes it", async ({
  signInAs,
  launch,
}) => {
  const leadSide = await signInAs("lead", { to: `/launches/${launch.id}/timeline` });
  const stepId = await arrangeTimeline(leadSide.api, launch, new Date(Date.now() + 60 * MINUTE), plan);
  const smoke = launch.items.find((item) => item.title === "Run the smoke suite")!;
  const { version } = await leadSide.api.item(launch.id, smoke.id);
  const linked = await leadSide.api.setStatus(launch.id, smoke.id, {
    stepId: stepId("Switch DNS to v3"),
    required: true,
    version,
  });
  expect(linked.status, linked.text).toBe(200);
  // Its predecessor is still pending: starting it anyway needs a reason.
  const start = await leadSide.api.send(
    "POST",
    `/api/launches/${launch.id}/steps/${stepId("Switch DNS to v3")}/start`,
    { force: true, reason: "Schema migrated in the rehearsal window" },
  );
  expect(start.status, start.text).toBe(200);
  await leadSide.page.reload();
  const sponsor = await signInAs("sponsor", { to: `/launches/${launch.id}/dashboard` });
  await expectLive(leadSide.page);
  await expectLive(sponsor.page);

  const row = stepRow(leadSide.page, stepId("Switch DNS to v3"));
  await expect(row.getByTestId("step-linked-item").filter({ hasText: "Run the smoke suite" })).toHaveAttribute(
    "data-status",
    "todo",
  );
  await row.getByTestId("step-complete").click();
  const dialog = leadSide.page.getByTestId("open-items-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("open-required-items")).toContainText("Run the smoke suite");
  // Asking is not doing: the step is still running everywhere.
  await expect(row).toHaveAttribute("data-status", "in_progress");
  await expect(ganttBar(sponsor.page, stepId("Switch DNS to v3"))).toHaveAttribute("data-status", "in_progress");

  await dialog.getByTestId("confirm-open-items").click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveAttribute("data-status", "done");
  await expect(ganttBar(sponsor.page, stepId("Switch DNS to v3"))).toHaveAttribute("data-status", "done", LIVE);
  // The activity says it was completed with the item open, on purpose.
  await expect(sponsor.page.getByTestId("activity-entry").first()).toContainText(
    `${lead} completed 'Switch DNS to v3' with 1 required item(s) still open (confirmed)`,
    LIVE,
  );
});

test("a step that should have started pushes the forecast late, and the wall screen shows it live", async ({
  signInAs,
  launch,
}) => {
  const leadSide = await signInAs("lead", { to: `/launches/${launch.id}/timeline` });
  // Go-live in 5 min, after a 10-minute step that was due 20 minutes ago and has not started.
  const now = Date.now();
  const stepId = await arrangeTimeline(leadSide.api, launch, new Date(now + 5 * MINUTE), [
    {
      title: "Restore the ledger replica",
      plannedStart: new Date(now - 20 * MINUTE).toISOString(),
      plannedMinutes: 10,
    },
    {
      title: "Go live",
      plannedOffsetMinutes: 0,
      plannedMinutes: 0,
      isGoLive: true,
      predecessors: ["Restore the ledger replica"],
    },
  ]);
  await leadSide.page.reload();
  await expectLive(leadSide.page);

  const late = stepRow(leadSide.page, stepId("Restore the ledger replica"));
  await expect(late).toHaveAttribute("data-status", "pending");
  await expect(late.getByTestId("step-variance")).toContainText("late");
  const leadForecast = leadSide.page.getByTestId("forecast-go-live");
  await expect(leadForecast).toHaveAttribute("data-tone", "late");
  await expect(leadForecast).toContainText(/Running \d+ min late/);

  const wall = await signInAs("sponsor", { to: `/launches/${launch.id}/wall` });
  await expect(wall.page.getByTestId("wall-screen")).toBeVisible();
  await expect(wall.page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  const wallForecast = wall.page.getByTestId("forecast-go-live");
  await expect(wallForecast).toHaveAttribute("data-tone", "late");
  await expect(wallForecast).toContainText(/Running \d+ min late/);
  await expect(ganttBar(wall.page, stepId("Restore the ledger replica"))).toHaveAttribute("data-late", "true");
  await markPage(wall.page);

  // Skipping the late step clears the way: go-live is back on its planned time, on the wall too.
  await late.getByTestId("step-skip").click();
  await expect(late).toHaveAttribute("data-status", "skipped");
  await expect(wallForecast).toHaveAttribute("data-tone", "on_time", LIVE);
  await expect(ganttBar(wall.page, stepId("Restore the ledger replica"))).toHaveAttribute(
    "data-status",
    "skipped",
    LIVE,
  );
  await expectSamePage(wall.page);
});
