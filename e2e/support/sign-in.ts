import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { account, password, type DemoRole } from "./accounts";

/** Signs in through the real form and waits until the app has taken us to `to`. */
export async function signIn(page: Page, role: DemoRole, { to = "/" }: { to?: string } = {}) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(to)}`);
  await page.getByLabel("Email").fill(account(role).email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === to);
}

/** A separate browser context (its own cookies), signed in as `role`: one per person in a live test. */
export async function signedInPage(
  browser: Browser,
  role: DemoRole,
  { to = "/", baseURL }: { to?: string; baseURL?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await signIn(page, role, { to });
  return { context, page };
}
