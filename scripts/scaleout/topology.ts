// Several app instances on one PostgreSQL behind the small proxy: the docker-compose `scaled` profile
// on one machine, for trying and testing scale-out without Docker.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { startProxy, type ProxyHandle } from "./proxy";

export type Instance = {
  name: string;
  url: string;
  process: ChildProcess;
  output: () => string;
  /** Sends `signal` (SIGTERM: a clean stop; SIGKILL: a crash) and waits for the process to end. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

export type Topology = { databaseUrl: string; proxy: ProxyHandle; instances: Instance[]; stop: () => Promise<void> };

export type TopologyOptions = {
  /** The proxy listens here; instance i on port + 1 + i. */
  port: number;
  instances?: number;
  /** Where the shared embedded PostgreSQL keeps its data (kept across runs); ignored with databaseUrl. */
  dataDir: string;
  /** An existing PostgreSQL instead of the embedded one. */
  databaseUrl?: string;
  secret?: string;
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
};

export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const log = options.log ?? (() => {});
  const count = options.instances ?? 2;
  let stopDatabase = async () => {};
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    mkdirSync(options.dataDir, { recursive: true });
    // Started as root, PostgreSQL runs as `postgres`, which must pass through this directory.
    chmodSync(options.dataDir, 0o711);
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(options.dataDir, "postgres") });
    databaseUrl = cluster.url;
    stopDatabase = cluster.stop;
    log(`PostgreSQL for all instances: ${databaseUrl.replace(/:[^:@/]*@/, ":***@")}`);
  }

  const instances: Instance[] = [];
  const stopAll = async () => {
    await Promise.all(instances.map((instance) => instance.stop("SIGTERM").catch(() => instance.stop("SIGKILL"))));
    await proxy?.close();
    await stopDatabase();
  };
  let proxy: ProxyHandle | undefined;
  try {
    // One after the other: the first applies migrations and seeds; the others find them done.
    for (let i = 0; i < count; i++) {
      const name = String.fromCharCode(65 + i);
      const instance = startInstance({
        name,
        port: options.port + 1 + i,
        databaseUrl,
        publicUrl: `http://localhost:${options.port}`,
        options,
      });
      instances.push(instance);
      await waitForHealth(instance);
      log(`instance ${name} ready on ${instance.url} (pid ${instance.process.pid})`);
    }
    proxy = await startProxy({ port: options.port, targets: instances.map((instance) => instance.url) });
    log(`proxy on ${proxy.url} → ${instances.map((instance) => instance.url).join(", ")}`);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { databaseUrl, proxy, instances, stop: stopAll };
}

function startInstance({
  name,
  port,
  databaseUrl,
  publicUrl,
  options,
}: {
  name: string;
  port: number;
  databaseUrl: string;
  publicUrl: string;
  options: TopologyOptions;
}): Instance {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REALTIME_ADAPTER: "postgres",
    NEXTAUTH_URL: publicUrl,
    // Every instance must sign and read the same session cookies.
    NEXTAUTH_SECRET: options.secret ?? "scaleout-secret-not-for-production",
    SEED_DEMO: "always",
    DATA_DIR: path.join(options.dataDir, `instance-${name}`),
    ...options.env,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk;
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    process: child,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 20_000).unref());
      if ((await Promise.race([exited, timeout])) === "timeout")
        throw new Error(`Instance ${name} did not stop within 20 s of ${signal}.`);
    },
  };
}

async function waitForHealth(instance: Instance, timeoutMs = 120_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (instance.process.exitCode !== null)
      throw new Error(`Instance ${instance.name} exited before it was healthy.\n${instance.output()}`);
    const healthy = await fetch(`${instance.url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Instance ${instance.name} was not healthy within ${timeoutMs} ms.\n${instance.output()}`);
}
