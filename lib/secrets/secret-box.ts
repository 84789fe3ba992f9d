import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { readEnv } from "@/lib/env";

// Credentials we must send on (webhook signing keys, Slack/Teams/webhook URLs) are stored sealed with
// AES-256-GCM: a database dump or backup alone does not give them away. Sealed values are marked so that
// rows written before encryption (plain) are still read, and re-sealed at start-up (sealPlainChannels).
const PREFIX = "enc:v1:";

/**
 * The 32-byte key: LAUNCH_CONTROL_SECRET_KEY (base64) when set; otherwise derived from NEXTAUTH_SECRET
 * with HKDF-SHA256, so a deployment that already keeps that secret needs nothing new. Changing the
 * source key makes stored channel secrets unreadable (their channels then fail with a clear error).
 */
function key(): Buffer {
  const env = readEnv();
  if (env.LAUNCH_CONTROL_SECRET_KEY) return Buffer.from(env.LAUNCH_CONTROL_SECRET_KEY, "base64");
  if (!env.NEXTAUTH_SECRET)
    throw new Error(
      "Set LAUNCH_CONTROL_SECRET_KEY (32 random bytes, base64: `openssl rand -base64 32`) or NEXTAUTH_SECRET to store channel secrets.",
    );
  return Buffer.from(hkdfSync("sha256", env.NEXTAUTH_SECRET, "launch-control", "secrets-at-rest v1", 32));
}

export const isSealed = (stored: string) => stored.startsWith(PREFIX);

/** Seals a secret for storage; the empty string stays empty (nothing to hide, and it reads as "unset"). */
export function seal(plain: string): string {
  if (!plain) return "";
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${PREFIX}${[iv, body, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(":")}`;
}

/** Opens a stored secret; a plain (not yet sealed) value is returned as it is. Throws if it was tampered with. */
export function open(stored: string): string {
  if (!isSealed(stored)) return stored;
  const [iv, body, tag] = stored
    .slice(PREFIX.length)
    .split(":")
    .map((part) => Buffer.from(part, "base64url"));
  if (!iv || !body || !tag) throw new Error("A stored secret is malformed.");
  const decipher = createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    throw new Error(
      "A stored secret cannot be opened with this server's key (LAUNCH_CONTROL_SECRET_KEY / NEXTAUTH_SECRET changed?); re-enter it.",
    );
  }
}
