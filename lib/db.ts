import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";

// Next bundles route handlers apart from server.ts, so a module-level singleton would be created once
// per bundle; keeping it on globalThis gives the whole process one pool.
const globalForDb = globalThis as unknown as { launchControlDb?: PrismaClient; launchControlPool?: pg.Pool };

/**
 * The connection pool Prisma runs on. The hottest change of the day (an item's tick, see
 * lib/checklists/tick-item.ts) uses it directly: two statements where Prisma's model API needs six.
 */
export function getPool(): pg.Pool {
  if (!globalForDb.launchControlPool) {
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 10 });
    // An idle connection that breaks (the database restarting) must not crash the process: the next
    // query reconnects, and requests meanwhile answer 503.
    pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
    globalForDb.launchControlPool = pool;
  }
  return globalForDb.launchControlPool;
}

export function getDb(): PrismaClient {
  globalForDb.launchControlDb ??= new PrismaClient({ adapter: new PrismaPg(getPool()) });
  return globalForDb.launchControlDb;
}

export async function disconnectDb(): Promise<void> {
  const { launchControlDb: db, launchControlPool: pool } = globalForDb;
  globalForDb.launchControlDb = undefined;
  globalForDb.launchControlPool = undefined;
  await db?.$disconnect();
  await pool?.end();
}

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
