import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A planned message of this launch that a communication step refers to, or a 422. */
export async function requireCommunication(tx: Tx, launchId: string, communicationId: string) {
  const message = await tx.communication.findFirst({
    where: { id: communicationId, launchId, deletedAt: null },
    select: { id: true },
  });
  if (!message)
    throw new AppError("invalid", "That planned message does not exist on this launch.", {
      fields: { communicationId: ["Unknown message."] },
    });
  return message;
}
