// A 1,000-item launch in a real browser: imported through the API, then opened in Chromium; time to the
// first enabled checkbox, to "Live" (hydrated and joined), and for a tick made elsewhere to show.
import { performance } from "node:perf_hooks";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { leafItems, tick } from "./app-client";
import { http, median, sleep } from "./measure";

export type BigLaunchRun = {
  items: number;
  htmlKb: number;
  firstCheckboxMs: number;
  liveMs: number;
  domElements: number;
  tickToScreenMs: number[];
};

function markdown(sections: number, perSection: number): string {
  const lines = [`# Bench big launch ${new Date().toISOString()}`];
  for (let s = 1; s <= sections; s++) {
    lines.push("", `## Section ${s}`);
    for (let i = 1; i <= perSection; i++) lines.push(`- [ ] Item ${s}.${i} verify subsystem ${s}-${i} is healthy`);
  }
  return `${lines.join("\n")}\n`;
}

export async function bigLaunchPage(
  base: string,
  lead: string,
  options: { sections: number; perSection: number; reps: number; ticks: number },
): Promise<BigLaunchRun[]> {
  const executablePath = process.env.CHROMIUM ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const imported = await http(base, "POST", "/api/launches/import", {
    cookie: lead,
    body: { markdown: markdown(options.sections, options.perSection) },
    timeoutMs: 120_000,
  });
  if (imported.status !== 201) throw new Error(`import HTTP ${imported.status}: ${imported.text.slice(0, 200)}`);
  const launchId: string = imported.json.id ?? imported.json.launch?.id;
  const items = await leafItems(base, lead, launchId);
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  const cookies = lead.split("; ").map((pair) => {
    const eq = pair.indexOf("=");
    return {
      name: pair.slice(0, eq),
      value: pair.slice(eq + 1),
      domain: new URL(base).hostname,
      path: "/",
      httpOnly: true,
      sameSite: "Lax" as const,
    };
  });
  const runs: BigLaunchRun[] = [];
  try {
    for (let rep = 0; rep < options.reps; rep++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addCookies(cookies);
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${base}/launches/${launchId}`, { waitUntil: "commit", timeout: 60_000 });
      await page.waitForSelector("[data-testid=checklist-item] input[type=checkbox]:enabled", { timeout: 60_000 });
      const firstCheckboxMs = performance.now() - started;
      await page.waitForSelector("[data-testid=live-status][data-status=live]", { timeout: 60_000 });
      const liveMs = performance.now() - started;
      // Runs in the page: the browser's own performance and document, not Node's.
      const page_ = await page.evaluate(() => ({
        html: (
          globalThis.performance.getEntriesByType("navigation" as never)[0] as unknown as { decodedBodySize: number }
        ).decodedBodySize,
        elements: document.getElementsByTagName("*").length,
      }));
      const tickToScreenMs: number[] = [];
      for (let t = 0; t < options.ticks; t++) {
        // Items near the top are rendered even when the list is virtualised.
        const item = items[(rep * options.ticks + t) % 5]!;
        const sent = performance.now();
        const answer = await tick(base, lead, launchId, item);
        if (answer.status !== 200) continue;
        const shown = `[data-testid=checklist-item][data-item-id="${item.id}"][data-status="${item.status}"]`;
        await page.waitForSelector(shown, { state: "attached", timeout: 15_000 });
        tickToScreenMs.push(performance.now() - sent);
        await sleep(300);
      }
      runs.push({
        items: items.length,
        htmlKb: page_.html / 1024,
        firstCheckboxMs,
        liveMs,
        domElements: page_.elements,
        tickToScreenMs,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return runs;
}

export const summariseBigLaunch = (runs: BigLaunchRun[]) => ({
  firstCheckboxMs: median(runs.map((r) => r.firstCheckboxMs)),
  liveMs: median(runs.map((r) => r.liveMs)),
  tickToScreenMs: median(runs.flatMap((r) => r.tickToScreenMs)),
});
