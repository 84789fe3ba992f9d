import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect, expectItem, openLaunch, toggleItem } from "../support/fixtures";
import { DEMO_LAUNCH_NAME } from "../support/accounts";
import { launchApi } from "../support/api";
import { killAppServer, startAppServer, type AppServer } from "../support/app-server";
import { signedInPage } from "../support/sign-in";

const port = Number(process.env.E2E_RESTART_PORT ?? 3101);
let dataDir: string;
let server: AppServer | undefined;

test.beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "launch-control-restart-"));
  // Started as root, the embedded PostgreSQL runs as `postgres`, which must pass through this directory.
  chmodSync(dataDir, 0o711);
});

test.afterAll(async () => {
  await killAppServer(server, dataDir);
  rmSync(dataDir, { recursive: true, force: true });
});

test("a tick survives stopping and starting the server", async ({ browser }) => {
  test.setTimeout(120_000);
  server = await startAppServer({ port, dataDir });
  const { context, page } = await signedInPage(browser, "lead", { baseURL: server.url });

  const demo = page.getByRole("link", { name: new RegExp(DEMO_LAUNCH_NAME) });
  const launchId = (await demo.getAttribute("href"))!.split("/").pop()!;
  const snapshot = await launchApi(context.request).snapshot(launchId);
  const items = snapshot.sections.flatMap((section) => section.items);
  // A leaf: a parent's status follows its sub-items and cannot be ticked itself.
  const title = items.find(
    (item) => item.status === "todo" && !items.some((other) => other.parentId === item.id),
  )!.title;
  await openLaunch(page, launchId);
  await toggleItem(page, title, "done");

  expect(await server.stop("SIGTERM"), `a clean exit on SIGTERM:\n${server.output()}`).toBe(0);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "offline");

  server = await startAppServer({ port, dataDir });
  await page.reload();
  await expectItem(page, title, "done");
  // The same data directory, not a fresh seed beside it: still exactly one demo launch.
  await page.goto("/");
  await expect(page.getByRole("link", { name: new RegExp(DEMO_LAUNCH_NAME) })).toHaveCount(1);

  await context.close();
});
