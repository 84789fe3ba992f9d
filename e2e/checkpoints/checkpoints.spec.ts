import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, LIVE, expectLive, expectSamePage, markPage, type SignedIn } from "../support/fixtures";
import { stackTrace, type SnapshotJson } from "../support/api";
import type { TestLaunch } from "../support/launch-factory";

// After go-live the lead files checkpoint reports against the success criteria; the sponsor watches the
// checkpoints page and the war room. A failing metric shows as a failing report on the sponsor's screen
// within a second, two in a row raise the rollback alarm everywhere, monitoring pushes values with the
// launch's token, and the post-launch report exports what was filed.

type Metrics = { p95: string; errorRate: string };
type CheckpointSnapshot = SnapshotJson & { samples: { metricId: string; value: number }[]; checkpoints: unknown[] };

/** p95 latency under 500 ms and error rate under 0.1 %, as the lead sets them up. */
async function arrangeMetrics(api: SignedIn["api"], launch: TestLaunch): Promise<Metrics> {
  const create = async (body: Record<string, unknown>) => {
    const created = await api.send("POST", `/api/launches/${launch.id}/metrics`, body);
    expect(created.status, created.text).toBe(201);
    return created.body.id as string;
  };
  const p95 = await create({
    key: "p95_ms",
    name: "p95 latency",
    unit: "ms",
    comparator: "lt",
    threshold: 500,
    warnThreshold: 400,
  });
  const errorRate = await create({
    key: "error_rate",
    name: "Error rate",
    unit: "%",
    comparator: "lt",
    threshold: 0.1,
  });
  return { p95, errorRate };
}

async function fileCheckpoint(
  api: SignedIn["api"],
  launch: TestLaunch,
  metrics: Metrics,
  p95: number,
  errorRate: number,
) {
  const filed = await api.send("POST", `/api/launches/${launch.id}/checkpoints`, {
    assessment: "red",
    decision: "hold",
    notes: "p95 above target",
    values: [
      { metricId: metrics.p95, value: p95 },
      { metricId: metrics.errorRate, value: errorRate },
    ],
  });
  expect(filed.status, filed.text).toBe(201);
}

const metricRow = (page: Page, metricId: string) =>
  page.locator(`[data-testid="metric-row"][data-metric-id="${metricId}"]`);
const checkpointEntry = (page: Page, number: number) =>
  page.locator(`[data-testid="checkpoint-entry"][data-number="${number}"]`);

async function snapshot(api: SignedIn["api"], launch: TestLaunch) {
  return (await api.snapshot(launch.id)) as CheckpointSnapshot;
}

async function push(request: APIRequestContext, launch: TestLaunch, token: string, body: unknown) {
  const response = await request.post(`/api/launches/${launch.id}/metrics/push`, {
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    data: Buffer.from(JSON.stringify(body)),
  });
  return { status: response.status(), text: await response.text() };
}

test("a failing checkpoint reaches the sponsor live, and a second one raises the rollback alarm on every screen", async ({
  signInAs,
  launch,
}) => {
  const checkpointsPage = `/launches/${launch.id}/checkpoints`;
  const leadSide = await signInAs("lead", { to: checkpointsPage });
  const metrics = await arrangeMetrics(leadSide.api, launch);
  await leadSide.page.reload();
  const sponsor = await signInAs("sponsor", { to: checkpointsPage });
  const warRoom = await sponsor.context.newPage();
  await warRoom.goto(`/launches/${launch.id}/dashboard`);
  const watchers = [sponsor.page, warRoom];
  for (const page of [leadSide.page, ...watchers]) await expectLive(page);
  for (const page of [leadSide.page, ...watchers]) await markPage(page);
  for (const page of watchers) await expect(page.getByTestId("rollback-alarm")).toHaveCount(0);

  // The lead types a failing p95 and sees it fail before submitting.
  const lead = leadSide.page;
  await lead.getByTestId("report-checkpoint").click();
  await metricRow(lead, metrics.p95).getByTestId("metric-value-input").fill("720");
  await metricRow(lead, metrics.errorRate).getByTestId("metric-value-input").fill("0.02");
  await expect(metricRow(lead, metrics.p95).getByTestId("metric-result")).toHaveAttribute("data-result", "fail");
  await expect(metricRow(lead, metrics.errorRate).getByTestId("metric-result")).toHaveAttribute("data-result", "pass");
  await expect(lead.getByTestId("assessment-red")).toHaveAttribute("aria-checked", "true");
  await lead.getByTestId("decision-hold").click();
  const filed = lead.waitForResponse(
    (response) => response.request().method() === "POST" && /\/api\/launches\/[^/]+\/checkpoints$/.test(response.url()),
  );
  await lead.getByTestId("checkpoint-submit").click();
  // "Live" is measured from the committed answer, not from the click (a busy machine may take a while to file it).
  expect((await filed).ok()).toBe(true);

  const first = checkpointEntry(sponsor.page, 1);
  await expect(first).toHaveAttribute("data-result", "fail", LIVE);
  await expect(first).toContainText("720 ms");
  await expect(lead.getByTestId("checkpoint-form")).toHaveCount(0);
  // One failing report is a warning sign, not yet a rollback alarm.
  for (const page of watchers) await expect(page.getByTestId("rollback-alarm")).toHaveCount(0);

  await fileCheckpoint(leadSide.api, launch, metrics, 680, 0.02);
  for (const page of [...watchers, lead]) {
    const alarm = page.getByTestId("rollback-alarm");
    await expect(alarm).toBeVisible(LIVE);
    await expect(alarm).toContainText("p95 latency failed 2 checkpoints in a row");
  }
  await expect(checkpointEntry(sponsor.page, 2)).toHaveAttribute("data-result", "fail");
  for (const page of [lead, ...watchers]) await expectSamePage(page);
});

test("monitoring pushes with the launch's token: a wrong token or a malformed body changes nothing, a good push pre-fills the form", async ({
  signInAs,
  launch,
  playwright,
  baseURL,
}) => {
  const leadSide = await signInAs("lead", { to: `/launches/${launch.id}/checkpoints` });
  const metrics = await arrangeMetrics(leadSide.api, launch);
  const issued = await leadSide.api.send("POST", `/api/launches/${launch.id}/metrics-token`);
  expect(issued.status, issued.text).toBe(201);
  const token = issued.body.token as string;
  expect(token).toBeTruthy();
  await leadSide.page.reload();
  await expectLive(leadSide.page);
  const before = await snapshot(leadSide.api, launch);

  // A monitoring system has no session: only the token.
  const monitoring = await playwright.request.newContext({ baseURL });
  try {
    const wrongToken = await push(monitoring, launch, `${token}x`, { values: [{ metric: "p95_ms", value: 265 }] });
    expect(wrongToken.status, wrongToken.text).toBe(401);
    expect(wrongToken.text).not.toMatch(stackTrace);
    const malformed = await push(monitoring, launch, token, { values: "x" });
    expect(malformed.status, malformed.text).toBe(422);
    expect(malformed.text).not.toMatch(stackTrace);

    const after = await snapshot(leadSide.api, launch);
    expect(after.samples).toEqual(before.samples);
    expect(after.seq).toBe(before.seq);

    const good = await push(monitoring, launch, token, {
      values: [
        { metric: "p95_ms", value: 265 },
        { metric: "error_rate", value: 0.01 },
      ],
    });
    expect(good.status, good.text).toBe(201);
    const pushed = await snapshot(leadSide.api, launch);
    expect(pushed.samples.map((sample) => [sample.metricId, sample.value])).toEqual(
      expect.arrayContaining([
        [metrics.p95, 265],
        [metrics.errorRate, 0.01],
      ]),
    );

    // The lead's open page got the push live: the form starts from the pushed values.
    const lead = leadSide.page;
    await markPage(lead);
    await lead.getByTestId("report-checkpoint").click();
    const p95Row = metricRow(lead, metrics.p95);
    await expect(p95Row.getByTestId("metric-value-input")).toHaveValue("265");
    await expect(p95Row.getByTestId("metric-pushed")).toBeVisible();
    await expect(p95Row.getByTestId("metric-result")).toHaveAttribute("data-result", "pass");
    await expect(metricRow(lead, metrics.errorRate).getByTestId("metric-value-input")).toHaveValue("0.01");

    // And a newer push while the form is open follows into it, within a second.
    const newer = await push(monitoring, launch, token, { values: [{ metric: "p95_ms", value: 730 }] });
    expect(newer.status, newer.text).toBe(201);
    await expect(p95Row.getByTestId("metric-value-input")).toHaveValue("730", LIVE);
    await expect(p95Row.getByTestId("metric-result")).toHaveAttribute("data-result", "fail");
    await expectSamePage(lead);
  } finally {
    await monitoring.dispose();
  }
});

test("the report exports the filed checkpoints as Markdown and CSV, and the report page shows its sections", async ({
  signInAs,
  launch,
}) => {
  const leadSide = await signInAs("lead");
  const metrics = await arrangeMetrics(leadSide.api, launch);
  await fileCheckpoint(leadSide.api, launch, metrics, 720, 0.02);
  await fileCheckpoint(leadSide.api, launch, metrics, 680, 0.03);

  const markdown = await leadSide.api.get(`/api/launches/${launch.id}/report/markdown`);
  expect(markdown.status, markdown.text).toBe(200);
  expect(markdown.text).toContain(launch.name);
  expect(markdown.text).toMatch(/^## Checkpoints$/m);
  expect(markdown.text).toContain("720");

  const csv = await leadSide.api.get(`/api/launches/${launch.id}/report/checkpoints.csv`);
  expect(csv.status, csv.text).toBe(200);
  // The file starts with a UTF-8 byte order mark (so spreadsheets read non-ASCII text right).
  const lines = csv.text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  expect(lines, csv.text).toHaveLength(3);
  expect(lines[0]).toMatch(/^Checkpoint,Version,/);
  expect(lines[0]).toContain("p95 latency (ms)");
  expect(lines[1]).toMatch(/^1,1,/);
  expect(lines[1]).toContain("720");
  expect(lines[2]).toMatch(/^2,1,/);
  expect(lines[2]).toContain("680");

  const page = leadSide.page;
  await page.goto(`/launches/${launch.id}/report`);
  const sections = page.getByTestId("report-section");
  await expect(sections.first()).toBeVisible();
  for (const section of ["summary", "timeline", "checklist", "checkpoints", "incidents"]) {
    await expect(page.locator(`[data-testid="report-section"][data-section="${section}"]`)).toBeVisible();
  }
  const checkpoints = page.locator('[data-testid="report-section"][data-section="checkpoints"]');
  await expect(checkpoints).toContainText("p95 latency");
  await expect(checkpoints).toContainText("720");
});
