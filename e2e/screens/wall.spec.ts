import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { createRichLaunch } from "./rich-launch";
import { watchConsole } from "./console";

// The wall screen on the TV of the war room: a 30-step plan with an alarm up and a decision taken must
// fit the screen whole — no scrolling, nothing cut off — at 1080p and at 4K.

/** Every visible element of the page that reaches past the viewport (or is cut by a clipping parent). */
async function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const height = window.innerHeight;
    const out: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>("[data-testid='wall-screen'] *"))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1 || box.bottom > height + 1 || box.left < -1 || box.top < -1) {
        out.push(
          `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)} ${Math.round(box.right)}×${Math.round(box.bottom)}`,
        );
      }
    }
    return {
      out,
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      width,
      height,
    };
  });
}

/** Is `inner` wholly inside `outer` (the column that clips it)? */
async function inside(page: Page, inner: string, outer: string) {
  const [a, b] = await Promise.all([page.locator(inner).boundingBox(), page.locator(outer).boundingBox()]);
  return (
    !!a &&
    !!b &&
    a.y >= b.y - 1 &&
    a.y + a.height <= b.y + b.height + 1 &&
    a.x >= b.x - 1 &&
    a.x + a.width <= b.x + b.width + 1
  );
}

for (const [width, height] of [
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`the wall fits a 30-step plan, an alarm and a decision at ${width}×${height}`, async ({
    signInAs,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const lead = await signInAs("lead");
    const sponsor = await signInAs("sponsor");
    const { launchId, stepIds } = await createRichLaunch(
      lead.api,
      sponsor.api,
      `Wall ${width} ${testInfo.workerIndex}-${Date.now()}`,
    );

    const context = await browser.newContext({
      viewport: { width, height },
      storageState: await lead.context.storageState(),
    });
    const page = await context.newPage();
    const console = watchConsole(page);
    await page.goto(`/launches/${launchId}/wall?zone=America/New_York`);
    // A generous wait: this test seeds a whole plan first, on a machine shared with other suites.
    await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live", { timeout: 15_000 });
    await expect(page.getByTestId("presence-person").first()).toBeVisible();
    await page.waitForTimeout(500); // let the measured Gantt settle after its first resize
    await page.screenshot({ path: testInfo.outputPath(`wall-${width}x${height}.png`) });

    const fit = await overflowing(page);
    expect(fit.out, "elements past the edge of the screen").toEqual([]);
    expect(fit.scrollHeight).toBeLessThanOrEqual(height);
    expect(fit.scrollWidth).toBeLessThanOrEqual(width);

    // The running step and every next step are shown whole, inside their column.
    await expect(page.getByTestId("running-step")).toHaveAttribute("data-step-id", stepIds[8]!);
    expect(await inside(page, "[data-testid='running-steps']", "[aria-label='Running now']")).toBe(true);
    const nextUp = page.getByTestId("next-up").locator("li");
    expect(await nextUp.count()).toBeGreaterThanOrEqual(2);
    const column = await page.locator("[aria-label='Next up']").boundingBox();
    const main = await page.locator("main").boundingBox();
    for (const box of await Promise.all((await nextUp.all()).map((item) => item.boundingBox()))) {
      expect(
        box && column && main && box.y + box.height <= Math.min(column.y + column.height, main.y + main.height) + 1,
      ).toBe(true);
    }
    // The Gantt shows the running step and what follows, and says how many it leaves out.
    await expect(page.locator(`[data-testid="gantt-bar"][data-step-id="${stepIds[8]}"]`)).toHaveCount(1);
    await expect(page.locator(`[data-testid="gantt-bar"][data-step-id="${stepIds[11]}"]`)).toHaveCount(1);
    await expect(page.getByTestId("wall-timeline-summary")).toContainText("more later");

    // The alarm reads from across the room; GO/NO-GO names who decided; both clocks say their zone.
    const reason = page.getByTestId("rollback-alarm-reason").first();
    await expect(reason).toContainText("Card authorisations failing");
    expect(
      Number.parseFloat(await reason.evaluate((element) => getComputedStyle(element).fontSize)),
    ).toBeGreaterThanOrEqual(32);
    await expect(page.getByTestId("wall-decision")).toHaveAttribute("data-decision", "go");
    await expect(page.getByTestId("wall-decision")).toContainText("Sam Sponsor");
    await expect(page.getByTestId("wall-clock")).toContainText(/CET|CEST|GMT\+1|GMT\+2/);
    await expect(page.getByTestId("wall-second-clock")).toContainText(/EST|EDT|GMT-5|GMT-4/);
    expect(console.errors(), "console errors").toEqual([]);
    await context.close();
  });
}
