import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { requireAdmin } from "@/lib/accounts/create-account";
import { createServiceAccountInput } from "@/lib/tokens/schemas";

/**
 * A non-person account (e.g. "CI pipeline"), for instance admins. It cannot sign in (its password is
 * random and unknown, and sign-in refuses service accounts); it acts through API tokens, and a lead
 * adds it to a launch by its email like anyone else.
 */
export async function createServiceAccount({ actor, name }: { actor: Actor; name: string }) {
  await requireAdmin(actor);
  const data = createServiceAccountInput.parse({ name });
  const slug =
    data.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "service";
  return getDb().user.create({
    data: {
      name: data.name,
      email: `${slug}-${randomBytes(3).toString("hex")}@service-accounts.invalid`,
      isServiceAccount: true,
      passwordHash: await hashPassword(randomBytes(32).toString("base64url")),
    },
    select: { id: true, name: true, email: true, isServiceAccount: true },
  });
}
