import { Adapter, MessageType, type BroadcastOptions } from "socket.io-adapter";

type Packet = Parameters<Adapter["broadcast"]>[0];
// What the PostgreSQL adapter keeps (socket.io-adapter's ClusterAdapterWithHeartbeat and the adapter's
// pub/sub client): the other instances it has heard a heartbeat from lately, and its LISTEN connection.
type ClusterInternals = {
  publishAndReturnOffset(message: unknown): Promise<unknown>;
  nodesMap?: Map<string, number>;
  client?: { client?: unknown };
};

/** How long the LISTEN connection must have been up before "no other instance heard" is believed. */
export const ALONE_AFTER_MS = 12_000; // two heartbeats (every 5 s) and a margin

/**
 * Whether an event need not go out to other instances: none has sent a heartbeat within the adapter's
 * timeout, and this instance has been listening long enough to have heard one (an instance that starts
 * announces itself at once). While listening is down, or just back, it always goes out.
 */
export function noOtherInstance(state: {
  otherInstances: number;
  listeningSinceMs: number | null;
  nowMs: number;
}): boolean {
  return (
    state.otherInstances === 0 &&
    state.listeningSinceMs !== null &&
    state.nowMs - state.listeningSinceMs >= ALONE_AFTER_MS
  );
}

/**
 * socket.io's cluster adapter sends a broadcast to this instance's own sockets only after the NOTIFY to
 * the other instances has returned: every event reached local watchers one database round trip late.
 * This sends locally first, then tells the other instances; the returned promise still settles when the
 * NOTIFY is done, so `afterPublished` keeps events (and evictions) in order on every instance.
 */
export function deliverLocallyFirst<A extends Adapter>(adapter: A): A {
  const sendHere = (packet: Packet, opts: BroadcastOptions) => Adapter.prototype.broadcast.call(adapter, packet, opts);
  const internals = adapter as unknown as ClusterInternals;
  let listener: unknown;
  let listeningSinceMs: number | null = null;
  const alone = () => {
    const current = internals.client?.client;
    if (current !== listener) {
      listener = current;
      listeningSinceMs = current ? Date.now() : null;
    }
    const otherInstances = internals.nodesMap?.size ?? 1;
    return noOtherInstance({ otherInstances, listeningSinceMs, nowMs: Date.now() });
  };
  adapter.broadcast = ((packet: Packet, opts: BroadcastOptions) => {
    sendHere(packet, opts);
    // Alone, a NOTIFY would only come back to this instance to be parsed and dropped: half a
    // millisecond of CPU per event for nobody.
    if (opts.flags?.local || alone()) return Promise.resolve();
    return (adapter as unknown as ClusterInternals)
      .publishAndReturnOffset({
        type: MessageType.BROADCAST,
        data: { packet, opts: { rooms: [...opts.rooms], except: [...(opts.except ?? [])], flags: opts.flags } },
      })
      .catch(() => undefined);
  }) as A["broadcast"];
  return adapter;
}
