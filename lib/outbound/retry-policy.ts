import { readEnv } from "@/lib/env";

/** When the next attempt after `attempts` failures should run: base × 2^(attempts−1), capped; null when out of attempts. */
export function nextAttemptDelayMs(attempts: number, env = readEnv()): number | null {
  if (attempts >= env.OUTBOUND_MAX_ATTEMPTS) return null;
  const seconds = Math.min(env.OUTBOUND_RETRY_BASE_SECONDS * 2 ** (attempts - 1), env.OUTBOUND_MAX_BACKOFF_SECONDS);
  return Math.round(seconds * 1000);
}
