import { test, expect, type SignedIn } from "../support/fixtures";

// One forecast, one countdown: the timeline, the phone's war room and the wall name the same next step at
// the same time, and the phone's countdown runs to that time (not to the plan the forecast has left behind).

const MINUTE = 60_000;

async function post(api: SignedIn["api"], url: string, body: unknown, expected: number) {
  const answer = await api.send("POST", url, body);
  expect(answer.status, answer.text).toBe(expected);
  return answer.body;
}

test("timeline, phone and wall show the same next step at the same forecast time", async ({
  signInAs,
  launch,
  browser,
}) => {
  const lead = await signInAs("lead");
  const goLive = new Date(Date.now() + 60 * MINUTE);
  const { version } = await lead.api.snapshot(launch.id);
  const patched = await lead.api.send("PATCH", `/api/launches/${launch.id}`, {
    goLiveAt: goLive.toISOString(),
    version,
  });
  expect(patched.status, patched.text).toBe(200);
  // The drain was due 10 min ago and runs 60 min: the review waiting for it is forecast 20 min after its plan.
  const steps = `/api/launches/${launch.id}/steps`;
  const drain = await post(
    lead.api,
    steps,
    { title: "Drain v2 traffic", plannedOffsetMinutes: -70, plannedMinutes: 60 },
    201,
  );
  await post(
    lead.api,
    steps,
    {
      title: "Review",
      plannedOffsetMinutes: -20,
      plannedMinutes: 10,
      isMilestone: true,
      predecessorIds: [drain.id as string],
    },
    201,
  );
  await post(lead.api, `${steps}/${drain.id as string}/start`, {}, 200);

  const timeline = lead.page;
  await timeline.goto(`/launches/${launch.id}/timeline`);
  const next = timeline.getByTestId("next-step");
  await expect(next).toContainText("Review");
  const at = (await next.getAttribute("data-at"))!;
  const time = (await timeline.getByTestId("next-step-time").textContent())!.split(" ")[0]!;
  // The forecast, not the plan: about 20 minutes after the planned -20 min.
  expect(Date.parse(at) - (goLive.getTime() - 20 * MINUTE)).toBeGreaterThan(15 * MINUTE);

  const storageState = await lead.context.storageState();
  for (const [name, viewport, pathName] of [
    ["phone", { width: 390, height: 844 }, "dashboard"],
    ["wall", { width: 1920, height: 1080 }, "wall"],
  ] as const) {
    const context = await browser.newContext({ viewport, storageState });
    const page = await context.newPage();
    await page.goto(`/launches/${launch.id}/${pathName}`);
    const first = page.getByTestId("next-up").locator("li").first();
    await expect(first, name).toContainText("Review");
    await expect(first, name).toHaveAttribute("data-at", at);
    await expect(first.getByTestId("next-up-time"), name).toHaveText(time);
    // The milestone countdown runs to the same forecast time.
    await expect(page.getByTestId("countdown"), name).toHaveAttribute("data-target", at);
    await context.close();
  }
});
