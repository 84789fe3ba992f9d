import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
const dataDir = mkdtempSync(path.join(tmpdir(), "scratch-e2e-"));
try {
  const c = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres") });
  console.log("started", c.url); await c.stop();
} catch (e) { console.log("ERR", (e as Error).message); }
rmSync(dataDir, { recursive: true, force: true });
