import { test, expect, expectItem, openLaunch } from "../support/fixtures";
import { launchApi } from "../support/api";
import { realtimeSwitch } from "../support/realtime-switch";
import { signIn, signedInPage } from "../support/sign-in";

test("a page whose connection dropped catches up on the changes it missed", async ({ browser, page, launch }) => {
  const [first, , third] = launch.items;
  const lead = await signedInPage(browser, "lead");
  const leadApi = launchApi(lead.context.request);

  const connection = await realtimeSwitch(page);
  await signIn(page, "sponsor", { to: `/launches/${launch.id}` });
  await openLaunch(page, launch.id);
  await connection.waitForWebSocket();
  await page.evaluate(() => ((window as unknown as { stillSamePage: boolean }).stillSamePage = true));

  await connection.goDown();
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "offline");
  for (const item of [first!, third!]) {
    expect((await leadApi.setStatus(launch.id, item.id, { status: "done" })).status).toBe(200);
  }
  // Were the socket still up, these would arrive within milliseconds; the page must really have missed them.
  await page.waitForTimeout(500);
  await expectItem(page, first!.title, "todo");
  await expectItem(page, third!.title, "todo");

  connection.goUp();
  // socket.io retries with a backoff of up to 5 s.
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live", { timeout: 10_000 });
  for (const item of [first!, third!]) await expectItem(page, item.title, "done");
  await expectItem(page, launch.items[1]!.title, "todo");
  expect(await page.evaluate(() => (window as unknown as { stillSamePage?: boolean }).stillSamePage)).toBe(true);

  // And it is live again: the next change arrives without another reconnect.
  expect((await leadApi.setStatus(launch.id, first!.id, { status: "todo" })).status).toBe(200);
  await expectItem(page, first!.title, "todo", { timeout: 1_000 });

  await lead.context.close();
});
