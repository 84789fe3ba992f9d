import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
// @ts-expect-error oidc-provider ships no type declarations
import Provider from "oidc-provider";
import { test, expect } from "@playwright/test";
import { killAppServer, startAppServer, type AppServer } from "../support/app-server";

// A real OpenID Connect provider (the `oidc-provider` package) on localhost, and our app configured
// to use it: the whole browser redirect flow, as a company's identity provider would run it.
const issuerPort = Number(process.env.E2E_OIDC_PORT ?? 3182);
const appPort = Number(process.env.E2E_OIDC_APP_PORT ?? 3183);
const issuer = `http://localhost:${issuerPort}`;
let idp: Server;
let app: AppServer | undefined;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "launch-control",
        client_secret: "e2e-client-secret",
        redirect_uris: [`http://localhost:${appPort}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    // Any login name signs in; its claims are what a company directory would hand out.
    findAccount: (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: () => ({
        sub,
        email: `${sub}@corp.example`,
        email_verified: true,
        name: `${sub[0]!.toUpperCase()}${sub.slice(1)} From SSO`,
      }),
    }),
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the email and name in the ID token itself (next-auth reads them from there).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
  });
  idp = provider.listen(issuerPort);
  dataDir = mkdtempSync(path.join(tmpdir(), "launch-control-oidc-"));
  chmodSync(dataDir, 0o711);
  app = await startAppServer({
    port: appPort,
    dataDir,
    extraEnv: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: "launch-control",
      OIDC_CLIENT_SECRET: "e2e-client-secret",
      OIDC_NAME: "Corp SSO",
    },
  });
});

test.afterAll(async () => {
  await killAppServer(app, dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  await new Promise((resolve) => idp?.close(resolve));
});

test("signing in through the company's identity provider creates the account on first sign-in", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${app!.url}/signin`);
  await page.getByRole("button", { name: "Sign in with Corp SSO" }).click();

  // The identity provider's own pages: sign in, then allow Launch Control.
  await expect(page).toHaveURL(new RegExp(`^${issuer}/`));
  await page.locator('input[name="login"]').fill("sam");
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
  await page
    .locator('button[type="submit"]')
    .filter({ hasText: /continue/i })
    .click();

  await expect(page).toHaveURL(`${app!.url}/`);
  await expect(page.getByTestId("signed-in-as")).toHaveText("Sam From SSO");
  const session = await (await page.request.get(`${app!.url}/api/auth/session`)).json();
  expect(session.user).toMatchObject({ email: "sam@corp.example", name: "Sam From SSO", isAdmin: false });
});
