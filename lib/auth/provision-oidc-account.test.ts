import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { provisionOidcAccount } from "@/lib/auth/provision-oidc-account";
import { getInstanceSettings, updateInstanceSettings } from "@/lib/accounts/instance-settings";
import { signIn } from "@/lib/auth/sign-in";
import { hashPassword } from "@/lib/auth/password";
import { createUser } from "@/test/factories";

const origin = { ip: "192.0.2.1", userAgent: "vitest" };
const oidcVars = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
afterEach(() => oidcVars.forEach((name) => delete process.env[name]));

describe("single sign-on accounts", () => {
  it("creates the account on first sign-in from the ID token's email and name, then reuses it", async () => {
    const email = `${randomUUID().slice(0, 8)}@Corp.example`;
    const first = await provisionOidcAccount({ email, name: "Ines Idp", origin });
    expect(first).toMatchObject({ email: email.toLowerCase(), name: "Ines Idp", isAdmin: false });
    const again = await provisionOidcAccount({ email: email.toLowerCase(), name: "Renamed", origin });
    expect(again?.id).toBe(first?.id);
    expect(await getDb().accountEvent.count({ where: { userId: first!.id, type: "sign_in" } })).toBe(2);
  });

  it("refuses a deactivated account and a token without email", async () => {
    const user = await createUser("Gone");
    await getDb().user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await provisionOidcAccount({ email: user.email, name: "Gone", origin })).toBeNull();
    expect(await provisionOidcAccount({ email: undefined, name: "Nobody", origin })).toBeNull();
  });

  it("lets an admin turn password sign-in off only while single sign-on is configured", async () => {
    const admin = { ...(await createUser("Admin")), isAdmin: true };
    await getDb().user.update({ where: { id: admin.id }, data: { isAdmin: true } });
    await expect(updateInstanceSettings({ actor: admin, passwordSignIn: false })).rejects.toMatchObject({
      code: "invalid",
    });

    Object.assign(process.env, { OIDC_ISSUER: "http://localhost:9", OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s" });
    const email = `${randomUUID().slice(0, 8)}@test.example`;
    await getDb().user.create({ data: { email, name: "Pat", passwordHash: await hashPassword("right password") } });
    try {
      expect(await updateInstanceSettings({ actor: admin, passwordSignIn: false })).toMatchObject({
        passwordSignIn: false,
        sso: { name: "Single sign-on" },
      });
      expect(await signIn({ email, password: "right password" }, origin)).toBeNull();
    } finally {
      await updateInstanceSettings({ actor: admin, passwordSignIn: true });
    }
    expect(await signIn({ email, password: "right password" }, origin)).toMatchObject({ email });
    expect((await getInstanceSettings()).passwordSignIn).toBe(true);
  });
});
