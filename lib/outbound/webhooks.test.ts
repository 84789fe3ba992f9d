import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getDb } from "@/lib/db";
import { updateItem } from "@/lib/checklists/update-item";
import { saveChannel } from "@/lib/outbound/save-channel";
import { rotateChannelSecret } from "@/lib/outbound/rotate-channel-secret";
import { listChannels } from "@/lib/outbound/list-channels";
import { listDeliveries } from "@/lib/outbound/list-deliveries";
import { sendTest } from "@/lib/outbound/send-test";
import { redeliver } from "@/lib/outbound/redeliver";
import { deleteChannel } from "@/lib/outbound/delete-channel";
import { outboundDeliveryJob } from "@/lib/outbound/deliver-job";
import { startTestOutbound } from "@/test/outbound-worker";
import { createLaunchWithTeam } from "@/test/factories";
import { startReceiver, waitFor } from "@/test/http-receiver";

// Real parts only: PostgreSQL, pg-boss in its own schema, and a real HTTP receiver on 127.0.0.1.
const ENV = {
  OUTBOUND_ALLOW_PRIVATE_HOSTS: "true",
  OUTBOUND_RETRY_BASE_SECONDS: "0.2",
  OUTBOUND_MAX_BACKOFF_SECONDS: "1",
  OUTBOUND_MAX_ATTEMPTS: "3",
  OUTBOUND_TIMEOUT_SECONDS: "1",
};
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let stopWorker: (() => Promise<void>) | null = null;

const startWorker = async () => {
  stopWorker = (await startTestOutbound({ sweepEverySeconds: 1 })).stop;
};

beforeAll(() => Object.assign(process.env, ENV));
afterAll(() => {
  for (const key of Object.keys(ENV)) delete process.env[key];
});
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  await stopWorker?.();
  stopWorker = null;
  await receiver.close();
});

async function launchWithWebhook(eventTypes: string[] = []) {
  const setup = await createLaunchWithTeam();
  const saved = await saveChannel({
    actor: setup.team.lead,
    launchId: setup.launchId,
    kind: "webhook",
    name: "CI hook",
    url: receiver.url,
    eventTypes,
  });
  receiver.state.secret = saved.secret!;
  return { ...setup, channel: saved.channel, secret: saved.secret! };
}

const tick = (setup: Awaited<ReturnType<typeof launchWithWebhook>>, index: number, status: "done" | "todo" = "done") =>
  updateItem({ actor: setup.team.lead, launchId: setup.launchId, itemId: setup.items[index]!.id, status });

describe("generic webhooks", () => {
  it("signs each event with the endpoint's secret; the secret is shown once and never listed", async () => {
    await startWorker();
    const setup = await launchWithWebhook();
    expect(setup.secret).toMatch(/^whsec_/);
    await tick(setup, 0);
    const hit = await waitFor(
      () => receiver.received.find((r) => (r.json as { event?: { type?: string } })?.event?.type === "item.updated"),
      { what: "the webhook" },
    );
    expect(hit.signatureValid).toBe(true);
    expect(hit.json).toMatchObject({
      version: 1,
      test: false,
      event: { launchId: setup.launchId, type: "item.updated", data: { item: { status: "done" } } },
    });
    expect(hit.headers["x-launchcontrol-delivery"]).toBe((hit.json as { deliveryId: string }).deliveryId);

    const listed = await listChannels({ actor: setup.team.lead, launchId: setup.launchId });
    expect(JSON.stringify(listed)).not.toContain(setup.secret);
    await expect(listChannels({ actor: setup.team.member, launchId: setup.launchId })).rejects.toMatchObject({
      code: "forbidden",
    });

    // After a rotation the old secret no longer verifies: the receiver, still on it, says so.
    const rotated = await rotateChannelSecret({
      actor: setup.team.lead,
      launchId: setup.launchId,
      channelId: setup.channel.id,
    });
    expect(rotated.secret).not.toBe(setup.secret);
    const before = receiver.received.length;
    await tick(setup, 0, "todo");
    const next = await waitFor(
      () =>
        receiver.received
          .slice(before)
          .find((r) => (r.json as { event?: { type?: string } })?.event?.type === "item.updated"),
      { what: "the second webhook" },
    );
    expect(next.signatureValid).toBe(false);
  });

  it("sends only the event types the endpoint asked for", async () => {
    await startWorker();
    const setup = await launchWithWebhook(["step"]);
    await tick(setup, 0);
    const test = await sendTest({ actor: setup.team.lead, launchId: setup.launchId, channelId: setup.channel.id });
    await waitFor(() => receiver.received.find((r) => (r.json as { deliveryId?: string })?.deliveryId === test.id), {
      what: "the test delivery",
    });
    // The item event was filtered out: the only thing that arrived is the test.
    expect(receiver.received.map((r) => (r.json as { test: boolean }).test)).toEqual([true]);
    expect(
      await getDb().outboundDelivery.count({ where: { channelId: setup.channel.id, eventType: "item.updated" } }),
    ).toBe(0);
  });

  it("retries a failing endpoint with backoff up to the cap, logs why, and can redeliver", async () => {
    await startWorker();
    const setup = await launchWithWebhook(["item"]);
    receiver.state.mode = "fail";
    await tick(setup, 0);
    const [failed] = await waitFor(
      async () => {
        const log = await listDeliveries({
          actor: setup.team.lead,
          launchId: setup.launchId,
          channelId: setup.channel.id,
        });
        return log[0]?.status === "failed" ? log : null;
      },
      { what: "the delivery to give up" },
    );
    expect(failed).toMatchObject({
      status: "failed",
      attempts: 3,
      responseCode: 500,
      lastError: "HTTP 500: receiver exploded",
    });
    expect(receiver.received).toHaveLength(3);
    // Each retry waited at least its backoff: 0.2 s, then 0.4 s (the schedule itself: retry-policy.test.ts).
    const [first, second, third] = receiver.received.map((r) => r.at);
    expect(second! - first!).toBeGreaterThanOrEqual(200);
    expect(third! - second!).toBeGreaterThanOrEqual(400);

    receiver.state.mode = "ok";
    const again = await redeliver({
      actor: setup.team.lead,
      launchId: setup.launchId,
      channelId: setup.channel.id,
      deliveryId: failed!.id,
    });
    await waitFor(
      async () =>
        (await getDb().outboundDelivery.findUniqueOrThrow({ where: { id: again.id } })).status === "delivered",
      { what: "the redelivery" },
    );
    expect(receiver.received.at(-1)!.signatureValid).toBe(true);
    expect((receiver.received.at(-1)!.json as { event: { seq: number } }).event.seq).toBe(failed!.eventSeq);
    await expect(
      redeliver({
        actor: setup.team.member,
        launchId: setup.launchId,
        channelId: setup.channel.id,
        deliveryId: failed!.id,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("never makes a write wait for a hanging endpoint; the hung attempt times out and is retried", async () => {
    process.env.OUTBOUND_MAX_ATTEMPTS = "8";
    await startWorker();
    const setup = await launchWithWebhook(["item"]);
    receiver.state.mode = "hang";
    await tick(setup, 0);
    await waitFor(() => receiver.received.length === 1, { what: "the first (hanging) request" });
    // The endpoint is holding a request open right now, and further writes still commit and answer.
    const item = await tick(setup, 2);
    expect(item.status).toBe("done");
    expect(receiver.received.length).toBeGreaterThanOrEqual(1);
    const log = await waitFor(
      async () => {
        const rows = await listDeliveries({
          actor: setup.team.lead,
          launchId: setup.launchId,
          channelId: setup.channel.id,
        });
        return rows.find((row) => row.attempts >= 1 && row.lastError.includes("timeout")) ?? null;
      },
      { what: "a timed-out attempt in the log" },
    );
    expect(log.responseCode).toBeNull();
    receiver.state.mode = "ok";
    receiver.release();
    await waitFor(
      async () =>
        (await getDb().outboundDelivery.count({ where: { channelId: setup.channel.id, status: "delivered" } })) === 2,
      { what: "both deliveries" },
    );
    process.env.OUTBOUND_MAX_ATTEMPTS = ENV.OUTBOUND_MAX_ATTEMPTS;
  });

  it("delivers every pending event exactly once across a restart, even if jobs are duplicated", async () => {
    // Server down: the writes commit with their outbox rows, nothing is sent.
    const setup = await launchWithWebhook(["item"]);
    for (let round = 0; round < 6; round++)
      for (const index of [0, 2]) await tick(setup, index, round % 2 ? "todo" : "done");
    const pending = await getDb().outboundDelivery.findMany({
      where: { channelId: setup.channel.id },
      select: { id: true },
    });
    expect(pending).toHaveLength(12);
    expect(receiver.received).toHaveLength(0);

    // A first server starts, and its queue gets every job twice (as after a crash between send and mark).
    const first = await startTestOutbound({ sweepEverySeconds: 1 });
    stopWorker = first.stop;
    for (const { id } of pending) await first.queue.schedule(outboundDeliveryJob, { deliveryId: id });
    await waitFor(
      async () =>
        (await getDb().outboundDelivery.count({ where: { channelId: setup.channel.id, status: "delivered" } })) >= 4,
      { what: "some deliveries" },
    );
    // Graceful restart mid-way: stop, then a new queue instance picks up the rest.
    await stopWorker();
    await startWorker();
    await waitFor(
      async () =>
        (await getDb().outboundDelivery.count({ where: { channelId: setup.channel.id, status: "delivered" } })) === 12,
      { what: "all deliveries" },
    );
    await new Promise((resolve) => setTimeout(resolve, 1500)); // let any duplicate job run, if one would
    const ids = receiver.received.map((r) => (r.json as { deliveryId: string }).deliveryId);
    expect(ids.sort()).toEqual(pending.map((p) => p.id).sort());
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
    // And in commit order per launch: the receiver can rely on seq.
    const seqs = receiver.received.map((r) => (r.json as { event: { seq: number } }).event.seq);
    expect(new Set(seqs).size).toBe(12);
  });

  it("refuses bad channels with a clear message and stores nothing", async () => {
    const setup = await createLaunchWithTeam();
    const attempts = [
      { kind: "webhook" as const, name: "x", url: "not a url" },
      { kind: "webhook" as const, name: "x", url: "ftp://example.com/hook" },
      { kind: "slack" as const, name: "x", url: "https://user:pw@hooks.slack.com/x" },
      { kind: "webhook" as const, name: "x", url: "https://example.com/hook", eventTypes: ["nope.never"] },
      { kind: "email" as const, name: "x", emailTo: "ops@example.com, not-an-address" },
    ];
    for (const input of attempts)
      await expect(saveChannel({ actor: setup.team.lead, launchId: setup.launchId, ...input })).rejects.toBeInstanceOf(
        ZodError,
      );
    delete process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS;
    try {
      for (const url of [
        "http://127.0.0.1:9/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest",
        "http://[::1]/hook",
        "http://192.168.0.10/",
      ]) {
        const error = await saveChannel({
          actor: setup.team.lead,
          launchId: setup.launchId,
          kind: "webhook",
          name: "internal",
          url,
        }).catch((e: unknown) => e);
        expect(error, url).toBeInstanceOf(ZodError);
        expect((error as ZodError).issues[0]!.message).toMatch(/^Refused: .*(private|this server)/);
      }
    } finally {
      process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS = "true";
    }
    await expect(
      saveChannel({
        actor: setup.team.member,
        launchId: setup.launchId,
        kind: "webhook",
        name: "x",
        url: "https://example.com/hook",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await getDb().outboundChannel.count({ where: { launchId: setup.launchId } })).toBe(0);
    expect(
      await getDb().auditEvent.count({ where: { launchId: setup.launchId, type: { startsWith: "channel." } } }),
    ).toBe(0);
  });

  it("a removed channel gets nothing more", async () => {
    await startWorker();
    const setup = await launchWithWebhook(["item"]);
    await deleteChannel({ actor: setup.team.lead, launchId: setup.launchId, channelId: setup.channel.id });
    await tick(setup, 0);
    expect(await getDb().outboundDelivery.count({ where: { channelId: setup.channel.id } })).toBe(0);
    expect(await listChannels({ actor: setup.team.lead, launchId: setup.launchId })).toEqual([]);
  });
});
