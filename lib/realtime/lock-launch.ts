import type { Tx } from "@/lib/db";

/**
 * Takes the launch's row lock for the rest of the transaction: every change of a launch takes it
 * first, so they never interleave. A missing launch locks nothing; the operation's own membership
 * check answers 404.
 */
export async function lockLaunch(tx: Tx, launchId: string): Promise<void> {
  await tx.$queryRaw`SELECT seq FROM "Launch" WHERE id = ${launchId} FOR UPDATE`;
}
