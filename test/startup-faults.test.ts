// server.ts itself, started as a user would start it, facing the faults of a real machine.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { assertWritableDataDir } from "@/lib/server/data-dir";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function dataDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "launch-control-startup-"));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as `postgres` and must get in
  dirs.push(dir);
  return dir;
}

function startServer(env: Record<string, string>) {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: "startup-test",
    SEED_DEMO: "never",
    HOST: "127.0.0.1",
    ...env,
  };
  delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exit, output: () => output };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** Pids of processes whose command line names `dir` (a PostgreSQL on that data directory). */
function processesOn(dir: string): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8")
          .split("\0")
          .some((arg) => arg.startsWith(dir));
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function within<T>(ms: number, check: () => T | undefined | false): Promise<T> {
  for (const start = Date.now(); Date.now() - start < ms; await new Promise((r) => setTimeout(r, 100))) {
    const result = check();
    if (result) return result;
  }
  throw new Error(`not within ${ms} ms`);
}

describe("start-up faults", () => {
  it("exits non-zero within 10 s with a clear message when the port is busy, before touching any database", async () => {
    const busy = net.createServer();
    const port = await new Promise<number>((resolve) =>
      busy.listen(0, "127.0.0.1", () => resolve((busy.address() as net.AddressInfo).port)),
    );
    try {
      const dir = dataDir();
      const server = startServer({ PORT: String(port), DATA_DIR: dir });
      const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000));
      const code = await Promise.race([server.exit, timeout]);
      if (code === "timeout") server.child.kill("SIGKILL");
      expect(code, server.output()).toBe(1);
      expect(server.output()).toMatch(new RegExp(`Port ${port} on 127.0.0.1 is already in use`));
      expect(existsSync(path.join(dir, "postgres")), "no database was created or migrated").toBe(false);
    } finally {
      busy.close();
    }
  });

  it("leaves no PostgreSQL running on its data directory within 10 s of kill -9", async () => {
    const dir = dataDir();
    const server = startServer({ PORT: String(await freePort()), DATA_DIR: dir });
    const postgresDir = path.join(dir, "postgres");
    try {
      await within(
        60_000,
        () => server.output().includes("Embedded PostgreSQL running") || server.child.exitCode !== null,
      );
      expect(processesOn(postgresDir).length, server.output()).toBeGreaterThan(0);
      server.child.kill("SIGKILL");
      await server.exit;
      await within(10_000, () => processesOn(postgresDir).length === 0);
    } finally {
      for (const pid of processesOn(postgresDir)) process.kill(pid, "SIGKILL");
    }
  });

  it("names a DATA_DIR it cannot write as such", async () => {
    const server = startServer({ PORT: String(await freePort()), DATA_DIR: "/sys/launch-control-data" });
    expect(await server.exit).toBe(1);
    expect(server.output()).toMatch(
      /DATA_DIR \/sys\/launch-control-data is not writable: the system does not allow writing there/,
    );

    const file = path.join(dataDir(), "a-file");
    writeFileSync(file, "");
    expect(() => assertWritableDataDir(path.join(file, "data"))).toThrow(
      /DATA_DIR .* is not writable: a part of the path is a file/,
    );
  });
});
