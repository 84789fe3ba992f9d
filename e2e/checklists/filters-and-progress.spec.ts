import type { Page } from "@playwright/test";
import { test, expect, LIVE, checklistItem, expectItem, expectLive, itemTitles, toggleItem } from "../support/fixtures";
import type { SeedPlan } from "../support/launch-factory";

// A plan with owners, required items and every kind of progress, so each filter has something to leave out.
const plan: SeedPlan = [
  {
    title: "Readiness",
    items: [
      { title: "Change request approved", owner: "lead", required: true, status: "done" },
      { title: "Load test signed off", owner: "member", required: true },
      {
        title: "Vendor contacts confirmed",
        owner: "lead",
        status: "blocked",
        statusReason: "Card processor not answering",
      },
      "Status page notice scheduled",
    ],
  },
  {
    title: "Cutover",
    items: [
      { title: "Switch traffic to v3", owner: "lead", required: true },
      { title: "Run the smoke suite", owner: "member" },
      { title: "Announce in the EU channel", status: "not_applicable", statusReason: "No EU traffic in this release" },
    ],
  },
];
const everything = [
  "Change request approved",
  "Load test signed off",
  "Vendor contacts confirmed",
  "Status page notice scheduled",
  "Switch traffic to v3",
  "Run the smoke suite",
  "Announce in the EU channel",
];

const filterChip = (page: Page, name: "mine" | "open" | "blocked" | "required") => page.getByTestId(`filter-${name}`);
const search = (page: Page) => new URL(page.url()).search;

test("the filters narrow the list, combine, and live in the URL", async ({ signInAs, launchFactory }) => {
  const launch = await launchFactory.createLaunch("filters", { plan });
  const { page } = await signInAs("lead", { to: `/launches/${launch.id}` });
  await expect(itemTitles(page)).toHaveText(everything);
  // Each chip says how many items it would leave.
  await expect(filterChip(page, "mine")).toHaveText("Mine3");
  await expect(filterChip(page, "open")).toHaveText("Open5");
  await expect(filterChip(page, "blocked")).toHaveText("Blocked1");
  await expect(filterChip(page, "required")).toHaveText("Required3");

  await filterChip(page, "mine").click();
  await expect(filterChip(page, "mine")).toHaveAttribute("aria-pressed", "true");
  await expect(itemTitles(page)).toHaveText([
    "Change request approved",
    "Vendor contacts confirmed",
    "Switch traffic to v3",
  ]);
  expect(search(page)).toBe("?filter=mine");

  await filterChip(page, "open").click();
  await expect(itemTitles(page)).toHaveText(["Vendor contacts confirmed", "Switch traffic to v3"]);
  expect(search(page)).toBe("?filter=mine,open");

  await filterChip(page, "mine").click();
  await expect(itemTitles(page)).toHaveText([
    "Load test signed off",
    "Vendor contacts confirmed",
    "Status page notice scheduled",
    "Switch traffic to v3",
    "Run the smoke suite",
  ]);
  expect(search(page)).toBe("?filter=open");
  await filterChip(page, "open").click();

  await filterChip(page, "required").click();
  await expect(itemTitles(page)).toHaveText([
    "Change request approved",
    "Load test signed off",
    "Switch traffic to v3",
  ]);
  expect(search(page)).toBe("?filter=required");
  // Sections with nothing left are hidden along with their items.
  await expect(page.getByTestId("checklist-section")).toHaveCount(2);

  await filterChip(page, "blocked").click();
  await expect(itemTitles(page)).toHaveCount(0);
  await expect(page.getByText("No items match these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(itemTitles(page)).toHaveText(everything);
  expect(search(page)).toBe("");

  // A link (or a reload) with the filter in it opens the same narrowed view.
  await page.goto(`/launches/${launch.id}?filter=blocked`);
  await expect(filterChip(page, "blocked")).toHaveAttribute("aria-pressed", "true");
  await expect(itemTitles(page)).toHaveText(["Vendor contacts confirmed"]);
  await expect(page.getByTestId("checklist-section")).toHaveCount(1);

  // Search combines with the chips and is kept in the URL too.
  await filterChip(page, "blocked").click();
  await page.getByTestId("filter-search").fill("smoke");
  await expect(itemTitles(page)).toHaveText(["Run the smoke suite"]);
  expect(search(page)).toBe("?q=smoke");
});

test("the progress summary changes live when someone else ticks", async ({ signInAs, launchFactory }) => {
  const launch = await launchFactory.createLaunch("progress", { plan });
  const to = `/launches/${launch.id}`;
  const [sponsor, member, lead] = await Promise.all([
    signInAs("sponsor", { to }),
    signInAs("member", { to }),
    signInAs("lead", { to }),
  ]);
  for (const person of [sponsor, member, lead]) await expectLive(person.page);
  const summary = sponsor.page.getByTestId("progress-summary");
  const readiness = summary.getByTestId("section-progress-summary").filter({ hasText: "Readiness" });
  // Leaf items: 7; complete counts done and not applicable.
  await expect(summary).toContainText("2 / 7 items complete · 1 not applicable · 1 blocked");
  await expect(sponsor.page.getByTestId("progress-percent")).toHaveText(/^28%/);
  await expect(readiness).toContainText("1/4 items completed");
  await expect(summary.getByTestId("required-open")).toContainText("Required for go, still open (2)");
  await expect(summary.getByTestId("progress-verdict")).toHaveText(/Blocked: 1 item/);

  // The member ticks their own item.
  await toggleItem(member.page, "Load test signed off", "done");
  await expect(summary).toContainText("3 / 7 items complete", LIVE);
  await expect(sponsor.page.getByTestId("progress-percent")).toHaveText(/^42%/, LIVE);
  await expect(readiness).toContainText("2/4 items completed", LIVE);
  await expect(summary.getByTestId("required-open")).toContainText("Required for go, still open (1)", LIVE);

  // The lead clears the block: the verdict moves on.
  await checklistItem(lead.page, "Vendor contacts confirmed").getByTestId("item-status").selectOption("done");
  await expectItem(lead.page, "Vendor contacts confirmed", "done");
  await expect(summary).toContainText("4 / 7 items complete · 1 not applicable", LIVE);
  await expect(summary.getByTestId("blocked-items")).toContainText("Blocked (0)");
  await expect(summary.getByTestId("progress-verdict")).toHaveText("Status: In progress: 1 required item open", LIVE);
  await expect(sponsor.page.getByTestId("progress-percent")).toHaveText(/^57%/);
});

test("keyboard: j and k move between items, x ticks and unticks the focused one", async ({
  signInAs,
  launchFactory,
}) => {
  const launch = await launchFactory.createLaunch("keyboard", { plan });
  const { page, api } = await signInAs("lead", { to: `/launches/${launch.id}` });
  await expectLive(page);
  const row = (title: string) => checklistItem(page, title);

  await page.keyboard.press("j");
  await expect(row("Change request approved")).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(row("Vendor contacts confirmed")).toBeFocused();
  await page.keyboard.press("k");
  await expect(row("Load test signed off")).toBeFocused();

  await page.keyboard.press("x");
  await expectItem(page, "Load test signed off", "done");
  await expect(row("Load test signed off")).toBeFocused();
  const loadTest = launch.items.find((item) => item.title === "Load test signed off")!;
  // The page shows the tick optimistically; the server has it once its answer is in.
  await expect.poll(async () => (await api.item(launch.id, loadTest.id)).status).toBe("done");
  await page.keyboard.press("x");
  await expectItem(page, "Load test signed off", "todo");
  await expect.poll(async () => (await api.item(launch.id, loadTest.id)).status).toBe("todo");

  // Across the section boundary, and on to the last row.
  for (let i = 0; i < 10; i++) await page.keyboard.press("j");
  await expect(row("Announce in the EU channel")).toBeFocused();
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await expect(row("Switch traffic to v3")).toBeFocused();
  await page.keyboard.press("x");
  await expectItem(page, "Switch traffic to v3", "done");

  // Letters typed into a field are text, not shortcuts.
  await page.getByTestId("filter-search").focus();
  await page.keyboard.press("j");
  await expect(page.getByTestId("filter-search")).toHaveValue("j");
  await expect(page.getByTestId("filter-search")).toBeFocused();
});
