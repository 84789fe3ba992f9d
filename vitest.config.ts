import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup-env.ts"],
    // Test files share one database (DATABASE_URL): one file at a time keeps them from seeing each
    // other's rows mid-test. A file that wants isolation takes its own from test/db.ts.
    fileParallelism: false,
    // Starting PostgreSQL and migrating happen in hooks and the global setup, never per test.
    hookTimeout: 60_000,
    // Generous: a first import of the Prisma client and bcrypt can be slow on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
