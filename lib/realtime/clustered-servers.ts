import type { RealtimeServer } from "@/lib/realtime/publish";

/** Socket servers that share their database with other instances (set when each starts). */
export const clusteredServers = new WeakMap<RealtimeServer, boolean>();
