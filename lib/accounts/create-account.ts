import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { createAccountInput, type CreateAccountInput } from "@/lib/accounts/schemas";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** Creates a sign-in account (instance admins only); leads then add it to their launches. */
export async function createAccount({ actor, ...input }: { actor: Actor } & CreateAccountInput) {
  await requireAdmin(actor);
  const data = createAccountInput.parse(input);
  try {
    const user = await getDb().user.create({
      data: {
        email: data.email,
        name: data.name,
        isAdmin: data.isAdmin,
        passwordHash: await hashPassword(data.password),
      },
      select: { id: true, email: true, name: true, isAdmin: true },
    });
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", `An account with ${data.email} already exists.`);
    }
    throw error;
  }
}

/** Instance admin rights are checked against the database, not the session, so revoking them is immediate. */
export async function requireAdmin(actor: Actor) {
  const user = await getDb().user.findUnique({ where: { id: actor.id }, select: { isAdmin: true } });
  if (!user?.isAdmin) throw new AppError("forbidden", "Only an instance admin can manage accounts.");
}
