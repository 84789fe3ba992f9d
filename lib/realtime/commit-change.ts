import { getDb, type Tx } from "@/lib/db";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { publish } from "@/lib/realtime/publish";
import { writeOutbox } from "@/lib/outbound/write-outbox";
import { kickDeliveries } from "@/lib/outbound/dispatcher";
import { publishStatus } from "@/lib/status-page/publish-status";

/**
 * Runs a change and its audit event in one transaction, then — only once it has committed — sends the
 * event to the launch's room. `event` is null when the change turned out to be a no-op.
 */
export async function commitChange<R>(
  work: (tx: Tx) => Promise<{ result: R; event: LaunchEvent | null }>,
): Promise<R> {
  const { result, event, outbox } = await getDb().$transaction(async (tx) => {
    const done = await work(tx);
    // Outbound (webhooks, Slack, Teams, email): the outbox rows commit with the change itself.
    const outbox = done.event ? await writeOutbox(tx, done.event) : [];
    return { ...done, outbox };
  });
  if (event) publish(event);
  kickDeliveries(outbox);
  if (event) publishStatus(event).catch((error) => console.error("[status-page] live update failed:", error));
  return result;
}
