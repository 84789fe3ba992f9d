import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";

// Next bundles route handlers apart from server.ts, so a module-level singleton would be created once
// per bundle; keeping it on globalThis gives the whole process one pool.
const globalForDb = globalThis as unknown as { launchControlDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: requireDatabaseUrl(), max: 10 });
  return new PrismaClient({ adapter });
}

export function getDb(): PrismaClient {
  globalForDb.launchControlDb ??= createClient();
  return globalForDb.launchControlDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.launchControlDb?.$disconnect();
  globalForDb.launchControlDb = undefined;
}

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
