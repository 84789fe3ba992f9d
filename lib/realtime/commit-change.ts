import { setTimeout as sleep } from "node:timers/promises";
import { getDb, type Tx } from "@/lib/db";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { publish } from "@/lib/realtime/publish";
import { reservePublication } from "@/lib/realtime/publication-order";
import { isRetryableConflict } from "@/lib/database-errors";
import { AppError } from "@/lib/errors";
import { lockLaunch } from "@/lib/realtime/lock-launch";
import { noteChangeSeq } from "@/lib/realtime/change-seq";

const attempts = 4;
// Changes of one launch queue on its lock while holding a pooled connection, so a burst can keep the
// pool busy for a while: wait for a connection longer than Prisma's 2 s default before giving up.
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };
import { writeOutbox } from "@/lib/outbound/write-outbox";
import { kickDeliveries } from "@/lib/outbound/dispatcher";
import { publishStatus } from "@/lib/status-page/publish-status";
import { rescheduleAfterChange } from "@/lib/comms/reschedule-messages";

const MOVES_MESSAGES = /^(launch\.(updated|created|status_changed)|launch\.imported|step\.|checkpoint\.)/;

/**
 * Runs a change of one launch and its audit event in one transaction, then — only once it has
 * committed — sends the event to the launch's room, after every event committed before it.
 * `followUps` are the events of changes the system derived in the same transaction (a successor
 * auto-started, the launch's status following the day); they are sent after `event`, in seq order.
 *
 * The launch's row is locked first, so changes to one launch run one after another: derived state
 * (a parent's status, positions, a gate's evaluation) is computed on a view nobody else is changing,
 * and seq order is commit order. A serialization failure or deadlock that can still happen (rows of
 * two launches, statements outside this path) is retried a few times, then answered 409, never 500.
 * `event` is null when the change turned out to be a no-op. `launchId` is null only while creating a
 * launch: nobody else can see it yet, so there is nothing to lock.
 */
export async function commitChange<R>(
  launchId: string | null,
  work: (tx: Tx) => Promise<{ result: R; event: LaunchEvent | null; followUps?: LaunchEvent[] }>,
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    let settle: ((events: LaunchEvent[]) => void) | undefined;
    try {
      const { result, events, outbox } = await getDb().$transaction(async (tx) => {
        if (launchId) {
          await lockLaunch(tx, launchId);
          settle = reservePublication(launchId, publish);
        }
        const { result, event, followUps = [] } = await work(tx);
        const done = [event, ...followUps].filter((e): e is LaunchEvent => e !== null);
        // Planned messages timed from go-live, a step or a checkpoint move with them, in the same commit.
        const moved =
          launchId && done.some((e) => MOVES_MESSAGES.test(e.type)) ? await rescheduleAfterChange(tx, launchId) : [];
        const events = [...done, ...moved].sort((a, b) => a.seq - b.seq);
        // Outbound (webhooks, Slack, Teams, email): the outbox rows commit with the change itself.
        const outbox = [];
        for (const committed of events) outbox.push(...(await writeOutbox(tx, committed)));
        return { result, events, outbox };
      }, transactionOptions);
      announceCommitted(events, settle, outbox);
      return result;
    } catch (error) {
      settle?.([]);
      if (!isRetryableConflict(error)) throw error;
      if (attempt >= attempts) {
        throw new AppError("conflict", "Too many people changed this launch at the same moment; try again.");
      }
      // Jitter, so the retries of two colliding requests do not collide again.
      await sleep(5 * attempt + Math.random() * 10 * attempt);
    }
  }
}

/**
 * What follows every commit of a change: the request learns its seq (the Launch-Seq header), the events
 * leave in seq order (`settle`: the place in line reserved under the launch's lock), outbound deliveries
 * are kicked, and the public status page hears of it.
 */
export function announceCommitted(
  events: LaunchEvent[],
  settle: ((events: LaunchEvent[]) => void) | undefined,
  outbox: string[] = [],
): void {
  if (events[0]) noteChangeSeq(events[0].seq);
  if (settle) settle(events);
  else events.forEach(publish);
  kickDeliveries(outbox);
  for (const committed of events)
    publishStatus(committed).catch((error) => console.error("[status-page] live update failed:", error));
}
