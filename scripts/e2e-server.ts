// Started by Playwright: a throwaway embedded PostgreSQL, then the real server (production build) on
// it. The database URL is written to e2e/.state.json so test factories can seed what they need.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = mkdtempSync(path.join(tmpdir(), "launch-control-e2e-"));
// mkdtemp makes it private (0700); started as root, PostgreSQL runs as `postgres` and must pass through.
chmodSync(dataDir, 0o711);
const cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres") });
writeFileSync("e2e/.state.json", JSON.stringify({ databaseUrl: cluster.url }));

const server = spawn(process.execPath, ["--expose-gc", "--import", "tsx", "server.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: cluster.url,
    SEED_DEMO: "always",
    PORT: port,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "e2e-secret-not-for-production",
    DATA_DIR: dataDir,
    // The integrations specs run their webhook receiver on this machine.
    OUTBOUND_ALLOW_PRIVATE_HOSTS: "true",
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // When the server is what stopped (e.g. no production build), its exit event has already fired.
  if (server.exitCode === null && server.signalCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve).once("error", resolve));
  }
  try {
    await cluster.stop();
  } catch (error) {
    console.error("[e2e-server] stopping PostgreSQL:", error);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(code);
}
server.on("exit", (code) => void stop(code ?? 1));
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
