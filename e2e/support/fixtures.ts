import { test as base, expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { openLaunchFactory, type TestLaunch } from "./launch-factory";
import { launchApi } from "./api";
import { credentialsOf, signIn, type Person } from "./sign-in";

type LaunchFactory = Awaited<ReturnType<typeof openLaunchFactory>>;
type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** One person's own browser context, on the page they asked for, with their HTTP API beside it. */
export type SignedIn = { context: BrowserContext; page: Page; api: ReturnType<typeof launchApi> };
export type SignInAs = (person: Person, options?: { to?: string }) => Promise<SignedIn>;

/**
 * `launch`: a fresh launch for this test alone, named after the test.
 * `signInAs`: a new browser context signed in as someone. The first time a worker needs a person it
 * signs in through the real form; later contexts reuse that session's cookies (the form is what is
 * tested once; a hundred more bcrypt checks would only slow the suite down). Closed after the test.
 */
export const test = base.extend<
  { launch: TestLaunch; signInAs: SignInAs },
  { launchFactory: LaunchFactory; sessions: Map<string, StorageState> }
>({
  launchFactory: [
    // `provide`, not Playwright's usual `use`: the React hooks lint rule takes any `use(...)` for a hook.
    async ({}, provide) => {
      const factory = await openLaunchFactory();
      await provide(factory);
      await factory.close();
    },
    { scope: "worker" },
  ],
  sessions: [
    async ({}, provide) => {
      await provide(new Map());
    },
    { scope: "worker" },
  ],
  launch: async ({ launchFactory }, provide, testInfo) => {
    await provide(await launchFactory.createLaunch(testInfo.title.slice(0, 150)));
  },
  signInAs: async ({ browser, baseURL, sessions }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (person, { to = "/" } = {}) => {
      const key = `${baseURL} ${credentialsOf(person).email}`;
      const known = sessions.get(key);
      const context = await browser.newContext(known ? { storageState: known } : {});
      contexts.push(context);
      watchForCspViolations(context);
      const page = await context.newPage();
      if (known) {
        await page.goto(to);
      } else {
        await signIn(page, person, { to });
        sessions.set(key, await context.storageState());
      }
      return { context, page, api: launchApi(context.request) };
    });
    const violations = contexts.flatMap((context) => cspViolations.get(context) ?? []);
    for (const context of contexts) await context.close();
    // Every page of every test runs under the app's Content-Security-Policy: anything it blocked is a bug.
    expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
  },
});

const cspViolations = new WeakMap<BrowserContext, string[]>();

/** Records the browser's console reports of anything the page's Content-Security-Policy blocked. */
export function watchForCspViolations(context: BrowserContext): string[] {
  const seen: string[] = [];
  cspViolations.set(context, seen);
  const watch = (page: Page) =>
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) seen.push(`${page.url()}: ${message.text()}`);
    });
  context.pages().forEach(watch);
  context.on("page", watch);
  return seen;
}

export { expect };

/** The promise of the product: a change reaches everyone else's screen within a second. */
export const LIVE = { timeout: 1_000 };

/** A checklist row as a person sees it: found by its title, not by an id. */
export function checklistItem(scope: Page | Locator, title: string) {
  // Matched on the title exactly, so "Run the smoke suite" does not also find "Run the smoke suite again".
  const page = "page" in scope ? scope.page() : scope;
  const label = page.locator('label[id^="item-title-"]').getByText(title, { exact: true });
  return scope.getByTestId("checklist-item").filter({ has: label });
}

export function checkboxFor(page: Page, title: string) {
  return checklistItem(page, title).getByRole("checkbox");
}

/** A section of the checklist by its id. */
export function checklistSection(page: Page, sectionId: string) {
  return page.locator(`[data-testid="checklist-section"][data-section-id="${sectionId}"]`);
}

/** The item titles shown in `scope` (a page or a section), top to bottom. */
export function itemTitles(scope: Page | Locator) {
  return scope.locator('[data-testid="checklist-item"] label[id^="item-title-"]');
}

/** What a person sees of an item: its row's state and its box, ticked or not. */
export async function expectItem(
  page: Page,
  title: string,
  status: "done" | "todo",
  options: { timeout?: number } = {},
) {
  await expect(checklistItem(page, title)).toHaveAttribute("data-status", status, options);
  if (status === "done") await expect(checkboxFor(page, title)).toBeChecked(options);
  else await expect(checkboxFor(page, title)).not.toBeChecked(options);
}

/** Ticks or unticks an item by its checkbox, as a person does, and waits for the server's answer. */
export async function toggleItem(page: Page, title: string, to: "done" | "todo") {
  // The box shows the change at once (optimistic); the tick counts once the server has acknowledged it.
  const acknowledged = page.waitForResponse(
    (response) =>
      response.request().method() === "PATCH" && /\/api\/launches\/[^/]+\/items\/[^/]+$/.test(response.url()),
  );
  // click, not check(): the box follows the server's state, not the click alone.
  await checkboxFor(page, title).click();
  expect((await acknowledged).ok(), "the server acknowledged the tick").toBe(true);
  await expectItem(page, title, to);
}

/** Waits until the page's socket has joined the launch's room. */
export async function expectLive(page: Page) {
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
}

/** Opens a launch page and waits until its socket has joined the launch's room. */
export async function openLaunch(page: Page, launchId: string) {
  await page.goto(`/launches/${launchId}`);
  await expectLive(page);
}

/** Marks the page so a later check can prove it changed in place rather than being reloaded. */
export async function markPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { stillSamePage: boolean }).stillSamePage = true));
}

export async function expectSamePage(page: Page) {
  expect(
    await page.evaluate(() => (window as unknown as { stillSamePage?: boolean }).stillSamePage),
    "the page was not reloaded",
  ).toBe(true);
}
