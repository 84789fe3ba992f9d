import { test, expect, checkboxFor, checklistItem, openLaunch } from "../support/fixtures";
import { account } from "../support/accounts";
import { signedInPage } from "../support/sign-in";

// The brief: a change reaches everyone else's screen within a second.
const LIVE = { timeout: 1_000 };

test("the lead's ticks reach the sponsor's open page live, and are kept", async ({ browser, launch }) => {
  const [first, second] = launch.items;
  const lead = await signedInPage(browser, "lead", { to: `/launches/${launch.id}` });
  const sponsor = await signedInPage(browser, "sponsor", { to: `/launches/${launch.id}` });
  await openLaunch(lead.page, launch.id);
  await openLaunch(sponsor.page, launch.id);
  // A full reload would lose this; it proves the sponsor's page changed in place.
  await sponsor.page.evaluate(() => ((window as unknown as { stillSamePage: boolean }).stillSamePage = true));
  await expect(checklistItem(sponsor.page, first!.title)).toHaveAttribute("data-status", "todo");

  // click, not check(): the box changes when the server has answered, not at the click.
  await checkboxFor(lead.page, first!.title).click();
  await expect(checklistItem(lead.page, first!.title)).toHaveAttribute("data-status", "done");
  await checkboxFor(lead.page, second!.title).click();
  await expect(checklistItem(lead.page, second!.title)).toHaveAttribute("data-status", "done");

  for (const item of [first!, second!]) {
    await expect(checklistItem(sponsor.page, item.title)).toHaveAttribute("data-status", "done", LIVE);
    await expect(checkboxFor(sponsor.page, item.title)).toBeChecked();
  }
  await expect(checklistItem(sponsor.page, first!.title)).toContainText(`Done by ${account("lead").name}`);
  await expect(sponsor.page.getByLabel("Launch checklist progress")).toContainText(`2 / ${launch.items.length}`);

  await checkboxFor(lead.page, second!.title).click();
  await expect(checklistItem(lead.page, second!.title)).toHaveAttribute("data-status", "todo");
  await expect(checklistItem(sponsor.page, second!.title)).toHaveAttribute("data-status", "todo", LIVE);
  await expect(checkboxFor(sponsor.page, second!.title)).not.toBeChecked();
  await expect(checkboxFor(sponsor.page, first!.title)).toBeChecked();
  expect(await sponsor.page.evaluate(() => (window as unknown as { stillSamePage?: boolean }).stillSamePage)).toBe(true);

  // Kept by the server, not only in the pages: a fresh load shows the same state.
  await sponsor.page.reload();
  await expect(checkboxFor(sponsor.page, first!.title)).toBeChecked();
  await expect(checkboxFor(sponsor.page, second!.title)).not.toBeChecked();
  await expect(checklistItem(sponsor.page, first!.title)).toHaveAttribute("data-status", "done");

  await lead.context.close();
  await sponsor.context.close();
});
