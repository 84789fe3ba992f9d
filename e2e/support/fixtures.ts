import { test as base, expect, type Page } from "@playwright/test";
import { openLaunchFactory, type TestLaunch } from "./launch-factory";

type LaunchFactory = Awaited<ReturnType<typeof openLaunchFactory>>;

/** `launch`: a fresh launch for this test alone, named after the test. */
export const test = base.extend<{ launch: TestLaunch }, { launchFactory: LaunchFactory }>({
  launchFactory: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern.
    async ({}, use) => {
      const factory = await openLaunchFactory();
      await use(factory);
      await factory.close();
    },
    { scope: "worker" },
  ],
  launch: async ({ launchFactory }, use, testInfo) => {
    await use(await launchFactory.createLaunch(testInfo.title));
  },
});

export { expect };

/** A checklist row as a person sees it: found by its title, not by an id. */
export function checklistItem(page: Page, title: string) {
  return page.getByTestId("checklist-item").filter({ hasText: title });
}

export function checkboxFor(page: Page, title: string) {
  return checklistItem(page, title).getByRole("checkbox");
}

/** Opens a launch page and waits until its socket has joined the launch's room. */
export async function openLaunch(page: Page, launchId: string) {
  await page.goto(`/launches/${launchId}`);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
}
