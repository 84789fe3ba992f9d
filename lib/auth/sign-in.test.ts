import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { signIn, signInWaitSeconds } from "@/lib/auth/sign-in";

const origin = () => ({
  ip: `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`,
  userAgent: "vitest",
});

async function account(password = "correct horse battery") {
  const email = `${randomUUID().slice(0, 8)}@test.example`;
  const user = await getDb().user.create({
    data: { email, name: "Signer", passwordHash: await hashPassword(password) },
  });
  return { ...user, password };
}

describe("sign-in", () => {
  it("blocks an account after 10 failures, and records each attempt with address and user agent", async () => {
    const user = await account();
    const from = origin();
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(await signInWaitSeconds(user.email, from)).toBe(0);
      expect(await signIn({ email: user.email, password: `wrong ${attempt}` }, from)).toBeNull();
    }
    const wait = await signInWaitSeconds(user.email.toUpperCase(), origin());
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    const events = await getDb().accountEvent.findMany({ where: { userId: user.id } });
    expect(events).toHaveLength(10);
    expect(events[0]).toMatchObject({ type: "sign_in.failed", ip: from.ip, userAgent: "vitest" });
  });

  it("signs in with the right password and clears the account's failures", async () => {
    const user = await account();
    const from = origin();
    for (let attempt = 0; attempt < 3; attempt++) await signIn({ email: user.email, password: "nope" }, from);
    expect(await signIn({ email: user.email, password: user.password }, from)).toMatchObject({ id: user.id });
    await getDb().user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await signIn({ email: user.email, password: user.password }, from)).toBeNull();
  });

  it("takes as long for an unknown email as for a known one (within 20%)", async () => {
    const known = await account();
    const time = async (email: string) => {
      const start = performance.now();
      await signIn({ email, password: "wrong password" }, origin());
      return performance.now() - start;
    };
    await time(known.email); // warm-up
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let round = 0; round < 8; round++) {
      knownTimes.push(await time(known.email));
      unknownTimes.push(await time(`${randomUUID()}@nobody.example`));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const [k, u] = [median(knownTimes), median(unknownTimes)];
    expect(Math.abs(k - u) / Math.max(k, u), `known ${k.toFixed(0)} ms, unknown ${u.toFixed(0)} ms`).toBeLessThan(0.2);
  });
});
