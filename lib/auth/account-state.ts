import { getDb } from "@/lib/db";

// Every request re-checks its account (deactivated, password changed, admin) — one query that cost
// about as much as the rest of a quick tick. A person's page sends many requests a second, so the
// answer is kept for a moment. This process forgets it at once when the account changes here
// (forgetAccount) and tells the other instances sharing the database to forget it too (disconnectUser
// → "account:changed"); MAX_AGE_MS bounds the staleness only if that message were lost.
const MAX_AGE_MS = 2_000;
const MAX_ENTRIES = 5_000;

export type AccountState = { deactivatedAt: Date | null; passwordChangedAt: Date | null; isAdmin: boolean };

// Kept on globalThis: Next loads this module once per route bundle, and all must forget together.
const holder = globalThis as unknown as {
  launchControlAccounts?: Map<string, { state: AccountState | null; until: number }>;
};
const recent = (holder.launchControlAccounts ??= new Map());

/** The account's current state (null: no such account), at most MAX_AGE_MS old. */
export async function accountState(userId: string): Promise<AccountState | null> {
  const now = Date.now();
  const hit = recent.get(userId);
  if (hit && hit.until > now) return hit.state;
  const state = await getDb().user.findUnique({
    where: { id: userId },
    select: { deactivatedAt: true, passwordChangedAt: true, isAdmin: true },
  });
  recent.delete(userId); // re-inserted last: the oldest entries go first when full
  if (recent.size >= MAX_ENTRIES) recent.delete(recent.keys().next().value!);
  recent.set(userId, { state, until: now + MAX_AGE_MS });
  return state;
}

/** The account changed (deactivated, password changed): its next request reads it afresh. */
export function forgetAccount(userId: string): void {
  recent.delete(userId);
}
