// How long the lead waits to see their own tick, while a load generator ticks other items of the same
// launch. Real parts only: the production server (its own embedded PostgreSQL and seeded demo launch,
// or BENCH_URL), Chromium, the lead's click on the row's checkbox. Measured in the page: from the click
// event to the row's data-status changing (DOM) and to the next animation frame after it (painted).
//
//   npx next build   # once
//   node --import tsx scripts/bench-own-tick.ts
//   BENCH_SAMPLES=40 BENCH_LOAD_WORKERS=6 node --import tsx scripts/bench-own-tick.ts
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type APIRequestContext, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../playwright.config";
import { killAppServer, startAppServer, type AppServer } from "../e2e/support/app-server";
import { account, DEMO_LAUNCH_NAME, password } from "../e2e/support/accounts";

const samples = Number(process.env.BENCH_SAMPLES ?? 30);
const loadWorkers = Number(process.env.BENCH_LOAD_WORKERS ?? 4);
const port = Number(process.env.BENCH_PORT ?? 3427);

type Item = { id: string; title: string; status: string; version: number; parentId: string | null };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const summary = (name: string, values: number[]) =>
  `${name.padEnd(28)} p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(values, 95)
    .toFixed(1)
    .padStart(7)} ms   max ${Math.max(...values)
    .toFixed(1)
    .padStart(7)} ms`;

/** Ticks and unticks its share of the items as fast as the server answers, until told to stop. */
async function loadLoop(request: APIRequestContext, base: string, items: Item[], stop: { now: boolean }) {
  let writes = 0;
  let refused = 0;
  for (let i = 0; !stop.now; i++) {
    const item = items[i % items.length]!;
    const status = item.status === "done" ? "todo" : "done";
    const answer = await request.patch(`${base}/items/${item.id}`, { data: { status, version: item.version } });
    if (answer.ok()) {
      const body = (await answer.json()) as Item;
      item.status = body.status;
      item.version = body.version;
      writes++;
    } else {
      refused++;
      const fresh = await request.get(`${base}/items/${item.id}`);
      if (fresh.ok()) Object.assign(item, await fresh.json());
    }
  }
  return { writes, refused };
}

// Runs in the page. A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
const installWatch = `(id) => {
  window.benchResult = new Promise((resolve) => {
    const find = () => document.querySelector('[data-testid="checklist-item"][data-item-id="' + id + '"]');
    const before = find()?.getAttribute("data-status");
    let clickedAt = 0;
    let inputDelay = 0;
    // Capture phase on the document: the first moment the page knows of the click. The click's own
    // timeStamp is when the input arrived; the gap until this listener runs is time spent waiting for the
    // page's main thread (busy, or not scheduled at all on a starved machine).
    document.addEventListener("click", (event) => {
      clickedAt = event.timeStamp;
      inputDelay = performance.now() - event.timeStamp;
    }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!clickedAt || find()?.getAttribute("data-status") === before) return;
      observer.disconnect();
      const dom = performance.now() - clickedAt;
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - clickedAt, inputDelay }));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributeFilter: ["data-status"] });
  });
}`;

/** One measured tick: click the row's checkbox, time the row's change in the page. */
async function measureTick(page: Page, item: Item) {
  const row = page.locator(`[data-testid="checklist-item"][data-item-id="${item.id}"]`);
  await row.scrollIntoViewIfNeeded();
  await page.evaluate(`(${installWatch})(${JSON.stringify(item.id)})`);
  const answered = page
    .waitForResponse(
      (response) => response.request().method() === "PATCH" && response.url().endsWith(`/items/${item.id}`),
    )
    .catch(() => null);
  const sentAt = Date.now();
  await row.getByRole("checkbox").click();
  const result = (await page.evaluate("window.benchResult")) as { dom: number; frame: number; inputDelay: number };
  await answered;
  if (process.env.BENCH_VERBOSE) console.log(`${item.title.slice(0, 40).padEnd(40)} ${result.dom.toFixed(1)} ms`);
  return { ...result, answer: Date.now() - sentAt };
}

async function main() {
  let server: AppServer | undefined;
  let dataDir: string | undefined;
  let url = process.env.BENCH_URL;
  if (!url) {
    dataDir = mkdtempSync(path.join(tmpdir(), "launch-control-bench-"));
    chmodSync(dataDir, 0o711);
    server = await startAppServer({ port, dataDir });
    url = server.url;
  }
  const browser = await chromium.launch(chromiumLaunchOptions);
  const stop = { now: false };
  let load: Promise<unknown> = Promise.resolve();
  try {
    const context = await browser.newContext({ baseURL: url, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto("/signin?callbackUrl=%2F");
    await page.getByLabel("Email").fill(account("lead").email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const demo = page.getByRole("link", { name: new RegExp(DEMO_LAUNCH_NAME) });
    const launchId = (await demo.getAttribute("href"))!.split("/").pop()!;
    const base = `${url}/api/launches/${launchId}`;

    const snapshot = (await (await context.request.get(base)).json()) as { sections: { items: Item[] }[] };
    const items = snapshot.sections.flatMap((section) => section.items);
    const leaves = items.filter((item) => item.status === "todo" && !items.some((o) => o.parentId === item.id));
    // A few items the lead ticks and unticks in turn (each click is a sample); the rest are the load's.
    const measured = leaves.slice(0, 4);
    const loaded = leaves.slice(4);
    if (loaded.length < loadWorkers)
      throw new Error(`The demo launch has ${leaves.length} open leaf items: too few for ${loadWorkers} load workers.`);

    await page.goto(`/launches/${launchId}`);
    await page.locator('[data-testid="live-status"][data-status="live"]').first().waitFor();

    // Main-thread tasks over 50 ms while the load runs: what a click can be stuck behind.
    await page.evaluate(`window.benchLongTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.benchLongTasks.push(e.duration)))
        .observe({ type: "longtask" });`);
    // The load: other items ticked by the lead's own session (each answer is an event every screen applies).
    const share = (worker: number) => loaded.filter((_, index) => index % loadWorkers === worker);
    const startedAt = Date.now();
    const loads = Promise.all(
      Array.from({ length: loadWorkers }, (_, worker) => loadLoop(context.request, base, share(worker), stop)),
    );
    load = loads.catch(() => undefined);
    await page.waitForTimeout(1_000);

    const results = [];
    for (let sample = 0; sample < samples; sample++) {
      results.push(await measureTick(page, measured[sample % measured.length]!));
      await page.waitForTimeout(150);
    }
    stop.now = true;
    const loadDone = await loads;
    const writes = loadDone.reduce((sum, worker) => sum + worker.writes, 0);
    const seconds = (Date.now() - startedAt) / 1000;

    console.log(`Own tick under load: ${results.length} ticks, ${loadWorkers} load workers`);
    console.log(
      `Load: ${writes} writes in ${seconds.toFixed(1)} s (${(writes / seconds).toFixed(1)}/s), ${loadDone.reduce((s, w) => s + w.refused, 0)} refused`,
    );
    console.log(
      summary(
        "click → row changed (DOM)",
        results.map((r) => r.dom),
      ),
    );
    console.log(
      summary(
        "click → next frame",
        results.map((r) => r.frame),
      ),
    );
    console.log(
      summary(
        "click → server answered",
        results.map((r) => r.answer),
      ),
    );
    console.log(
      summary(
        "of which input delay",
        results.map((r) => r.inputDelay),
      ),
    );
    const longTasks = (await page.evaluate("window.benchLongTasks")) as number[];
    console.log(
      longTasks.length > 0
        ? summary(`long tasks (${longTasks.length} over 50 ms)`, longTasks)
        : "No long tasks (> 50 ms).",
    );
  } finally {
    // The load stops before its browser context goes away, so no request is cut off mid-flight.
    stop.now = true;
    await load;
    await browser.close();
    if (server && dataDir) {
      await killAppServer(server, dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
