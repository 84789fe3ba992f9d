import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { nextAttemptDelayMs } from "@/lib/outbound/retry-policy";

describe("retry policy", () => {
  it("doubles the wait after each failure, caps it, and stops after the last attempt", () => {
    const env = readEnv({
      NODE_ENV: "test",
      OUTBOUND_RETRY_BASE_SECONDS: "10",
      OUTBOUND_MAX_BACKOFF_SECONDS: "60",
      OUTBOUND_MAX_ATTEMPTS: "6",
    });
    expect([1, 2, 3, 4, 5, 6].map((attempts) => nextAttemptDelayMs(attempts, env))).toEqual([
      10_000,
      20_000,
      40_000,
      60_000,
      60_000,
      null,
    ]);
  });

  it("defaults to 8 attempts from 10 s, at most an hour apart", () => {
    const env = readEnv({ NODE_ENV: "test" });
    expect(nextAttemptDelayMs(1, env)).toBe(10_000);
    expect(nextAttemptDelayMs(7, env)).toBe(640_000);
    expect(nextAttemptDelayMs(8, env)).toBeNull();
  });
});
