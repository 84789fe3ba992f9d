import { getDb } from "@/lib/db";
import { isSealed, seal } from "@/lib/secrets/secret-box";

/**
 * Seals channel URLs and signing keys still stored in plain text (rows written before encryption at
 * rest). Run at start-up; idempotent, and each row is updated only if it is still the plain value read,
 * so two instances starting together do not seal a value twice. Returns how many rows it sealed.
 */
export async function sealPlainChannels(): Promise<number> {
  const db = getDb();
  const rows = await db.outboundChannel.findMany({
    where: {
      OR: [
        { url: { not: "" }, NOT: { url: { startsWith: "enc:" } } },
        { secret: { not: "" }, NOT: { secret: { startsWith: "enc:" } } },
      ],
    },
    select: { id: true, url: true, secret: true },
  });
  let sealed = 0;
  for (const row of rows) {
    const updated = await db.outboundChannel.updateMany({
      where: { id: row.id, url: row.url, secret: row.secret },
      data: {
        url: isSealed(row.url) ? row.url : seal(row.url),
        secret: isSealed(row.secret) ? row.secret : seal(row.secret),
      },
    });
    sealed += updated.count;
  }
  return sealed;
}
