import { test, expect } from "../support/fixtures";
import { account, DEMO_LAUNCH_NAME } from "../support/accounts";
import { signIn } from "../support/sign-in";

test("a signed-out visitor is sent to sign in and comes back to the page they asked for", async ({ page, launch }) => {
  await page.goto(`/launches/${launch.id}`);

  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(`/launches/${launch.id}`)}`);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();

  await page.getByLabel("Email").fill(account("lead").email);
  await page.getByLabel("Password").fill("golive-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/launches/${launch.id}`);
  await expect(page.getByRole("heading", { level: 1, name: launch.name })).toBeVisible();
});

test("the API answers a signed-out caller with a 401 JSON error, not a page", async ({ request, launch }) => {
  for (const url of ["/api/launches", `/api/launches/${launch.id}`]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(await response.json()).toMatchObject({ code: "unauthenticated", error: expect.stringMatching(/sign in/i) });
  }
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(account("lead").email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();

  // Next's route announcer is an (empty) alert too; ours is the one with words in it.
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "That email and password do not match an account.",
  );
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("the lead signs in, sees their launches, and signs out", async ({ page }) => {
  await signIn(page, "lead");

  await expect(page.getByRole("heading", { name: "Your launches" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveText(account("lead").name);
  const demo = page.getByRole("link", { name: new RegExp(DEMO_LAUNCH_NAME) });
  await expect(demo).toHaveAttribute("href", /^\/launches\/[^/]+$/);
  await demo.click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_LAUNCH_NAME })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  // The session is really gone: the launch list sends us back to sign in.
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F$/);
});
