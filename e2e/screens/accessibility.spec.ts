import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "../support/fixtures";
import { DEMO_LAUNCH_NAME } from "../support/accounts";
import { createRichLaunch } from "./rich-launch";
import { watchConsole } from "./console";

// Every page passes axe with no serious or critical violation, in the light and the dark theme, at a
// desktop and a phone size: for the demo launch and for a launch on the day (gates decided, an open
// critical incident, checkpoints' success criteria, a running timeline). And no page logs an error.

const launchPages = [
  "",
  "?tab=activity",
  "/timeline",
  "/dashboard",
  "/wall",
  "/gates",
  "/checkpoints",
  "/report",
  "/settings",
];
const otherPages = ["/", "/launches/new", "/admin/accounts"];

const sets = ["other pages", "the demo launch", "a launch on the day"] as const;

for (const colorScheme of ["light", "dark"] as const) {
  for (const [label, viewport] of [
    ["desktop", { width: 1366, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    for (const set of sets) {
      test(`${set}: every page passes axe (${colorScheme}, ${label}) with a clean console`, async ({
        signInAs,
        browser,
      }, testInfo) => {
        test.setTimeout(240_000);
        const lead = await signInAs("lead");
        let urls = otherPages;
        if (set === "the demo launch") {
          const demo = (await lead.api.launches()).find((launch) => launch.name === DEMO_LAUNCH_NAME);
          expect(demo, "the demo launch").toBeTruthy();
          urls = launchPages.map((page) => `/launches/${demo!.id}${page}`);
        } else if (set === "a launch on the day") {
          const sponsor = await signInAs("sponsor");
          const rich = await createRichLaunch(
            lead.api,
            sponsor.api,
            `Axe ${colorScheme} ${label} ${testInfo.workerIndex}-${Date.now()}`,
          );
          urls = launchPages.map((page) => `/launches/${rich.launchId}${page}`);
        }

        const context = await browser.newContext({
          viewport,
          colorScheme,
          storageState: await lead.context.storageState(),
        });
        const page = await context.newPage();
        const console = watchConsole(page);
        const found: string[] = [];
        for (const url of urls) {
          await page.goto(url);
          await expect(page.locator("main")).toHaveCount(1);
          // Live pages settle once their socket has joined (or at once where there is none).
          await expect(page.getByTestId("live-status").first())
            .not.toHaveAttribute("data-status", "connecting", { timeout: 15_000 })
            .catch(() => undefined);
          const { violations } = await new AxeBuilder({ page }).analyze();
          for (const violation of violations.filter(
            (candidate) => candidate.impact === "serious" || candidate.impact === "critical",
          )) {
            for (const node of violation.nodes)
              found.push(
                `${url} ${violation.id}: ${node.target.join(" ")} — ${node.failureSummary?.split("\n")[1]?.trim() ?? ""}`,
              );
          }
        }
        await context.close();
        expect(found, "serious or critical axe violations").toEqual([]);
        expect(console.errors(), "console errors").toEqual([]);
      });
    }
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
