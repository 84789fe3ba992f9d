import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { signInInput } from "@/lib/auth/schemas";
import type { Actor } from "@/lib/auth/actor";

/** Checks an email and password; returns the person, or null for any mismatch (never says which). */
export async function signIn(credentials: unknown): Promise<Actor | null> {
  const parsed = signInInput.safeParse(credentials);
  if (!parsed.success) return null;
  const user = await getDb().user.findUnique({ where: { email: parsed.data.email } });
  if (!user || !(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  return { id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin };
}
