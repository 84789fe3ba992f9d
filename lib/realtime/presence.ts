import { launchRoom, type PresentPerson } from "@/lib/realtime/envelope";
import type { RealtimeServer } from "@/lib/realtime/publish";

const PREFIX = launchRoom("");
export const isLaunchRoom = (room: string) => room.startsWith(PREFIX);
export const launchIdOfRoom = (room: string) => room.slice(PREFIX.length);

// Changes within this window go out as one delta: a wall of 200 screens reconnecting after a deploy is
// a handful of messages, not 200 full lists to 200 people.
const BATCH_MS = 250;

type Pending = { candidates: Map<string, PresentPerson>; timer: NodeJS.Timeout };
const state = new WeakMap<RealtimeServer, { clustered: boolean; pending: Map<string, Pending> }>();

/**
 * Presence across instances without quadratic traffic: each instance knows only its own sockets and
 * answers the others' "who do you serve in launch L?" with a compact list; the full list goes only to
 * a socket that joins, everyone else gets batched deltas (joined / left), checked against the whole
 * cluster before they are sent so that a second tab closing does not mark its owner as gone.
 */
export function enablePresence(io: RealtimeServer, { clustered }: { clustered: boolean }): void {
  state.set(io, { clustered, pending: new Map() });
  io.on("presence:people", (launchId, ack) => ack(localPeople(io, launchId)));
}

/** The people (not sockets: one person may have a laptop and a phone open) this instance serves in a launch. */
export function localPeople(io: RealtimeServer, launchId: string): PresentPerson[] {
  const namespace = io.of("/");
  const people = new Map<string, PresentPerson>();
  for (const socketId of namespace.adapter.rooms.get(launchRoom(launchId)) ?? []) {
    const actor = namespace.sockets.get(socketId)?.data.actor;
    if (actor) people.set(actor.id, { id: actor.id, name: actor.name });
  }
  return [...people.values()];
}

/** Everyone with the launch open on any instance, sorted by name. */
export async function peopleOf(io: RealtimeServer, launchId: string): Promise<PresentPerson[]> {
  const people = new Map(localPeople(io, launchId).map((person) => [person.id, person]));
  if (state.get(io)?.clustered) {
    const remote = await new Promise<PresentPerson[][]>((resolve) =>
      // An instance that died answers nothing until the adapter's heartbeat drops it (10 s); after the
      // adapter's 5 s timeout the answers that did arrive are used.
      io.serverSideEmit("presence:people", launchId, (_error: Error | null, answers: PresentPerson[][]) =>
        resolve(answers ?? []),
      ),
    );
    for (const person of remote.flat()) people.set(person.id, person);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A person's socket joined, left or was evicted: tell the room after the batch window. */
export function presenceChanged(io: RealtimeServer, launchId: string, person: PresentPerson): void {
  const context = state.get(io);
  if (!context) return;
  const pending = context.pending.get(launchId);
  if (pending) {
    pending.candidates.set(person.id, person);
    return;
  }
  const timer = setTimeout(() => void flush(io, launchId), BATCH_MS);
  context.pending.set(launchId, { candidates: new Map([[person.id, person]]), timer });
}

async function flush(io: RealtimeServer, launchId: string): Promise<void> {
  const context = state.get(io);
  const pending = context?.pending.get(launchId);
  if (!context || !pending) return;
  context.pending.delete(launchId);
  try {
    const present = new Set((await peopleOf(io, launchId)).map((person) => person.id));
    const candidates = [...pending.candidates.values()];
    const joined = candidates.filter((person) => present.has(person.id));
    const left = candidates.filter((person) => !present.has(person.id)).map((person) => person.id);
    io.to(launchRoom(launchId)).emit("launch:presence-delta", { launchId, joined, left });
  } catch (error) {
    console.error("presence update failed", error);
  }
}

/** Drops pending batches (the server is closing). */
export function stopPresence(io: RealtimeServer): void {
  for (const pending of state.get(io)?.pending.values() ?? []) clearTimeout(pending.timer);
  state.delete(io);
}
