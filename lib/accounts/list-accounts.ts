import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireAdmin } from "@/lib/accounts/create-account";

export async function listAccounts({ actor }: { actor: Actor }) {
  await requireAdmin(actor);
  return getDb().user.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      isAdmin: true,
      isServiceAccount: true,
      deactivatedAt: true,
      createdAt: true,
    },
  });
}
