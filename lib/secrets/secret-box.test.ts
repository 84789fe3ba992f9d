import { afterEach, describe, expect, it } from "vitest";
import { isSealed, open, seal } from "@/lib/secrets/secret-box";

const saved = { key: process.env.LAUNCH_CONTROL_SECRET_KEY, nextauth: process.env.NEXTAUTH_SECRET };
afterEach(() => {
  process.env.LAUNCH_CONTROL_SECRET_KEY = saved.key;
  if (saved.nextauth === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = saved.nextauth;
});

describe("secrets at rest", () => {
  it("seals with a fresh nonce each time and opens to the same text", () => {
    const url = "https://hooks.slack.com/services/T000/B000/XXXXSECRET";
    const [a, b] = [seal(url), seal(url)];
    expect(a).not.toBe(b);
    expect(a).not.toContain("XXXXSECRET");
    expect(isSealed(a)).toBe(true);
    expect(open(a)).toBe(url);
    expect(seal("")).toBe("");
    expect(open("plain-from-before")).toBe("plain-from-before");
  });

  it("refuses a tampered value or another key", () => {
    const sealed = seal("whsec_abc");
    const parts = sealed.split(":");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => open(parts.join(":"))).toThrow(/cannot be opened/);
    process.env.LAUNCH_CONTROL_SECRET_KEY = Buffer.alloc(32, 9).toString("base64");
    expect(() => open(sealed)).toThrow(/cannot be opened/);
  });

  it("derives the key from NEXTAUTH_SECRET (HKDF) when no key is set, and says what to set when neither is", () => {
    delete process.env.LAUNCH_CONTROL_SECRET_KEY;
    process.env.NEXTAUTH_SECRET = "a-development-secret";
    const sealed = seal("whsec_abc");
    expect(open(sealed)).toBe("whsec_abc");
    process.env.NEXTAUTH_SECRET = "another-secret";
    expect(() => open(sealed)).toThrow(/cannot be opened/);
    delete process.env.NEXTAUTH_SECRET;
    expect(() => seal("x")).toThrow(/LAUNCH_CONTROL_SECRET_KEY/);
  });
});
