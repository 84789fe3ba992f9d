import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";

/**
 * A change this client made, shown on top of the state confirmed by the live stream until the stream
 * catches up with it: `untilSeq` is the seq of its event (from the answer's Launch-Seq header), or null
 * for an optimistic guess made before the answer came (then it lapses at `expiresAt`, or when an
 * answer with a seq replaces it).
 */
export type PendingChange = {
  change: (snapshot: LaunchSnapshot) => LaunchSnapshot;
  untilSeq: number | null;
  expiresAt: number;
};

/** The changes still worth showing on top of the confirmed state at `now`. */
export function stillPending(pending: PendingChange[], confirmedSeq: number, now: number): PendingChange[] {
  return pending.filter((entry) => (entry.untilSeq === null ? entry.expiresAt > now : entry.untilSeq > confirmedSeq));
}

/** What the screen shows: the confirmed state with this client's own pending changes on top. */
export function shown(confirmed: LaunchSnapshot, pending: PendingChange[]): LaunchSnapshot {
  return pending.reduce((snapshot, entry) => entry.change(snapshot), confirmed);
}
