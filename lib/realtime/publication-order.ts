import type { LaunchEvent } from "@/lib/realtime/envelope";

type Slot = { settled: boolean; events: LaunchEvent[] };

// Per launch, the changes that hold (or held) the launch's lock, in the order they took it. A slot is
// reserved while the lock is held, so the order of slots is the order of commits, which is seq order.
// Node may hear "committed" for seq 8 before seq 7 (different pool connections); an event leaves only
// once every earlier slot has settled. Kept on globalThis: Next's route bundle and server.ts share it.
const holder = globalThis as unknown as { launchControlPublication?: Map<string, Slot[]> };
const queues = (holder.launchControlPublication ??= new Map());

/**
 * Reserves the launch's next place in line. Call it while holding the launch's lock; call the returned
 * function exactly once after commit (with the change's events in seq order, or none after a rollback or
 * a no-op).
 */
export function reservePublication(
  launchId: string,
  send: (event: LaunchEvent) => void,
): (events: LaunchEvent[]) => void {
  const slot: Slot = { settled: false, events: [] };
  const queue = queues.get(launchId) ?? [];
  queue.push(slot);
  queues.set(launchId, queue);
  return (events) => {
    if (slot.settled) return;
    slot.settled = true;
    slot.events = events;
    while (queue.length > 0 && queue[0].settled) {
      const next = queue.shift()!;
      next.events.forEach(send);
    }
    // Drop empty lines so a launch nobody changes any more holds no memory.
    if (queue.length === 0 && queues.get(launchId) === queue) queues.delete(launchId);
  };
}
