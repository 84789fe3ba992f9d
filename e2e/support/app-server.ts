// Our own server process (not Playwright's webServer), for tests that stop and start the app.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export type AppServer = {
  url: string;
  process: ChildProcess;
  /** Everything it printed, for failure messages. */
  output: () => string;
  /** Sends `signal` and resolves with the exit code (null when killed by a signal). */
  stop: (signal?: NodeJS.Signals, timeoutMs?: number) => Promise<number | null>;
};

/**
 * Starts `server.ts` as production would (built app, NODE_ENV=production) on `port`, with no
 * DATABASE_URL: it runs an embedded PostgreSQL in `dataDir` and seeds the demo there.
 */
export async function startAppServer({
  port,
  dataDir,
  extraEnv = {},
}: {
  port: number;
  dataDir: string;
  extraEnv?: Record<string, string>;
}): Promise<AppServer> {
  const url = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: "e2e-restart-secret-not-for-production",
    DATA_DIR: dataDir,
    SEED_DEMO: "auto",
    ...extraEnv,
  };
  // The launch factory points this worker at the shared e2e database; this server must pick its own.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const server: AppServer = {
    url,
    process: child,
    output: () => output,
    async stop(signal = "SIGTERM", timeoutMs = 20_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), timeoutMs).unref());
      const result = await Promise.race([exited, timer]);
      if (result === "timeout")
        throw new Error(`The server did not exit within ${timeoutMs} ms of ${signal}.\n${output}`);
      return result;
    },
  };
  await waitForHealth(server, exited);
  return server;
}

async function waitForHealth(server: AppServer, exited: Promise<number | null>, timeoutMs = 60_000) {
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (gone !== undefined)
      throw new Error(`The server exited (code ${gone}) before it was healthy.\n${server.output()}`);
    const healthy = await fetch(`${server.url}/api/health`)
      .then(async (response) => response.ok && (await response.json()).status === "ok")
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server was not healthy within ${timeoutMs} ms.\n${server.output()}`);
}

/**
 * Last resort after a failed test: SIGKILL the server, then the PostgreSQL it started (a SIGKILLed
 * parent cannot stop it, and it would keep the data directory busy).
 */
export async function killAppServer(server: AppServer | undefined, dataDir: string) {
  if (!server) return;
  await server.stop("SIGTERM").catch(() => server.stop("SIGKILL", 5_000).catch(() => undefined));
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  const pid = Number.parseInt(readFileOrEmpty(pidFile).split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, "SIGINT");
      for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
    } catch {
      // Already gone: the server stopped it.
    }
  }
}

function readFileOrEmpty(file: string) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
