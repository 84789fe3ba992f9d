import { defineConfig } from "prisma/config";

// Prisma's own CLI (migrate deploy/status, studio) reads the connection from here. The app itself
// applies prisma/migrations at start-up (lib/migrations) and needs no CLI at run time.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
