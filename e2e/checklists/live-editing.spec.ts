import type { Page } from "@playwright/test";
import {
  test,
  expect,
  LIVE,
  checklistItem,
  checklistSection,
  expectItem,
  expectLive,
  expectSamePage,
  itemTitles,
  markPage,
  toggleItem,
  type SignInAs,
} from "../support/fixtures";
import { account } from "../support/accounts";
import type { TestLaunch } from "../support/launch-factory";

// Everything the lead does to the plan in the UI reaches the sponsor's open page within a second,
// without a reload, and the sponsor's activity feed says who did what to which item.

const lead = account("lead").name;

async function leadAndSponsor(signInAs: SignInAs, launch: TestLaunch) {
  const to = `/launches/${launch.id}`;
  const [leadSide, sponsorSide] = await Promise.all([signInAs("lead", { to }), signInAs("sponsor", { to })]);
  await expectLive(leadSide.page);
  await expectLive(sponsorSide.page);
  await markPage(sponsorSide.page);
  return { lead: leadSide, sponsor: sponsorSide };
}

/** Switches to the Activity tab (in place) and returns its entries, newest first. */
async function activityEntries(page: Page) {
  await page.getByTestId("tab-activity").click();
  await expect(page.getByTestId("activity-panel")).toBeVisible();
  return page.getByTestId("activity-entry");
}

function sectionOf(launch: TestLaunch, title: string) {
  const section = launch.sections.find((candidate) => candidate.title === title);
  if (!section) throw new Error(`No section "${title}" in ${launch.name}`);
  return section;
}

test("a tick reaches the other browser live, with who did it, and shows in its activity feed", async ({
  signInAs,
  launch,
}) => {
  const { lead: leadSide, sponsor } = await leadAndSponsor(signInAs, launch);
  const title = "Freeze deployments";
  await expectItem(sponsor.page, title, "todo");

  await toggleItem(leadSide.page, title, "done");

  await expectItem(sponsor.page, title, "done", LIVE);
  await expect(checklistItem(sponsor.page, title).getByTestId("item-last-change")).toContainText(`Done by ${lead}`);
  // The sponsor is told something happened while looking at the checklist, then reads what.
  await expect(sponsor.page.getByTestId("tab-activity").getByLabel("1 new")).toBeVisible(LIVE);
  const entries = await activityEntries(sponsor.page);
  await expect(entries.first()).toContainText(`${lead} marked '${title}' done`);
  await expectSamePage(sponsor.page);
});

test("blocking needs a reason: refused without one, and the reason shows in the other browser", async ({
  signInAs,
  launch,
}) => {
  const { lead: leadSide, sponsor } = await leadAndSponsor(signInAs, launch);
  const title = "Switch traffic to v3";
  const reason = `Vendor unreachable, escalated to account manager ${launch.id.slice(0, 4)}`;
  const before = await leadSide.api.snapshot(launch.id);

  await checklistItem(leadSide.page, title).getByTestId("item-status").selectOption("blocked");
  const dialog = leadSide.page.getByTestId("reason-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(title);
  const input = dialog.getByTestId("reason-input");
  const confirm = dialog.getByTestId("reason-confirm");

  // Nothing typed: the button cannot be pressed and the keyboard shortcut is stopped by the browser.
  await expect(confirm).toBeDisabled();
  await input.press("Control+Enter");
  await expect(dialog).toBeVisible();
  expect(await input.evaluate((element: HTMLTextAreaElement) => element.validationMessage)).not.toBe("");
  // Only spaces: the form itself says why it refuses.
  await input.fill("   ");
  await expect(confirm).toBeDisabled();
  await input.press("Control+Enter");
  await expect(dialog.getByTestId("reason-error")).toHaveText("A reason is required.");
  await expect(dialog).toBeVisible();
  // And the server refuses a reasonless block from any other door.
  const refused = await leadSide.api.setStatus(launch.id, launch.items.find((item) => item.title === title)!.id, {
    status: "blocked",
  });
  expect(refused.status, refused.text).toBe(422);
  expect(refused.body.error).toMatch(/Say why "Switch traffic to v3" is blocked/);
  // Nothing changed anywhere.
  expect(await leadSide.api.snapshot(launch.id)).toEqual(before);
  await expect(checklistItem(sponsor.page, title)).toHaveAttribute("data-status", "todo");

  await input.fill(reason);
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(checklistItem(leadSide.page, title)).toHaveAttribute("data-status", "blocked");

  const sponsorRow = checklistItem(sponsor.page, title);
  await expect(sponsorRow).toHaveAttribute("data-status", "blocked", LIVE);
  await expect(sponsorRow.getByTestId("item-reason")).toHaveText(`Blocked: ${reason}`, LIVE);
  await expect(sponsorRow.getByTestId("item-status-badge")).toHaveText("Blocked");
  await expect(sponsor.page.getByTestId("blocked-items")).toContainText(reason);
  const entries = await activityEntries(sponsor.page);
  await expect(entries.first()).toContainText(`${lead} blocked '${title}': ${reason}`);
  await expectSamePage(sponsor.page);
});

test("an item added to a section appears in that section in the other browser", async ({ signInAs, launch }) => {
  const { lead: leadSide, sponsor } = await leadAndSponsor(signInAs, launch);
  const cutover = sectionOf(launch, "Cutover");
  const before = sectionOf(launch, "Before the window");
  const added = "Page the on-call DBA";

  const leadCutover = checklistSection(leadSide.page, cutover.id);
  await leadCutover.getByTestId("add-item-button").click();
  await leadCutover.getByTestId("add-item-input").fill(added);
  await leadCutover.getByTestId("add-item-input").press("Enter");
  // Ready for the next one, as the form promises.
  await expect(leadCutover.getByTestId("add-item-input")).toHaveValue("");
  await expect(itemTitles(leadCutover).last()).toHaveText(added);

  const expected = ["Switch traffic to v3", "Run the smoke suite", "Announce go-live in #launch", added];
  await expect(itemTitles(checklistSection(sponsor.page, cutover.id))).toHaveText(expected, LIVE);
  await expect(itemTitles(checklistSection(sponsor.page, before.id))).toHaveText([
    "Freeze deployments",
    "Snapshot the payments database",
  ]);
  await expectItem(sponsor.page, added, "todo");

  const entries = await activityEntries(sponsor.page);
  await expect(entries.first()).toContainText(`${lead} added '${added}' to Cutover`);
  await expectSamePage(sponsor.page);
  // Kept by the server: a fresh page load shows it in the same place.
  await sponsor.page.goto(`/launches/${launch.id}`);
  await expect(itemTitles(checklistSection(sponsor.page, cutover.id))).toHaveText(expected);
});

test("reordering by keyboard and by the item menu shows the same order in both browsers, and after reload", async ({
  signInAs,
  launch,
}) => {
  const { lead: leadSide, sponsor } = await leadAndSponsor(signInAs, launch);
  const cutover = sectionOf(launch, "Cutover");
  const before = sectionOf(launch, "Before the window");
  const inBoth = async (sectionId: string, titles: string[]) => {
    await expect(itemTitles(checklistSection(leadSide.page, sectionId))).toHaveText(titles);
    await expect(itemTitles(checklistSection(sponsor.page, sectionId))).toHaveText(titles, LIVE);
  };

  // Alt+↓ on a focused row moves it one place down.
  await checklistItem(leadSide.page, "Switch traffic to v3").focus();
  await leadSide.page.keyboard.press("Alt+ArrowDown");
  await inBoth(cutover.id, ["Run the smoke suite", "Switch traffic to v3", "Announce go-live in #launch"]);
  // The focus stays on the moved row, so a second press moves it again.
  await expect(checklistItem(leadSide.page, "Switch traffic to v3")).toBeFocused();

  // The item menu's "Move up", for people who do not use shortcuts.
  await checklistItem(leadSide.page, "Announce go-live in #launch").getByTestId("item-menu").click();
  await leadSide.page.getByRole("menuitem", { name: "Move up" }).click();
  await inBoth(cutover.id, ["Run the smoke suite", "Announce go-live in #launch", "Switch traffic to v3"]);

  // And across sections: to the end of "Before the window".
  await checklistItem(leadSide.page, "Run the smoke suite").getByTestId("item-menu").click();
  await leadSide.page.getByTestId("move-to-section").filter({ hasText: "Before the window" }).click();
  await inBoth(before.id, ["Freeze deployments", "Snapshot the payments database", "Run the smoke suite"]);
  await inBoth(cutover.id, ["Announce go-live in #launch", "Switch traffic to v3"]);

  await expectSamePage(sponsor.page);
  const entries = await activityEntries(sponsor.page);
  await expect(entries.first()).toContainText(`${lead} moved 'Run the smoke suite' to Before the window`);
  await expect(entries.nth(1)).toContainText(`${lead} moved 'Announce go-live in #launch' to Cutover`);

  for (const page of [leadSide.page, sponsor.page]) {
    await page.goto(`/launches/${launch.id}`);
    await expect(itemTitles(checklistSection(page, before.id))).toHaveText([
      "Freeze deployments",
      "Snapshot the payments database",
      "Run the smoke suite",
    ]);
    await expect(itemTitles(checklistSection(page, cutover.id))).toHaveText([
      "Announce go-live in #launch",
      "Switch traffic to v3",
    ]);
  }
});

test("a deleted item is gone in both browsers; undo and restore bring it back in both", async ({
  signInAs,
  launch,
}) => {
  const { lead: leadSide, sponsor } = await leadAndSponsor(signInAs, launch);
  const cutover = sectionOf(launch, "Cutover");
  const before = sectionOf(launch, "Before the window");
  const deleteItem = async (title: string) => {
    await checklistItem(leadSide.page, title).getByTestId("item-menu").click();
    await leadSide.page.getByTestId("delete-item").click();
    const confirm = leadSide.page.getByRole("dialog", { name: "Delete item?" });
    await expect(confirm).toContainText(`“${title}” will be removed from the checklist`);
    await confirm.getByTestId("confirm-button").click();
    await expect(checklistItem(leadSide.page, title)).toHaveCount(0);
    await expect(checklistItem(sponsor.page, title)).toHaveCount(0, LIVE);
  };

  // Delete, then the toast's Undo.
  await deleteItem("Run the smoke suite");
  await expect(itemTitles(checklistSection(sponsor.page, cutover.id))).toHaveText([
    "Switch traffic to v3",
    "Announce go-live in #launch",
  ]);
  await expect(leadSide.page.getByTestId("toast")).toContainText('Deleted "Run the smoke suite"');
  await leadSide.page.getByTestId("undo-delete").click();
  // A restored item comes back at the end of its siblings (restore-item.ts says so).
  const cutoverTitles = ["Switch traffic to v3", "Announce go-live in #launch", "Run the smoke suite"];
  await expect(itemTitles(checklistSection(leadSide.page, cutover.id))).toHaveText(cutoverTitles);
  await expect(itemTitles(checklistSection(sponsor.page, cutover.id))).toHaveText(cutoverTitles, LIVE);

  // Delete, then restore from "Recently deleted" (after the toast is gone, say).
  await deleteItem("Freeze deployments");
  await leadSide.page.getByTestId("show-deleted").click();
  const deleted = leadSide.page.getByTestId("recently-deleted");
  const entry = deleted.getByTestId("deleted-entry").filter({ hasText: "Freeze deployments" });
  await expect(entry).toContainText("In Before the window");
  await entry.getByTestId("restore-button").click();
  await expect(deleted.getByText("Nothing has been deleted.")).toBeVisible();
  await leadSide.page.keyboard.press("Escape");
  const beforeTitles = ["Snapshot the payments database", "Freeze deployments"];
  await expect(itemTitles(checklistSection(leadSide.page, before.id))).toHaveText(beforeTitles);
  await expect(itemTitles(checklistSection(sponsor.page, before.id))).toHaveText(beforeTitles, LIVE);

  await expectSamePage(sponsor.page);
  const entries = await activityEntries(sponsor.page);
  await expect(entries.nth(0)).toContainText(`${lead} restored 'Freeze deployments'`);
  await expect(entries.nth(1)).toContainText(`${lead} deleted 'Freeze deployments'`);
  await expect(entries.nth(2)).toContainText(`${lead} restored 'Run the smoke suite'`);
  await expect(entries.nth(3)).toContainText(`${lead} deleted 'Run the smoke suite'`);
  // The server agrees: every item is back, none twice.
  const titles = (await leadSide.api.snapshot(launch.id)).sections.flatMap((section) =>
    section.items.map((item) => item.title),
  );
  expect(titles.sort()).toEqual(launch.items.map((item) => item.title).sort());
});
