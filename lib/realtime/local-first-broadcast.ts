import { Adapter, MessageType, type BroadcastOptions } from "socket.io-adapter";

type Packet = Parameters<Adapter["broadcast"]>[0];
type ClusterInternals = { publishAndReturnOffset(message: unknown): Promise<unknown> };

/**
 * socket.io's cluster adapter sends a broadcast to this instance's own sockets only after the NOTIFY to
 * the other instances has returned: every event reached local watchers one database round trip late.
 * This sends locally first, then tells the other instances; the returned promise still settles when the
 * NOTIFY is done, so `afterPublished` keeps events (and evictions) in order on every instance.
 */
export function deliverLocallyFirst<A extends Adapter>(adapter: A): A {
  const sendHere = (packet: Packet, opts: BroadcastOptions) => Adapter.prototype.broadcast.call(adapter, packet, opts);
  adapter.broadcast = ((packet: Packet, opts: BroadcastOptions) => {
    sendHere(packet, opts);
    if (opts.flags?.local) return Promise.resolve();
    return (adapter as unknown as ClusterInternals)
      .publishAndReturnOffset({
        type: MessageType.BROADCAST,
        data: { packet, opts: { rooms: [...opts.rooms], except: [...(opts.except ?? [])], flags: opts.flags } },
      })
      .catch(() => undefined);
  }) as A["broadcast"];
  return adapter;
}
