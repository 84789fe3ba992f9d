import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestOrigin } from "@/lib/http/client-address";

export type AccountEventType =
  | "sign_in"
  | "sign_in.failed"
  | "token.created"
  | "token.revoked"
  | "password.changed"
  | "password.reset"
  | "account.deactivated"
  | "account.reactivated";

/** An account-level audit event (no launch): who, what, and the request's address and user agent. */
export async function recordAccountEvent(
  input: { userId: string | null; type: AccountEventType; origin: RequestOrigin; data?: Prisma.InputJsonValue },
  db: Pick<Prisma.TransactionClient, "accountEvent"> = getDb(),
): Promise<void> {
  await db.accountEvent.create({
    data: {
      userId: input.userId,
      type: input.type,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      data: input.data ?? {},
    },
  });
}
