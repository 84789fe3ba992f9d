import { test, expect, checklistItem, expectItem, openLaunch, toggleItem } from "../support/fixtures";
import { account } from "../support/accounts";
import { signedInPage } from "../support/sign-in";

// The promise of the product: a change reaches everyone else's screen within a second.
const LIVE = { timeout: 1_000 };

test("the lead's ticks reach the sponsor's open page live, and are kept", async ({ browser, launch }) => {
  const [first, second] = launch.items.map((item) => item.title);
  const lead = await signedInPage(browser, "lead", { to: `/launches/${launch.id}` });
  const sponsor = await signedInPage(browser, "sponsor", { to: `/launches/${launch.id}` });
  await openLaunch(lead.page, launch.id);
  await openLaunch(sponsor.page, launch.id);
  // A reload would lose this marker: it proves the sponsor's page changed in place.
  await sponsor.page.evaluate(() => ((window as unknown as { stillSamePage: boolean }).stillSamePage = true));
  await expectItem(sponsor.page, first!, "todo");

  await toggleItem(lead.page, first!, "done");
  await expectItem(sponsor.page, first!, "done", LIVE);
  await expect(checklistItem(sponsor.page, first!)).toContainText(account("lead").name);
  await toggleItem(lead.page, second!, "done");
  await expectItem(sponsor.page, second!, "done", LIVE);

  await toggleItem(lead.page, second!, "todo");
  await expectItem(sponsor.page, second!, "todo", LIVE);
  await expectItem(sponsor.page, first!, "done");
  expect(await sponsor.page.evaluate(() => (window as unknown as { stillSamePage?: boolean }).stillSamePage)).toBe(
    true,
  );

  // Kept by the server, not only in the two pages: a fresh load shows the same.
  await sponsor.page.reload();
  await expectItem(sponsor.page, first!, "done");
  await expectItem(sponsor.page, second!, "todo");

  await lead.context.close();
  await sponsor.context.close();
});
