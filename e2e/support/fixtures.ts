import { test as base, expect, type Page } from "@playwright/test";
import { openLaunchFactory, type TestLaunch } from "./launch-factory";

type LaunchFactory = Awaited<ReturnType<typeof openLaunchFactory>>;

/** `launch`: a fresh launch for this test alone, named after the test. */
export const test = base.extend<{ launch: TestLaunch }, { launchFactory: LaunchFactory }>({
  launchFactory: [
    // `provide`, not Playwright's usual `use`: the React hooks lint rule takes any `use(...)` for a hook.
    async ({}, provide) => {
      const factory = await openLaunchFactory();
      await provide(factory);
      await factory.close();
    },
    { scope: "worker" },
  ],
  launch: async ({ launchFactory }, provide, testInfo) => {
    await provide(await launchFactory.createLaunch(testInfo.title));
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

/** What a person sees of an item: its row's state and its box, ticked or not. */
export async function expectItem(page: Page, title: string, status: "done" | "todo", options: { timeout?: number } = {}) {
  await expect(checklistItem(page, title)).toHaveAttribute("data-status", status, options);
  if (status === "done") await expect(checkboxFor(page, title)).toBeChecked(options);
  else await expect(checkboxFor(page, title)).not.toBeChecked(options);
}

/** Ticks or unticks an item by its checkbox, as a person does, and waits for the server's answer. */
export async function toggleItem(page: Page, title: string, to: "done" | "todo") {
  // click, not check(): the box follows the server's answer, not the click.
  await checkboxFor(page, title).click();
  await expectItem(page, title, to);
}

/** Opens a launch page and waits until its socket has joined the launch's room. */
export async function openLaunch(page: Page, launchId: string) {
  await page.goto(`/launches/${launchId}`);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
}
