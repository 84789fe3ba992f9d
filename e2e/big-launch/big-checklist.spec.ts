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
  // Long lists render full rows near the viewport only (the page stays light), every other item as its
  // title alone (found by the browser's find-in-page; a fast scroll shows titles, not blank space).
  await expect(member.page.getByTestId("checklist-section")).toHaveCount(10, USABLE);
  await expect(checklistItem(member.page, title(1, 1))).toBeVisible(USABLE);
  expect(await member.page.locator('[data-testid="checklist-item"]:not([data-outline])').count()).toBeLessThan(300);
  await expect(member.page.locator("[data-outline]").filter({ hasText: title(10, 100) })).toHaveCount(1);

  // Keyboard: j walks the rows in order, past those rendered at first and across a section boundary;
  // x ticks the focused one.
  await member.page.keyboard.press("j");
  await expect(checklistItem(member.page, title(1, 1))).toBeFocused();
  for (let i = 0; i < 120; i++) await member.page.keyboard.press("j");
  const target = title(2, 21);
  await expect(checklistItem(member.page, target)).toBeFocused(USABLE);
  await member.page.keyboard.press("x");
  await expectItem(member.page, target, "done", USABLE);
  await expect(checklistItem(member.page, target)).toBeFocused();
  // The row is one Tab stop: Tab leaves it (not into its checkbox, status or menu).
  await member.page.keyboard.press("Tab");
  expect(
    await member.page.evaluate(() => document.activeElement?.closest('[data-testid="checklist-item"]') ?? null),
  ).toBeNull();
  await member.page.keyboard.press("Shift+Tab");
  await expect(checklistItem(member.page, target)).toBeFocused();
  // The lead's page has not rendered that row yet: scrolled to by the search, it shows the tick.
  await lead.page.getByTestId("filter-search").fill(target);
  await expectItem(lead.page, target, "done", USABLE);

  // Another person's tick (the lead's, through the API) on the last row, far below the member's view.
  const other = launch.items.find((item) => item.title === title(10, 100))!;
  const ticked = await lead.api.setStatus(launch.id, other.id, { status: "done" });
  expect(ticked.status, ticked.text).toBe(200);
  await member.page.keyboard.press("End");
  await expectItem(member.page, other.title, "done", USABLE);

  // Filtering narrows 1,000 rows down to the one searched for.
  await member.page.getByTestId("filter-search").fill(title(3, 7));
  await expect(member.page.getByTestId("checklist-item")).toHaveCount(1, USABLE);
  await expect(checklistItem(member.page, title(3, 7))).toBeVisible();
});
