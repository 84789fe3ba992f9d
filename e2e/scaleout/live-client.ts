// What a browser does, without a browser: sign in over HTTP, follow a launch over socket.io, apply
// events in seq order, and fetch what it missed (after a gap or a reconnect) from /events.
import { io, type Socket } from "socket.io-client";
import type {
  ClientToServerEvents,
  JoinAck,
  LaunchEvent,
  PresentPerson,
  ServerToClientEvents,
} from "@/lib/realtime/envelope";
import { applyPresenceDelta } from "@/lib/realtime/presence-delta";
import { classifyEvent } from "@/lib/realtime/event-sequence";

export async function signIn(base: string, email: string, password = "golive-demo"): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  };
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  keep(response);
  const session = [...jar].filter(([name]) => name.includes("session-token"));
  if (session.length === 0) throw new Error(`Signing in as ${email} failed (HTTP ${response.status}).`);
  return cookieHeader(new Map(session));
}
/** Signs the session out through next-auth's own endpoint (what the sign-out button does). */
export async function signOut(base: string, cookie: string): Promise<number> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/signout`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [cookie, csrfCookie].filter(Boolean).join("; "),
    },
    body: new URLSearchParams({ csrfToken, json: "true" }),
    redirect: "manual",
  });
  return response.status;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

export async function api(base: string, cookie: string, method: string, path: string, body?: unknown) {
  const response = await fetch(base + path, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A request whose instance died under it gets no answer: give up rather than wait forever (the write
    // then counts as not acknowledged).
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export type Watcher = {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** Seqs in the order this client applied them (live or caught up). */
  applied: number[];
  /** When each seq arrived live (performance.now()); caught-up ones are not here. */
  liveAt: Map<number, number>;
  caughtUp: number;
  people: () => string[];
  close: () => void;
};

export async function watch(
  base: string,
  cookie: string,
  launchId: string,
  { fromSeq }: { fromSeq?: number } = {},
): Promise<Watcher> {
  let seq = fromSeq ?? -1;
  let people: PresentPerson[] = [];
  const applied: number[] = [];
  const liveAt = new Map<number, number>();
  const watcher: Watcher = {
    socket: undefined!,
    applied,
    liveAt,
    caughtUp: 0,
    people: () => people.map((p) => p.name),
    close: () => socket.close(),
  };
  let queue = Promise.resolve();
  const enqueue = (task: () => Promise<void>) =>
    (queue = queue.then(task).catch((error) => console.error("watcher", error)));
  const apply = (event: LaunchEvent) => {
    applied.push(event.seq);
    seq = event.seq;
  };
  const catchUp = async () => {
    for (;;) {
      const { status, body } = await api(
        base,
        cookie,
        "GET",
        `/api/launches/${launchId}/events?after=${seq}&limit=1000`,
      );
      if (status !== 200) throw new Error(`catch-up answered ${status}`);
      for (const event of body.events as LaunchEvent[])
        if (classifyEvent(seq, event.seq) === "apply") {
          apply(event);
          watcher.caughtUp++;
        }
      if (!body.hasMore) return;
    }
  };

  // WebSocket only: a Node client keeps no cookie jar, so long-polling could not stay on one instance.
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(base, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    reconnectionDelay: 200,
    reconnectionDelayMax: 1_000,
  });
  watcher.socket = socket;
  socket.on("launch:event", (event) => {
    const at = performance.now();
    enqueue(async () => {
      const decision = classifyEvent(seq, event.seq);
      if (decision === "duplicate") return;
      if (decision === "gap") return catchUp();
      liveAt.set(event.seq, at);
      apply(event);
    });
  });
  socket.on("launch:presence", (presence) => (people = presence.people));
  socket.on("launch:presence-delta", (delta) => (people = applyPresenceDelta(people, delta)));
  const joined = new Promise<void>((resolve, reject) => {
    socket.on("connect", () =>
      socket.emit("launch:join", { launchId }, (ack: JoinAck) => {
        if (!ack.ok) return reject(new Error(ack.error));
        if (seq < 0) seq = ack.seq;
        else if (ack.seq !== seq) enqueue(catchUp);
        resolve();
      }),
    );
    socket.once("connect_error", reject);
  });
  await joined;
  return watcher;
}
