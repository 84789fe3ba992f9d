import type { Page } from "@playwright/test";
import { test, expect, checklistItem, expectItem } from "../support/fixtures";

// A launch of 10 sections × 100 items: the checklist page must stay usable (keyboard ticks, filtering)
// and show another person's tick live. Speed is measured by the benchmark (../shared/bench/big-launch.mjs),
// not here; the generous timeouts only keep a busy CI machine from failing a usable page.
const USABLE = { timeout: 15_000 };
// Hydrating 1,000 rows and joining takes several seconds on a busy machine (see the benchmark figures).
const live = (page: Page) =>
  expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live", { timeout: 40_000 });
const title = (section: number, item: number) =>
  `Task ${String(section).padStart(2, "0")}-${String(item).padStart(3, "0")}`;
const plan = Array.from({ length: 10 }, (_, section) => ({
  title: `Section ${section + 1}`,
  items: Array.from({ length: 100 }, (_, item) => title(section + 1, item + 1)),
}));

test("a 1,000-item checklist can be ticked by keyboard, filtered, and shows another person's tick", async ({
  signInAs,
  launchFactory,
}) => {
  test.setTimeout(120_000);
  const launch = await launchFactory.createLaunch("big checklist", { plan, membersUpdateAnyItem: true });
  const to = `/launches/${launch.id}`;
  const lead = await signInAs("lead");
  const member = await signInAs("member");
  for (const side of [lead, member]) {
    await side.page.goto(to, { timeout: 60_000 });
    await live(side.page);
  }
  await expect(member.page.getByTestId("checklist-item")).toHaveCount(1000, USABLE);

  // Keyboard: focus a row far down the page and tick it with "x".
  const target = title(7, 42);
  await checklistItem(member.page, target).focus();
  await member.page.keyboard.press("x");
  await expectItem(member.page, target, "done", USABLE);
  await expectItem(lead.page, target, "done", USABLE);

  // Another person's tick (the lead's, through the API) shows on the member's page.
  const other = launch.items.find((item) => item.title === title(10, 100))!;
  const ticked = await lead.api.setStatus(launch.id, other.id, { status: "done" });
  expect(ticked.status, ticked.text).toBe(200);
  await expectItem(member.page, other.title, "done", USABLE);

  // Filtering narrows 1,000 rows down to the one searched for.
  await member.page.getByTestId("filter-search").fill(title(3, 7));
  await expect(member.page.getByTestId("checklist-item")).toHaveCount(1, USABLE);
  await expect(checklistItem(member.page, title(3, 7))).toBeVisible();
});
