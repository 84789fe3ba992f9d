// Two real server instances (production build) on one throwaway PostgreSQL, behind the small proxy of
// `npm run scaleout`: what a company-wide launch behind a load balancer needs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startTopology, type Topology } from "@/scripts/scaleout/topology";
import { account, DEMO_LAUNCH_NAME } from "../support/accounts";
import { api, signIn, signOut, watch, type Watcher } from "./live-client";

const port = Number(process.env.SCALEOUT_PORT ?? 3200);
let dataDir: string;
let topology: Topology;
let A: string;
let B: string;
let launchId: string;
let leafItems: { id: string; version: number; status: string }[];
const cookies = new Map<string, string>();
const watchers: Watcher[] = [];
let viewerOnB: Watcher;

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "launch-control-scaleout-"));
  topology = await startTopology({ port, dataDir });
  [A, B] = topology.instances.map((instance) => instance.url) as [string, string];
  for (const role of ["lead", "sponsor", "member", "viewer"] as const)
    cookies.set(role, await signIn(A, account(role).email));
  const { body } = await api(A, cookies.get("lead")!, "GET", "/api/launches");
  launchId = (body.launches as { id: string; name: string }[]).find((launch) => launch.name === DEMO_LAUNCH_NAME)!.id;
  const snapshot = await api(A, cookies.get("lead")!, "GET", `/api/launches/${launchId}`);
  const items = (
    snapshot.body.sections as { items: { id: string; parentId: string | null; version: number; status: string }[] }[]
  ).flatMap((s) => s.items);
  leafItems = items.filter((item) => !items.some((other) => other.parentId === item.id));
});

test.afterAll(async () => {
  watchers.forEach((watcher) => watcher.close());
  await topology?.stop().catch((error) => console.error(error));
  rmSync(dataDir, { recursive: true, force: true });
});

const follow = async (base: string, role: string) => {
  const watcher = await watch(base, cookies.get(role)!, launchId);
  watchers.push(watcher);
  return watcher;
};

/** Ticks a leaf item through `base`. */
async function tick(base: string, index: number) {
  const item = leafItems[index % leafItems.length]!;
  const status = item.status === "done" ? "todo" : "done";
  const answer = await api(base, cookies.get("lead")!, "PATCH", `/api/launches/${launchId}/items/${item.id}`, {
    status,
    version: item.version,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  Object.assign(item, { version: answer.body.version, status: answer.body.status });
}

const launchSeq = async () =>
  (await api(B, cookies.get("lead")!, "GET", `/api/launches/${launchId}/events?after=0&limit=1`)).body.seq as number;

test("a watcher on B receives every tick made on A, in order, within a second", async () => {
  const onB = (viewerOnB = await follow(B, "viewer"));
  const onA = await follow(A, "sponsor");
  const start = onB.applied.length;
  const sentAt: number[] = [];
  for (let i = 0; i < 50; i++) {
    sentAt.push(performance.now());
    await tick(A, i);
  }
  await expect.poll(() => onB.applied.length - start, { timeout: 5_000 }).toBe(50);
  const seqs = onB.applied.slice(start);
  expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
  // Every one arrived live (not fetched after a gap), within a second of being sent.
  const late = seqs.map((seq, i) => (onB.liveAt.get(seq) ?? Infinity) - sentAt[i]!).filter((ms) => ms > 1_000);
  expect(late, "ticks that took over a second to reach B").toEqual([]);
  expect(onA.applied.slice(-50)).toEqual(seqs);
});

test("presence lists the people on both instances, everywhere", async () => {
  const lead = await follow(A, "lead");
  const member = await follow(B, "member");
  // The sponsor (on A) and the viewer (on B) are still following from the first test.
  const everyone = ["Lead", "Member", "Sponsor", "Viewer"].map((name) => expect.stringContaining(name));
  await expect.poll(() => lead.people()).toEqual(everyone);
  await expect.poll(() => member.people()).toEqual(everyone);
  member.close();
  await expect.poll(() => lead.people().some((name) => name.includes("Member"))).toBe(false);
});

test("removing a member evicts their socket on the other instance", async () => {
  const member = await follow(B, "member");
  const viewer = viewerOnB;
  const before = member.applied.length;
  const memberId = (await api(A, cookies.get("member")!, "GET", "/api/auth/session")).body.user as { id: string };
  const removed = await api(A, cookies.get("lead")!, "DELETE", `/api/launches/${launchId}/members/${memberId.id}`);
  expect(removed.status, JSON.stringify(removed.body)).toBe(200);
  await tick(A, 1);
  const seq = await launchSeq();
  await expect.poll(() => viewer.applied.at(-1)).toBe(seq);
  await new Promise((resolve) => setTimeout(resolve, 500));
  // The member heard their own removal, then nothing more.
  expect(member.applied.length - before).toBe(1);
  expect(member.socket.connected).toBe(true);
});

test("signing out on A closes that session's live connection on B, and only that one", async () => {
  const email = account("sponsor").email;
  const [laptop, phone] = [await signIn(A, email), await signIn(A, email)];
  const laptopOnB = await watch(B, laptop, launchId);
  const phoneOnB = await watch(B, phone, launchId);
  watchers.push(laptopOnB, phoneOnB);
  const reasons: string[] = [];
  laptopOnB.socket.on("disconnect", (reason) => reasons.push(reason));
  phoneOnB.socket.on("disconnect", (reason) => reasons.push(`phone: ${reason}`));
  expect(await signOut(A, laptop)).toBeLessThan(400);
  await expect.poll(() => reasons).toEqual(["io server disconnect"]);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(reasons).toEqual(["io server disconnect"]);
  expect(phoneOnB.socket.connected).toBe(true);
});

test("kill -9 of A loses no acknowledged write; A's watchers move to B and catch up", async () => {
  const viaProxy = topology.proxy.url;
  // Through the proxy (a watcher connected straight to A's port has nowhere to go), keeping two that
  // the proxy happened to send to A.
  const onA: Watcher[] = [];
  for (let i = 0; i < 6 && onA.length < 2; i++) {
    const watcher = await follow(viaProxy, "viewer");
    const servedBy = await whichInstance(watcher);
    if (servedBy === "A") onA.push(watcher);
    else watcher.close();
  }
  expect(onA.length, "watchers on A through the proxy").toBe(2);

  // Each acknowledged write as the item's id and the version the server answered with.
  const acknowledged: string[] = [];
  let writing = true;
  const writer = (async () => {
    for (let i = 0; writing; i++) {
      const item = leafItems[i % leafItems.length]!;
      const status = item.status === "done" ? "todo" : "done";
      const answer = await api(viaProxy, cookies.get("lead")!, "PATCH", `/api/launches/${launchId}/items/${item.id}`, {
        status,
        version: item.version,
      }).catch(() => undefined);
      if (answer?.status === 200) {
        Object.assign(item, { version: answer.body.version, status: answer.body.status });
        acknowledged.push(`${item.id}@${item.version}`);
      } else if (answer?.status === 409) {
        const current = answer.body.current as { version: number; status: string };
        Object.assign(item, current);
      }
    }
  })();
  // Generous: on a busy machine a write through the proxy can take a second.
  await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(5);
  await topology.instances[0]!.stop("SIGKILL");
  const afterKill = acknowledged.length;
  await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(afterKill + 5);
  writing = false;
  await writer;

  // Every acknowledged write is in the database, read through B.
  const events = await api(B, cookies.get("lead")!, "GET", `/api/launches/${launchId}/events?after=0&limit=1000`);
  type StoredEvent = { seq: number; type: string; data: { item?: { id: string; version: number } } };
  const stored = events.body.events as StoredEvent[];
  const lastSeq = events.body.seq as number;
  expect(events.body.hasMore).toBe(false);
  const writes = new Set(
    stored
      .filter((event) => event.type === "item.updated")
      .map((event) => `${event.data.item?.id}@${event.data.item?.version}`),
  );
  expect(
    acknowledged.filter((write) => !writes.has(write)),
    "acknowledged writes missing after kill -9",
  ).toEqual([]);
  expect(stored.map((event) => event.seq)).toEqual(stored.map((_, i) => i + 1));
  // The watchers that were on A reconnected (to B) and hold every event, in order, without gaps.
  for (const watcher of onA) {
    await expect.poll(() => watcher.applied.at(-1), { timeout: 20_000 }).toBe(lastSeq);
    const seqs = watcher.applied;
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    expect(await whichInstance(watcher)).toBe("B");
  }
});

/** Which instance serves a watcher's socket: the one that knows its socket id. */
async function whichInstance(watcher: Watcher): Promise<string> {
  await expect.poll(() => watcher.socket.connected, { timeout: 15_000 }).toBe(true);
  return (await fetchServedBy(watcher.socket.io.engine.id!)) ?? "?";
}

async function fetchServedBy(engineId: string): Promise<string | undefined> {
  for (const instance of topology.instances) {
    if (instance.process.exitCode !== null || instance.process.signalCode !== null) continue;
    // engine.io answers a polling request for a session it holds with 400 "Session ID unknown" only when it does not hold it.
    const response = await fetch(`${instance.url}/socket.io/?EIO=4&transport=polling&sid=${engineId}`).catch(
      () => undefined,
    );
    const text = (await response?.text()) ?? "";
    if (response && !text.includes("Session ID unknown")) return instance.name;
  }
  return undefined;
}
