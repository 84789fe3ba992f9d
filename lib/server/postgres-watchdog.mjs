// Runs beside an embedded PostgreSQL: when the app that started it dies without stopping it (kill -9,
// out of memory), this stops the server so it never outlives its app. Plain JavaScript, so it starts
// with bare `node` in a fraction of a second.
//   node postgres-watchdog.mjs <app pid> <data directory>
import { readFileSync } from "node:fs";
import path from "node:path";

const [appPid, dataDir] = [Number(process.argv[2]), process.argv[3]];

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, "utf8").match(/\) Z /);
  } catch (error) {
    return error.code === "EPERM";
  }
};

/** The postmaster running on our data directory, if any (checked, so a reused pid is never hit). */
function postmaster() {
  try {
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return argv.includes(dataDir) ? pid : undefined;
  } catch {
    return undefined;
  }
}

const timer = setInterval(() => {
  const server = postmaster();
  if (!server) return process.exit(0); // stopped normally
  if (alive(appPid)) return;
  clearInterval(timer);
  // Fast shutdown: clean, no recovery needed on the next start; then the hard way if it hangs.
  process.kill(server, "SIGINT");
  setTimeout(() => {
    if (postmaster() === server) process.kill(server, "SIGQUIT");
    process.exit(0);
  }, 5000).unref();
  const check = setInterval(() => postmaster() !== server && (clearInterval(check), process.exit(0)), 100);
}, 250);
