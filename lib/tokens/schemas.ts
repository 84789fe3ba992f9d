import { z } from "zod";

export const tokenScope = z.enum(["read", "write"]);

export const createTokenInput = z.object({
  name: z.string().trim().min(1, 'Name the token after what uses it, e.g. "Deploy pipeline".').max(100),
  /** read: GET requests only; write: everything its owner may do. */
  scope: tokenScope,
  /** Days until it stops working; omitted or null: it never expires. */
  expiresInDays: z.number().int().min(1, "Expiry must be at least 1 day.").max(3650).nullish(),
  /** An admin creating a token for a service account names it here; omitted: a token of one's own. */
  userId: z.string().min(1).optional(),
});
export type CreateTokenInput = z.input<typeof createTokenInput>;

export const createServiceAccountInput = z.object({
  name: z.string().trim().min(1, 'Name the service account, e.g. "CI pipeline".').max(200),
});
