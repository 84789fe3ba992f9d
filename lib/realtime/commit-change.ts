import { getDb, type Tx } from "@/lib/db";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { publish } from "@/lib/realtime/publish";

/**
 * Runs a change and its audit event in one transaction, then — only once it has committed — sends the
 * event to the launch's room. `event` is null when the change turned out to be a no-op.
 */
export async function commitChange<R>(
  work: (tx: Tx) => Promise<{ result: R; event: LaunchEvent | null }>,
): Promise<R> {
  const { result, event } = await getDb().$transaction(work);
  if (event) publish(event);
  return result;
}
