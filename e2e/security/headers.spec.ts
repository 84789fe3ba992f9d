import { test, expect, expectLive, watchForCspViolations } from "../support/fixtures";
import { signIn } from "../support/sign-in";

const fixed = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

test("pages and API answers carry the security headers; each page gets its own nonce", async ({ request }) => {
  const first = await request.get("/signin");
  const second = await request.get("/signin");
  for (const [name, value] of Object.entries(fixed)) expect(first.headers()[name]).toBe(value);
  expect(first.headers()["permissions-policy"]).toMatch(/camera=\(\)/);
  const policy = first.headers()["content-security-policy"]!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toMatch(/frame-ancestors 'none'/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  // Next stamps the request's nonce on its own scripts.
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
  expect(await first.text()).toContain(`nonce="${nonce}"`);

  const api = await request.get("/api/health");
  for (const [name, value] of Object.entries(fixed)) expect(api.headers()[name]).toBe(value);
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("the app works in Chromium under its CSP, and an injected inline script does not run", async ({
  browser,
  launch,
}) => {
  const context = await browser.newContext();
  const violations = watchForCspViolations(context);
  const page = await context.newPage();
  await signIn(page, "lead", { to: `/launches/${launch.id}` });
  await expectLive(page);
  expect(violations).toEqual([]);

  // What an XSS would try: an inline script without the nonce is blocked and reported.
  await page.evaluate(() => {
    const box = document.createElement("div");
    box.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">';
    document.body.append(box);
  });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  await context.close();
});

test("another site cannot frame the app", async ({ page, baseURL }) => {
  await page.setContent(`<iframe src="${baseURL}/signin"></iframe>`);
  const frame = page.frames()[1];
  await page.waitForTimeout(500);
  expect(
    await frame
      ?.locator("text=Sign in to follow")
      .count()
      .catch(() => 0),
  ).toBe(0);
});
