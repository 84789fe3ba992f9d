import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { requireDatabaseUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Limits live in PostgreSQL (the `rate_limits` table of our migrations), so they hold across every
// instance and survive a restart. Points are consumed by what the limit guards against.
const limits = {
  /** Failed sign-ins per account: the guess budget for one password. */
  signInAccount: { points: 10, duration: 15 * 60 },
  /** Failed sign-ins per client address: generous, since an office shares one address. */
  signInAddress: { points: 100, duration: 15 * 60 },
  /** Requests per API token. */
  apiToken: { points: 600, duration: 60 },
  /** Metrics pushes per launch. */
  metricsPush: { points: 120, duration: 60 },
} as const;

export type LimitName = keyof typeof limits;

const globalForLimits = globalThis as unknown as {
  launchControlLimiters?: Map<LimitName, RateLimiterPostgres>;
  launchControlLimitPool?: pg.Pool;
};

function limiter(name: LimitName): RateLimiterPostgres {
  globalForLimits.launchControlLimiters ??= new Map();
  let found = globalForLimits.launchControlLimiters.get(name);
  if (!found) {
    globalForLimits.launchControlLimitPool ??= new pg.Pool({ connectionString: requireDatabaseUrl(), max: 3 });
    found = new RateLimiterPostgres({
      storeClient: globalForLimits.launchControlLimitPool,
      tableName: "rate_limits",
      tableCreated: true,
      // Expired rows are removed by the library's hourly sweep.
      clearExpiredByTimeout: true,
      keyPrefix: name,
      ...limits[name],
    });
    globalForLimits.launchControlLimiters.set(name, found);
  }
  return found;
}

/** Seconds until `key` may try again, or 0 when it is within its limit. Consumes nothing. */
export async function secondsBlocked(name: LimitName, key: string): Promise<number> {
  const state = await limiter(name).get(key);
  if (!state || state.consumedPoints < limits[name].points) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** Counts one attempt against `key`; returns seconds to wait when this attempt went over the limit. */
export async function consume(name: LimitName, key: string): Promise<number> {
  try {
    await limiter(name).consume(key);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

export async function resetLimit(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}

/** Counts a request and refuses it with a 429 (and when to retry) once over the limit. */
export async function enforceLimit(name: LimitName, key: string, what: string): Promise<void> {
  const wait = await consume(name, key);
  if (wait > 0) {
    throw new AppError("rate_limited", `Too many ${what}; try again in ${wait} s.`, { retryAfterSeconds: wait });
  }
}
