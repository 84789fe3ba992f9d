import { afterEach, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { serverNow, startDatabaseClock } from "@/lib/realtime/database-clock";

afterEach(() => {
  vi.restoreAllMocks();
  (globalThis as { launchControlClockOffsetMs?: number }).launchControlClockOffsetMs = undefined;
});

async function databaseTime(): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ now: number }>(
      "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS now",
    );
    return rows[0]!.now;
  } finally {
    await client.end();
  }
}

describe("database clock", () => {
  it("answers PostgreSQL's time on an instance whose own clock is a minute fast", async () => {
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, "now").mockImplementation(() => realNow() + 60_000);
    const logged: string[] = [];
    const stop = await startDatabaseClock(process.env.DATABASE_URL!, (message) => logged.push(message));
    try {
      const reference = await databaseTime();
      expect(Math.abs(serverNow().getTime() - reference)).toBeLessThan(250);
      expect(logged.join()).toMatch(/(59|60)\d{3} ms ahead of PostgreSQL/);
    } finally {
      await stop();
    }
  });

  it("is the machine's own clock where no server runs", () => {
    expect(Math.abs(serverNow().getTime() - Date.now())).toBeLessThan(5);
  });
});
