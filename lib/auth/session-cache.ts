// Decoding a next-auth session (key derivation + decryption of the JWT) costs more CPU than the rest
// of a quick tick. The same cookie comes back on every request of a person's page, so its decoded
// actor is kept for a short while. Safe with JWT sessions: the server cannot revoke a token before its
// expiry anyway, and a cached entry never outlives a minute.
import type { Actor } from "@/lib/auth/actor";

const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;
const entries = new Map<string, { actor: Actor | null; until: number }>();

export async function cachedActor(cookieKey: string, decode: () => Promise<Actor | null>): Promise<Actor | null> {
  const now = Date.now();
  const hit = entries.get(cookieKey);
  if (hit && hit.until > now) return hit.actor;
  const actor = await decode();
  // Only valid sessions are kept: a bad cookie is not a reason to hold memory.
  if (actor) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(cookieKey, { actor, until: now + TTL_MS });
  } else {
    entries.delete(cookieKey);
  }
  return actor;
}
