import { getDb, type Tx } from "@/lib/db";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { publish } from "@/lib/realtime/publish";

/**
 * Runs a change and its audit event in one transaction, then — only once it has committed — sends the
 * event to the launch's room. `event` is null when the change turned out to be a no-op. `followUps` are
 * the events of changes the system derived in the same transaction (a successor auto-started, the launch's
 * status following the day); they are sent after `event`, in sequence order.
 */
export async function commitChange<R>(
  work: (tx: Tx) => Promise<{ result: R; event: LaunchEvent | null; followUps?: LaunchEvent[] }>,
): Promise<R> {
  const { result, event, followUps = [] } = await getDb().$transaction(work);
  for (const committed of [event, ...followUps].filter((e): e is LaunchEvent => e !== null).sort((a, b) => a.seq - b.seq)) publish(committed);
  return result;
}
