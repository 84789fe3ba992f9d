// The app as a user's browser and screens see it: its REST API and its socket.io live stream.
import { performance } from "node:perf_hooks";
import { io as connect, type Socket } from "socket.io-client";
import { http, type Answer } from "./measure";

export type Item = { id: string; version: number; status: string };
export type Envelope = { seq: number; data?: { item?: { id: string; version: number } } };

export async function findLaunch(base: string, cookie: string, name = "Payments Platform Cutover"): Promise<string> {
  const { json } = await http(base, "GET", "/api/launches", { cookie });
  const launches = (json?.launches ?? []) as { id: string; name: string }[];
  const launch = launches.find((l) => l.name === name) ?? launches[0];
  if (!launch) throw new Error("no launch visible to this account");
  return launch.id;
}

/** Leaf items (no sub-items) of a launch, with their current version and status. */
export async function leafItems(base: string, cookie: string, launchId: string): Promise<Item[]> {
  const { json, status } = await http(base, "GET", `/api/launches/${launchId}`, { cookie, timeoutMs: 60_000 });
  if (status !== 200) throw new Error(`snapshot HTTP ${status}`);
  const all = (json.sections as { items: (Item & { parentId: string | null })[] }[]).flatMap((s) => s.items);
  const parents = new Set(all.map((i) => i.parentId).filter(Boolean));
  return all.filter((i) => !parents.has(i.id)).map(({ id, version, status }) => ({ id, version, status }));
}

/** One tick (done ⇄ todo) with the item's known version; on 409 takes the server's version and tries once more. */
export async function tick(base: string, cookie: string, launchId: string, item: Item): Promise<Answer> {
  const send = () =>
    http(base, "PATCH", `/api/launches/${launchId}/items/${item.id}`, {
      cookie,
      body: { status: item.status === "done" ? "todo" : "done", version: item.version },
    });
  let answer = await send();
  if (answer.status === 409 && answer.json?.current) {
    Object.assign(item, { version: answer.json.current.version, status: answer.json.current.status });
    answer = await send();
  }
  if (answer.status === 200) Object.assign(item, { version: answer.json.version, status: answer.json.status });
  return answer;
}

export type Watchers = { sockets: Socket[]; joinMs: number };

/**
 * Connects n websocket clients, `concurrency` at a time, each joining the launch's room when `launchId` is
 * given (the floor has no rooms). `onEvent(watcher, envelope)` hears every launch:event.
 */
export async function connectWatchers(
  url: string,
  options: { n: number; cookie?: string; launchId?: string; onEvent?: (watcher: number, event: Envelope) => void },
): Promise<Watchers> {
  const sockets: Socket[] = [];
  const started = performance.now();
  let next = 0;
  const one = async (id: number) => {
    const socket = connect(url, {
      transports: ["websocket"],
      extraHeaders: { ...(options.cookie ? { cookie: options.cookie } : {}), origin: url },
      reconnection: false,
      forceNew: true,
      timeout: 60_000,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    socket.on("launch:event", (event: Envelope) => options.onEvent?.(id, event));
    if (options.launchId) {
      const ack = await socket.timeout(60_000).emitWithAck("launch:join", { launchId: options.launchId });
      if (!ack?.ok) throw new Error(`join refused: ${JSON.stringify(ack)}`);
    }
    sockets.push(socket);
  };
  const worker = async () => {
    while (next < options.n) await one(next++);
  };
  await Promise.all(Array.from({ length: Math.min(25, options.n) }, worker));
  return { sockets, joinMs: performance.now() - started };
}

export const disconnectAll = (watchers: Watchers) => watchers.sockets.forEach((socket) => socket.disconnect());
