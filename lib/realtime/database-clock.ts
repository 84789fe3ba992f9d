import pg from "pg";
import { bestOffset, clockOffset } from "@/lib/realtime/clock-offset";

const SAMPLES = 5;
const RESYNC_MS = 10 * 60_000;

// server.ts keeps the offset current; route handlers and operations in Next's bundle read it here.
const holder = globalThis as unknown as { launchControlClockOffsetMs?: number };

/**
 * The time every instance agrees on: this machine's clock corrected to PostgreSQL's. Behind a load
 * balancer, /api/time and the stamps on steps may come from different instances; anchoring them to
 * the one database keeps a countdown from jumping when a screen's requests change instance, even if
 * the machines' clocks drift apart. Without a running server (tests, scripts) it is Date.now().
 */
export function serverNow(): Date {
  return new Date(Date.now() + (holder.launchControlClockOffsetMs ?? 0));
}

/** Measures the offset to the database's clock now and every 10 minutes; returns a stop function. */
export async function startDatabaseClock(
  databaseUrl: string,
  log: (message: string) => void,
): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "launch-control-clock" });
  await client.connect();
  client.on("error", (error) => log(`database clock: ${error.message}`));
  const sync = async () => {
    const samples = [];
    for (let i = 0; i < SAMPLES; i++) {
      const sentAt = Date.now();
      const { rows } = await client.query<{ now: number }>(
        "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS now",
      );
      samples.push(clockOffset(sentAt, rows[0]!.now, Date.now()));
    }
    const offsetMs = bestOffset(samples);
    holder.launchControlClockOffsetMs = offsetMs;
    if (Math.abs(offsetMs) > 1_000) {
      log(
        `This machine's clock is ${Math.abs(Math.round(offsetMs))} ms ${offsetMs < 0 ? "ahead of" : "behind"} PostgreSQL's; times follow PostgreSQL's.`,
      );
    }
  };
  await sync();
  const timer = setInterval(() => void sync().catch((error) => log(`database clock: ${error.message}`)), RESYNC_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await client.end();
  };
}
