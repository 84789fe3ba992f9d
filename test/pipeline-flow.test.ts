// A deployment pipeline drives the timeline with an API token, through the real route handlers (the
// code Next runs), while a real HTTP receiver subscribed as a webhook gets every change, signed, with
// contiguous sequence numbers it can order by. Deliveries go through the real outbox and job queue.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLaunchWithTeam } from "@/test/factories";
import { startReceiver, waitFor } from "@/test/http-receiver";
import { startTestOutbound } from "@/test/outbound-worker";
import { createToken } from "@/lib/tokens/create-token";
import { saveChannel } from "@/lib/outbound/save-channel";
import { saveMetric } from "@/lib/checkpoints/save-metric";
import { changeLaunchStatus } from "@/lib/launches/change-launch-status";
import { createStep } from "@/lib/timeline/create-step";
import * as stepActionRoute from "@/app/api/launches/[launchId]/steps/[stepId]/[action]/route";
import * as itemRoute from "@/app/api/launches/[launchId]/items/[itemId]/route";
import * as metricsTokenRoute from "@/app/api/launches/[launchId]/metrics-token/route";
import * as pushRoute from "@/app/api/launches/[launchId]/metrics/push/route";
import * as checkpointsRoute from "@/app/api/launches/[launchId]/checkpoints/route";

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;
async function call<P>(handler: Handler<P>, params: P, bearer: string, method: string, body?: unknown) {
  const request = new NextRequest("http://localhost:3000/api/pipeline", {
    method,
    headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let stop: () => Promise<void>;
beforeAll(async () => {
  process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS = "true";
  receiver = await startReceiver();
  ({ stop } = await startTestOutbound({ sweepEverySeconds: 1, messagesEverySeconds: 3600 }));
});
afterAll(async () => {
  await stop();
  await receiver.close();
  delete process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS;
});

type Delivered = { event: { type: string; seq: number; launchId: string } };

describe("a pipeline drives the launch with an API token", () => {
  it("starts a step, ticks an item, pushes a metric, completes the step, posts a checkpoint; the webhook hears it all, signed", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const step = await createStep({ actor: team.lead, launchId, title: "Deploy v2.4" });
    await saveMetric({
      actor: team.lead,
      launchId,
      key: "error_rate",
      name: "Error rate",
      unit: "%",
      comparator: "lt",
      threshold: 1,
    });
    await changeLaunchStatus({ actor: team.lead, launchId, status: "ready" });
    await changeLaunchStatus({ actor: team.lead, launchId, status: "in_progress" });
    const hook = await saveChannel({
      actor: team.lead,
      launchId,
      kind: "webhook",
      name: "Pipeline log",
      url: receiver.url,
    });
    receiver.state.secret = hook.secret!;
    const { secret: apiToken } = await createToken({
      actor: team.lead,
      origin: { ip: "203.0.113.9", userAgent: "vitest" },
      name: "CI deploy",
      scope: "write",
    });

    // What the CI job does, in order.
    const ids = { launchId, stepId: step.id };
    expect((await call(stepActionRoute.POST, { ...ids, action: "start" }, apiToken, "POST", {})).status).toBe(200);
    const tick = await call(itemRoute.PATCH, { launchId, itemId: items[0]!.id }, apiToken, "PATCH", { status: "done" });
    expect(tick.status).toBe(200);
    const metricsToken = await call(metricsTokenRoute.POST, { launchId }, apiToken, "POST", {});
    expect(metricsToken.status).toBe(201);
    const pushed = await call(pushRoute.POST, { launchId }, String(metricsToken.body.token), "POST", {
      values: [{ metric: "error_rate", value: 0.2 }],
    });
    expect(pushed).toMatchObject({ status: 201, body: { stored: 1 } });
    expect((await call(stepActionRoute.POST, { ...ids, action: "complete" }, apiToken, "POST", {})).status).toBe(200);
    const checkpoint = await call(checkpointsRoute.POST, { launchId }, apiToken, "POST", {
      assessment: "green",
      decision: "continue",
      notes: "Deployed by CI",
    });
    expect(checkpoint.status).toBe(201);

    const ours = () => receiver.received.filter((r) => (r.json as Delivered).event.launchId === launchId);
    const expected = ["step.started", "item.updated", "step.completed", "checkpoint.submitted"];
    await waitFor(() => expected.every((type) => ours().some((r) => (r.json as Delivered).event.type === type)), {
      what: "the pipeline's events at the webhook",
    });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // anything sent twice would have arrived by now
    const received = ours();
    expect(received.every((r) => r.signatureValid === true)).toBe(true);
    // Ordered by seq (deliveries run in parallel, so arrival order may differ): no gaps, no repeats,
    // and the pipeline's changes in the order it made them.
    const events = received.map((r) => (r.json as Delivered).event).sort((a, b) => a.seq - b.seq);
    const seqs = events.map((event) => event.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => seqs[0]! + i));
    expect(events.map((event) => event.type).filter((type) => expected.includes(type))).toEqual(expected);
    // The token's owner is the actor the receiver sees.
    expect(received.map((r) => (r.json as { event: { actor: { name: string } | null } }).event.actor?.name)).toContain(
      team.lead.name,
    );
  });
});
