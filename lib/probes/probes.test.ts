import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getDb } from "@/lib/db";
import { changeLaunchStatus } from "@/lib/launches/change-launch-status";
import { setProbeHosts } from "@/lib/probes/set-probe-hosts";
import { saveProbe } from "@/lib/probes/save-probe";
import { runDueProbes } from "@/lib/probes/run-due-probes";
import { createLaunchWithTeam } from "@/test/factories";
import { createStep } from "@/lib/timeline/create-step";
import { runStep } from "@/lib/timeline/run-step";

// A real health endpoint that flips between 200 and 503, and counts its calls.
const health = { up: false, calls: 0, paths: [] as string[] };
const server = createServer((request, response) => {
  health.calls++;
  health.paths.push(request.url ?? "");
  response
    .writeHead(health.up ? 200 : 503, { "content-type": "application/json" })
    .end(health.up ? '{"status":"UP"}' : '{"status":"DOWN"}');
});
let url: string;
let host: string;

beforeAll(async () => {
  process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS = "true";
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  url = `http://${host}/health`;
});
afterAll(async () => {
  delete process.env.OUTBOUND_ALLOW_PRIVATE_HOSTS;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("health probes", () => {
  it("only allow-listed hosts; bad input stores nothing", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    await expect(saveProbe({ actor: team.lead, launchId, itemId: items[0]!.id, url })).rejects.toMatchObject({
      code: "invalid",
      message: expect.stringContaining("allow-list"),
    });
    await expect(
      saveProbe({ actor: team.lead, launchId, itemId: items[0]!.id, url: "not a url" }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      setProbeHosts({ actor: team.lead, launchId, hosts: ["http://lb.prod/health"] }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(setProbeHosts({ actor: team.member, launchId, hosts: [host] })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await getDb().probe.count({ where: { launchId } })).toBe(0);
  });

  it("runs only while the launch is in progress; a failure leaves the item open, a pass ticks it with evidence", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const item = items[0]!;
    await setProbeHosts({ actor: team.lead, launchId, hosts: [host] });
    await saveProbe({ actor: team.lead, launchId, itemId: item.id, url, bodyContains: '"UP"', intervalSeconds: 30 });
    const t0 = new Date();
    health.calls = 0;
    await runDueProbes(t0);
    expect(health.calls).toBe(0); // still planning

    await changeLaunchStatus({ actor: team.lead, launchId, status: "ready" });
    await changeLaunchStatus({ actor: team.lead, launchId, status: "in_progress" });
    health.up = false;
    await runDueProbes(t0);
    expect(health.calls).toBe(1);
    let probe = await getDb().probe.findFirstOrThrow({ where: { launchId } });
    expect(probe).toMatchObject({ lastOk: false, lastStatus: 503, lastError: "Expected 200, got 503." });
    expect((await getDb().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("todo");

    health.up = true;
    await runDueProbes(new Date(t0.getTime() + 10_000)); // within the interval: not run again
    expect(health.calls).toBe(1);
    await runDueProbes(new Date(t0.getTime() + 31_000));
    expect(health.calls).toBe(2);
    probe = await getDb().probe.findFirstOrThrow({ where: { launchId } });
    expect(probe.lastOk).toBe(true);
    const ticked = await getDb().checklistItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(ticked.status).toBe("done");
    expect(ticked.evidence).toMatch(new RegExp(`^Probe GET ${url.replace(/[.]/g, "\\.")} → 200 in \\d+ ms`));
  });

  it("passes a validation step on the JSON value it expects, fails one on another, only while it runs", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const stepUrl = `${url}?validation`;
    await setProbeHosts({ actor: team.lead, launchId, hosts: [host] });
    const step = (title: string) => createStep({ actor: team.lead, launchId, title, kind: "validation" });
    const [healthy, degraded, plain] = [
      await step("Health is UP"),
      await step("Health is DEGRADED"),
      await createStep({ actor: team.lead, launchId, title: "Deploy" }),
    ];
    const probe = (stepId: string, jsonExpect: string) =>
      saveProbe({
        actor: team.lead,
        launchId,
        stepId,
        url: stepUrl,
        jsonPath: "$.status",
        jsonExpect,
        intervalSeconds: 10,
      });
    await probe(healthy.id, '"UP"');
    await probe(degraded.id, "DEGRADED");
    await expect(probe(plain.id, '"UP"')).rejects.toMatchObject({ code: "invalid", message: /not a validation step/ });
    await expect(
      saveProbe({ actor: team.lead, launchId, url, jsonPath: "status", stepId: healthy.id }),
    ).rejects.toBeInstanceOf(ZodError);
    await changeLaunchStatus({ actor: team.lead, launchId, status: "ready" });
    await changeLaunchStatus({ actor: team.lead, launchId, status: "in_progress" });
    health.up = true;
    // Only this test's probes call this path (other tests' launches may still be in progress).
    const calls = () => health.paths.filter((path) => path === "/health?validation").length;
    const t0 = new Date();
    await runDueProbes(t0);
    expect(calls()).toBe(0); // the steps are not being validated yet
    await runStep({ actor: team.lead, launchId, stepId: healthy.id, action: "start" });
    await runStep({
      actor: team.lead,
      launchId,
      stepId: degraded.id,
      action: "start",
      force: true,
      reason: "parallel",
    });
    await runDueProbes(new Date(t0.getTime() + 11_000));
    expect(calls()).toBe(2);
    const read = (id: string) => getDb().timelineStep.findUniqueOrThrow({ where: { id } });
    const passed = await read(healthy.id);
    expect(passed).toMatchObject({ status: "done", outcome: "pass" });
    expect(passed.evidence).toMatch(/→ 200 in \d+ ms.*\$\.status == "UP"\nResponse: \{"status":"UP"\}/s);
    const failed = await read(degraded.id);
    expect(failed).toMatchObject({ status: "failed", outcome: "fail" });
    expect(failed.evidence).toMatch(/^Expected \$\.status == DEGRADED, got "UP"\./);
    // Settled steps are not probed again.
    await runDueProbes(new Date(t0.getTime() + 60_000));
    expect(calls()).toBe(2);
  });
});
