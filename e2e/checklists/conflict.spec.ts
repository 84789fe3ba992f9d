import { test, expect, LIVE, checklistItem, expectItem, expectLive } from "../support/fixtures";
import { account } from "../support/accounts";
import { realtimeSwitch } from "../support/realtime-switch";

// Two people change the same item, one of them from a page that has not heard of the other's change.
// The second write must not silently overwrite the first, nor silently vanish: the member is told what
// happened, sees the item as it now is, and can still apply their change on purpose.

const itemTitle = "Run the smoke suite";
const reason = "Blue pool health checks failing";

test("a change made from a stale page is refused with an explanation, and can be re-applied", async ({
  signInAs,
  launchFactory,
}) => {
  const launch = await launchFactory.createLaunch("stale page conflict", {
    plan: [{ title: "Cutover", items: ["Switch traffic to v3", { title: itemTitle, owner: "member" }] }],
  });
  const to = `/launches/${launch.id}`;
  const item = launch.items.find((candidate) => candidate.title === itemTitle)!;

  // The member's page, with a switch on its live connection.
  const { page } = await signInAs("member");
  const connection = await realtimeSwitch(page);
  await page.goto(to);
  await expectLive(page);
  await connection.waitForWebSocket();
  const lead = await signInAs("lead", { to });
  await expectLive(lead.page);

  await connection.goDown();
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "offline");

  // The lead blocks the item; the member's page cannot hear of it.
  await checklistItem(lead.page, itemTitle).getByTestId("item-status").selectOption("blocked");
  await lead.page.getByTestId("reason-input").fill(reason);
  await lead.page.getByTestId("reason-confirm").click();
  await expect(checklistItem(lead.page, itemTitle)).toHaveAttribute("data-status", "blocked");
  await page.waitForTimeout(300);
  await expectItem(page, itemTitle, "todo");

  // The member ticks it, from what they (wrongly) believe is an open item.
  await checklistItem(page, itemTitle).getByRole("checkbox").click();

  const row = checklistItem(page, itemTitle);
  const conflict = row.getByTestId("item-conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(`${account("lead").name} changed this at`);
  await expect(conflict).toContainText("your change was not saved");
  // The row now shows what the server has: the lead's block and why.
  await expect(row).toHaveAttribute("data-status", "blocked");
  await expect(row.getByRole("checkbox")).not.toBeChecked();
  await expect(row.getByTestId("item-reason")).toHaveText(`Blocked: ${reason}`);
  // The lead's change stands on the server, untouched by the refused write.
  const kept = await lead.api.item(launch.id, item.id);
  expect(kept).toMatchObject({ status: "blocked", statusReason: reason });
  await expect(checklistItem(lead.page, itemTitle)).toHaveAttribute("data-status", "blocked");

  // Having seen the block, the member decides their tick is right after all.
  await conflict.getByTestId("apply-mine-again").click();
  await expect(conflict).toBeHidden();
  await expectItem(page, itemTitle, "done");
  expect(await lead.api.item(launch.id, item.id)).toMatchObject({ status: "done", version: kept.version + 1 });
  await expectItem(lead.page, itemTitle, "done", LIVE);

  // Back online, a fresh load agrees with the server and nothing is left over.
  connection.goUp();
  await page.reload();
  await expectLive(page);
  await expectItem(page, itemTitle, "done");
  await expect(checklistItem(page, itemTitle).getByTestId("item-conflict")).toHaveCount(0);
});

test("a stale edit of an item that was deleted meanwhile says so instead of failing silently", async ({
  signInAs,
  launchFactory,
}) => {
  const launch = await launchFactory.createLaunch("stale page deleted item", {
    plan: [{ title: "Cutover", items: ["Switch traffic to v3", { title: itemTitle, owner: "member" }] }],
  });
  const to = `/launches/${launch.id}`;
  const item = launch.items.find((candidate) => candidate.title === itemTitle)!;
  const { page } = await signInAs("member");
  const connection = await realtimeSwitch(page);
  await page.goto(to);
  await expectLive(page);
  await connection.waitForWebSocket();
  const lead = await signInAs("lead");

  await connection.goDown();
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "offline");
  expect((await lead.api.send("DELETE", `/api/launches/${launch.id}/items/${item.id}`)).status).toBe(200);

  await checklistItem(page, itemTitle).getByRole("checkbox").click();
  await expect(checklistItem(page, itemTitle).getByTestId("item-error")).toHaveText(/Checklist item was not found/);
  // Nothing came back to life on the server.
  const titles = (await lead.api.snapshot(launch.id)).sections.flatMap((section) =>
    section.items.map((row) => row.title),
  );
  expect(titles).toEqual(["Switch traffic to v3"]);

  // Once reconnected, the page catches up and the deleted row goes away.
  connection.goUp();
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live", { timeout: 10_000 });
  await expect(checklistItem(page, itemTitle)).toHaveCount(0);
});
