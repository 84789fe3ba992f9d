import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { accountState } from "@/lib/auth/account-state";
import { setAccountActive } from "@/lib/accounts/set-account-active";

const person = (isAdmin = false) =>
  getDb().user.create({
    data: { email: `${randomUUID().slice(0, 8)}@test.example`, name: "Account", passwordHash: "x", isAdmin },
  });
const origin = { ip: "198.51.100.7", userAgent: "vitest" };

afterEach(() => vi.useRealTimers());

describe("account state behind every request", () => {
  it("sees a deactivation made through the app at once, though it keeps the state for a moment", async () => {
    const admin = await person(true);
    const user = await person();
    expect((await accountState(user.id))?.deactivatedAt).toBeNull();
    await setAccountActive({ actor: { ...admin, isAdmin: true }, origin, userId: user.id, active: false });
    expect((await accountState(user.id))?.deactivatedAt).toBeInstanceOf(Date);
  });

  it("follows a change made elsewhere (another instance) within two seconds", async () => {
    const user = await person();
    vi.useFakeTimers({ toFake: ["Date"] });
    expect((await accountState(user.id))?.deactivatedAt).toBeNull();
    await getDb().user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect((await accountState(user.id))?.deactivatedAt).toBeNull();
    vi.setSystemTime(Date.now() + 2_001);
    expect((await accountState(user.id))?.deactivatedAt).toBeInstanceOf(Date);
  });
});
