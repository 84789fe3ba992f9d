import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "../support/fixtures";

/** One password attempt through next-auth's own door, as its client sends it. */
async function attempt(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
}

test("the 11th failed sign-in for an account is a 429 with Retry-After, and the form says why", async ({
  request,
  page,
}) => {
  const email = `nobody-${randomUUID().slice(0, 8)}@example.com`;
  for (let failure = 1; failure <= 10; failure++) {
    expect((await attempt(request, email, `guess ${failure}`)).status()).toBe(401);
  }
  const refused = await attempt(request, email, "guess 11");
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(800);

  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("guess 12");
  const answer = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in" }).click();
  expect((await answer).status()).toBe(429);
  await expect(page.getByText(/Too many failed sign-ins/)).toHaveText(/for this account or network\. Wait 15 min/);
});
