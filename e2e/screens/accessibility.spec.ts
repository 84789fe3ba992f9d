import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "../support/fixtures";
import { DEMO_LAUNCH_NAME } from "../support/accounts";
import { createRichLaunch } from "./rich-launch";
import { watchConsole } from "./console";

// Every page passes axe with no serious or critical violation, in the light and the dark theme, at a
// desktop and a phone size: for the demo launch and for a launch on the day (gates decided, an open
// critical incident, checkpoints' success criteria, a running timeline). And no page logs an error.

const launchPages = ["", "?tab=activity", "/timeline", "/dashboard", "/wall", "/gates", "/checkpoints", "/report", "/settings"];
const otherPages = ["/", "/launches/new", "/admin/accounts"];

for (const colorScheme of ["light", "dark"] as const) {
  for (const [label, viewport] of [
    ["desktop", { width: 1366, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    test(`every page passes axe (${colorScheme}, ${label}) with a clean console`, async ({ signInAs, browser }, testInfo) => {
      test.setTimeout(300_000);
      const lead = await signInAs("lead");
      const sponsor = await signInAs("sponsor");
      const demo = (await lead.api.launches()).find((launch) => launch.name === DEMO_LAUNCH_NAME);
      expect(demo, "the demo launch").toBeTruthy();
      const rich = await createRichLaunch(lead.api, sponsor.api, `Axe ${colorScheme} ${label} ${testInfo.workerIndex}-${Date.now()}`);
      const urls = [...otherPages, ...[demo!.id, rich.launchId].flatMap((id) => launchPages.map((page) => `/launches/${id}${page}`))];

      const context = await browser.newContext({ viewport, colorScheme, storageState: await lead.context.storageState() });
      const page = await context.newPage();
      const console = watchConsole(page);
      const found: string[] = [];
      for (const url of urls) {
        await page.goto(url);
        await page.waitForLoadState("networkidle").catch(() => undefined);
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const violation of violations.filter((candidate) => candidate.impact === "serious" || candidate.impact === "critical")) {
          for (const node of violation.nodes) found.push(`${url} ${violation.id}: ${node.target.join(" ")} — ${node.failureSummary?.split("\n")[1]?.trim() ?? ""}`);
        }
        await expect(page.locator("main")).toHaveCount(1);
      }
      await context.close();
      expect(found, "serious or critical axe violations").toEqual([]);
      expect(console.errors(), "console errors").toEqual([]);
    });
  }
}

test("the skip link is the first Tab stop and lands on the page's content", async ({ signInAs }) => {
  const { page } = await signInAs("lead");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
