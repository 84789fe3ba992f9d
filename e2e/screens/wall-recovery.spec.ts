import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { DEMO_LAUNCH_NAME } from "../support/accounts";
import { launchApi } from "../support/api";
import { killAppServer, startAppServer, type AppServer } from "../support/app-server";
import { realtimeSwitch } from "../support/realtime-switch";
import { signedInPage } from "../support/sign-in";

// The wall runs all night with nobody at the keyboard: when the network drops or the server restarts it
// says so, comes back to "Live" by itself (no reload), and shows what happened while it was away.

const BACK = { timeout: 20_000 };
const liveStatus = (page: Page) => page.getByTestId("live-status");
const entry = (page: Page, text: string) => page.getByTestId("activity-entry").filter({ hasText: text });

test("the wall shows a dropped connection, reconnects by itself and catches up what it missed", async ({
  signInAs,
  launch,
  browser,
}) => {
  const lead = await signInAs("lead");
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    storageState: await lead.context.storageState(),
  });
  const page = await context.newPage();
  const network = await realtimeSwitch(page);
  await page.goto(`/launches/${launch.id}/wall`);
  await expect(liveStatus(page)).toHaveAttribute("data-status", "live", BACK);
  await network.waitForWebSocket();
  const progress = page.getByTestId("checklist-progress");
  const before = await progress.getAttribute("data-percent");

  await network.goDown();
  await expect(liveStatus(page)).toHaveAttribute("data-status", "offline");
  await expect(liveStatus(page)).toContainText("Reconnecting");
  // Made while the wall is cut off: it cannot arrive as a live event.
  const item = launch.items[0]!;
  const ticked = await lead.api.setStatus(launch.id, item.id, { status: "done" });
  expect(ticked.status, ticked.text).toBe(200);
  await page.waitForTimeout(1_000);
  await expect(progress).toHaveAttribute("data-percent", before!);

  network.goUp();
  await expect(liveStatus(page)).toHaveAttribute("data-status", "live", BACK);
  await expect(progress).not.toHaveAttribute("data-percent", before!);
  await expect(entry(page, item.title)).toHaveCount(1);
  await context.close();
});

test("a wall woken from sleep fetches what it missed at once, before its socket notices anything", async ({
  signInAs,
  launch,
  browser,
}) => {
  const lead = await signInAs("lead");
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    storageState: await lead.context.storageState(),
  });
  const page = await context.newPage();
  const network = await realtimeSwitch(page);
  await page.goto(`/launches/${launch.id}/wall`);
  await expect(liveStatus(page)).toHaveAttribute("data-status", "live", BACK);
  await network.waitForWebSocket();

  network.mute();
  const item = launch.items[1]!;
  const ticked = await lead.api.setStatus(launch.id, item.id, { status: "done" });
  expect(ticked.status, ticked.text).toBe(200);
  await page.waitForTimeout(1_500);
  // Lost without a word: the wall still says Live and has not seen the tick.
  await expect(liveStatus(page)).toHaveAttribute("data-status", "live");
  await expect(entry(page, item.title)).toHaveCount(0);

  // The screen is shown again (the machine woke up): it catches up over HTTP, long before the
  // socket's heartbeat (25 s + 20 s) would have noticed the dead connection.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(entry(page, item.title)).toHaveCount(1, { timeout: 3_000 });
  network.unmute();
  await context.close();
});

const port = Number(process.env.E2E_WALL_RESTART_PORT ?? 3417);
let dataDir: string;
let server: AppServer | undefined;

test.describe("across a server restart", () => {
  test.beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "launch-control-wall-restart-"));
    // Started as root, the embedded PostgreSQL runs as `postgres`, which must pass through this directory.
    chmodSync(dataDir, 0o711);
  });

  test.afterAll(async () => {
    await killAppServer(server, dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("the wall comes back to Live after the server restarts and shows a tick made meanwhile", async ({ browser }) => {
    test.setTimeout(180_000);
    server = await startAppServer({ port, dataDir });
    const { context, page } = await signedInPage(browser, "lead", { baseURL: server.url });
    const demo = page.getByRole("link", { name: new RegExp(DEMO_LAUNCH_NAME) });
    const launchId = (await demo.getAttribute("href"))!.split("/").pop()!;
    const api = launchApi(context.request);
    const items = (await api.snapshot(launchId)).sections.flatMap((section) => section.items);
    const leaf = items.find((item) => item.status === "todo" && !items.some((other) => other.parentId === item.id))!;

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/launches/${launchId}/wall`);
    await expect(liveStatus(page)).toHaveAttribute("data-status", "live", BACK);

    expect(await server.stop("SIGTERM"), `a clean exit on SIGTERM:\n${server.output()}`).toBe(0);
    await expect(liveStatus(page)).toHaveAttribute("data-status", "offline");
    server = await startAppServer({ port, dataDir });
    // Ticked as soon as the server is back, before the wall has necessarily rejoined.
    const ticked = await api.setStatus(launchId, leaf.id, { status: "done" });
    expect(ticked.status, ticked.text).toBe(200);

    await expect(liveStatus(page)).toHaveAttribute("data-status", "live", BACK);
    await expect(entry(page, leaf.title)).toHaveCount(1, BACK);
    await context.close();
  });
});
