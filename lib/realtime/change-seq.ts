import { AsyncLocalStorage } from "node:async_hooks";

// The seq of the event a request's change committed, so the HTTP answer can carry it (header
// `Launch-Seq`) without every operation and route handler passing it along: the client uses it to
// apply its own write in seq order with everyone else's.
const holder = globalThis as unknown as { launchControlChangeSeq?: AsyncLocalStorage<{ seq?: number }> };
const storage = (holder.launchControlChangeSeq ??= new AsyncLocalStorage());

export const seqHeader = "Launch-Seq";

/** Runs a request; returns its answer and the seq of the last event it committed, if any. */
export async function withChangeSeq<T>(run: () => Promise<T>): Promise<{ result: T; seq: number | undefined }> {
  const store: { seq?: number } = {};
  const result = await storage.run(store, run);
  return { result, seq: store.seq };
}

/** Called by commitChange after a commit. */
export function noteChangeSeq(seq: number): void {
  const store = storage.getStore();
  if (store) store.seq = Math.max(store.seq ?? 0, seq);
}
