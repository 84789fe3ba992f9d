// The app under test: the production build started as `npm start` would (server.ts: Next + socket.io on
// one port, its own embedded PostgreSQL in a throwaway data folder), or one already running (BENCH_URL).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sleep } from "./measure";

export type AppUnderTest = { base: string; pid: number; databaseUrl: string; stop: () => Promise<void> };

/** The embedded PostgreSQL of a data folder: password and port as the app wrote them. */
function embeddedDatabaseUrl(dataDir: string): string {
  const dir = path.join(dataDir, "postgres");
  const password = readFileSync(path.join(dir, "launch-control-password"), "utf8").trim();
  const port = readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[3]!.trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/launch_control`;
}

async function waitHealthy(base: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`${base} did not become healthy in ${timeoutMs / 1000} s`);
}

export async function startApp(): Promise<AppUnderTest> {
  if (process.env.BENCH_URL) {
    const base = process.env.BENCH_URL.replace(/\/$/, "");
    const pid = Number(process.env.BENCH_SERVER_PID ?? pidListeningOn(Number(new URL(base).port)));
    const databaseUrl = process.env.BENCH_DATABASE_URL ?? embeddedDatabaseUrl(".data");
    return { base, pid, databaseUrl, stop: async () => {} };
  }
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No production build: run `npm run build` first (or set BENCH_URL).");
  const port = Number(process.env.BENCH_PORT ?? 3404);
  const base = `http://127.0.0.1:${port}`;
  // A fresh data folder: the demo launch and accounts are created on first start, nothing of yours is touched.
  const dataDir = mkdtempSync(path.join(tmpdir(), "launch-control-bench-"));
  chmodSync(dataDir, 0o777); // the embedded PostgreSQL runs as its own user when we are root
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATA_DIR: dataDir,
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: "bench-secret",
  };
  delete env.DATABASE_URL; // its own embedded database, never yours
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true, // its own process group: stopping it stops its PostgreSQL too
  });
  await waitHealthy(base, 120_000);
  const stop = async () => {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { base, pid: child.pid!, databaseUrl: embeddedDatabaseUrl(dataDir), stop };
}

/** The process listening on a local TCP port, found through /proc (sockets → inode → owning process). */
function pidListeningOn(port: number): number {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"].filter(existsSync)) {
    for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(hex) && cols[3] === "0A") inodes.add(cols[9]!);
    }
  }
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      }
    } catch {
      // the process ended or is not ours to read
    }
  }
  throw new Error(`No process listens on port ${port}; set BENCH_SERVER_PID.`);
}
