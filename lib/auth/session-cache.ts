// Decoding a next-auth session (key derivation + decryption of the JWT) costs more CPU than the rest
// of a quick tick. The same cookie comes back on every request of a person's page, so its decoded
// session is kept for a short while. Only the decode is cached: the account itself (deactivated,
// password changed) is re-checked on every request by getActor.

const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;
const entries = new Map<string, { actor: unknown; until: number }>();

export async function cachedActor<T>(cookieKey: string, decode: () => Promise<T | null>): Promise<T | null> {
  const now = Date.now();
  const hit = entries.get(cookieKey);
  if (hit && hit.until > now) return hit.actor as T | null;
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
