import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { account, password, type DemoRole } from "./accounts";

/** Who signs in: a demo account by its role, or any account by its credentials. */
export type Person = DemoRole | { email: string; password: string };

export const credentialsOf = (person: Person) =>
  typeof person === "string"
    ? { email: account(person).email, password }
    : { email: person.email, password: person.password };

/** Signs in through the real form and waits until the app has taken us to `to`. */
export async function signIn(page: Page, person: Person, { to = "/" }: { to?: string } = {}) {
  const { email, password: secret } = credentialsOf(person);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(to)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(secret);
  await page.getByRole("button", { name: "Sign in" }).click();
  const path = to.split("?")[0];
  await expect(page).toHaveURL((url) => url.pathname === path);
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
