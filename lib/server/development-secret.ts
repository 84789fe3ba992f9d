import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * On the embedded database (and outside production) NEXTAUTH_SECRET may be left unset: we keep a random
 * one in the data folder, so sessions survive restarts without anyone having to invent a secret.
 */
export function ensureDevelopmentSecret(dataDir: string): string {
  const file = path.resolve(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
