import { test, expect } from "../support/fixtures";

// On a 390 px phone the launch views are a bottom bar, not a strip wider than the screen: the sponsor
// reaches the gates (where the go / no-go decision waits) in one tap from any launch page.

test("on a phone the sponsor reaches Gates in one tap from every launch page, nothing wider than the screen", async ({
  signInAs,
  browser,
  launch,
}) => {
  const sponsor = await signInAs("sponsor");
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    storageState: await sponsor.context.storageState(),
  });
  const page = await context.newPage();
  for (const from of ["", "/timeline", "/dashboard", "/checkpoints", "/report"]) {
    await page.goto(`/launches/${launch.id}${from}`);
    await expect(page.getByTestId("launch-tabs")).toBeHidden();
    const bar = page.getByTestId("phone-tabs");
    await expect(bar).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await bar.getByTestId("phone-tab-gates").tap();
    await expect(page).toHaveURL(new RegExp(`/launches/${launch.id}/gates$`));
  }
  // The rest is one tap further, in "More".
  await page.getByTestId("phone-tab-more").tap();
  await page.getByTestId("phone-tab-checkpoints").tap();
  await expect(page).toHaveURL(new RegExp(`/launches/${launch.id}/checkpoints$`));
  await context.close();
});
