// `npm start`: serve the production build, building it first only when the sources changed since the
// last build (a fresh clone, a `git pull`). The build is fingerprinted by the content of everything it
// is made from, so a rebuild happens exactly when it would produce something different.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
// Written by the build itself or irrelevant to it.
const IGNORED = new Set(["lib/generated", "node_modules", ".next"]);
const FINGERPRINT_FILE = ".next/source-fingerprint";

function* filesUnder(entry) {
  if (IGNORED.has(entry) || !existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (/\.test\.tsx?$/.test(name)) continue;
    yield* filesUnder(path.posix.join(entry, name));
  }
}

function sourceFingerprint() {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(input)) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const fingerprint = sourceFingerprint();
const built =
  existsSync(".next/BUILD_ID") &&
  existsSync(FINGERPRINT_FILE) &&
  readFileSync(FINGERPRINT_FILE, "utf8") === fingerprint;
if (!built) {
  console.log("[launch-control] Building the production server (only when the sources changed)…");
  run("npm", ["run", "build"]);
  // Taken again after the build: Next may touch its own inputs (tsconfig.json) while building.
  writeFileSync(FINGERPRINT_FILE, sourceFingerprint());
} else if (!existsSync("lib/generated/prisma")) {
  run("npm", ["run", "generate"]);
}

// Replace this process with the server, so signals reach it directly and nothing sits in between.
const args = [process.execPath, "--expose-gc", "--import", "tsx", "server.ts"];
const env = { ...process.env, NODE_ENV: "production" };
if (typeof process.execve === "function") {
  process.execve(process.execPath, args, env);
} else {
  const result = spawnSync(process.execPath, args.slice(1), { stdio: "inherit", env });
  process.exit(result.status ?? 1);
}
