#!/usr/bin/env node
// Seeds a realistic go-live night on the demo launch through the HTTP API, then screenshots the wall
// screen (1920×1080 and a 390×844 phone) and the war-room dashboard (1280×900) into docs/.
//
// It starts nothing: run the app first (with the demo seed), then
//   BASE_URL=http://localhost:3300 node docs/screenshot-wall.mjs
// Go-live is set to ~90 minutes from now, so the first steps are done, two are running and the rest
// are forecast. Running it again replaces the steps it made before.
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";

const BASE = process.env.BASE_URL ?? "http://localhost:3000";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUT = fileURLToPath(new URL(".", import.meta.url));
const LAUNCH = "Payments Platform Cutover";
const PASSWORD = "golive-demo";
const MINUTE = 60_000;

// The payments runbook's schedule, relative to go-live (02:00): [key, title, phase, T-offset, minutes, owner, after, flags]
const plan = [
  ["bridge", "Bridge call opens, roll call", "Preparation", -240, 20, "lead", []],
  ["gonogo1", "Go / no-go #1: start the change", "Preparation", -220, 10, "sponsor", ["bridge"], { isMilestone: true }],
  ["freeze", "Freeze merchant onboarding, drain job queues", "Preparation", -210, 30, "member", ["gonogo1"]],
  ["notify", "Notify merchants: maintenance started", "Preparation", -205, 10, "Support Lead", ["gonogo1"]],
  ["migrate", "Schema migration and backfill", "Migration", -180, 90, "DBA", ["freeze"]],
  ["warmup", "Warm up blue pool caches", "Migration", -100, 25, "member", ["freeze"]],
  ["deploy", "Deploy v3 to blue pool", "Deploy", -90, 45, "member", ["migrate", "warmup"]],
  ["smoke", "Smoke tests on blue pool", "Deploy", -45, 30, "QA Lead", ["deploy"]],
  ["gonogo2", "Go / no-go #2: switch traffic", "Switch", -15, 15, "sponsor", ["smoke"], { isMilestone: true }],
  [
    "switch",
    "Switch 10% of traffic to blue",
    "Switch",
    0,
    10,
    "member",
    ["gonogo2"],
    { isMilestone: true, isGoLive: true },
  ],
  ["ramp", "Ramp to 100% in four steps", "Switch", 10, 50, "member", ["switch"]],
  ["hypercare", "Hypercare and checkpoint reports", "Hypercare", 60, 60, "lead", ["ramp"]],
];

// What has happened by now (T-90): actual start/end as offsets from go-live; null end = still running.
const happened = {
  bridge: [-240, -222],
  gonogo1: [-222, -209],
  freeze: [-209, -176],
  notify: [-206, -197],
  migrate: [-168, null], // started 12 minutes late: go-live is forecast 12 minutes late
  warmup: [-110, null], // started early, off the critical path
};

// The night's checklist changes, in order: [who, item title (its start), change].
const finale = [
  ["lead", "Load test report", { status: "done" }],
  ["lead", "Status page maintenance", { status: "done" }],
  ["member", 'Take snapshot "pre-v3"', { status: "done" }],
  ["member", "Run migration 0042", { status: "done" }],
  ["member", "Row counts match", { status: "done" }],
  ["member", "Checksums match", { status: "in_progress" }],
  [
    "lead",
    "Fraud scoring provider",
    { status: "blocked", statusReason: "On-call line not answering; escalated to the account manager" },
  ],
  ["member", "Card processor", { status: "done" }],
];

async function main() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  try {
    const lead = await signIn(browser, "lead@example.com");
    const member = await signIn(browser, "member@example.com");
    const sponsor = await signIn(browser, "sponsor@example.com", { viewport: { width: 1920, height: 1080 } });

    const { launches } = await call(lead, "GET", "/api/launches");
    const launch = launches.find((candidate) => candidate.name === LAUNCH);
    if (!launch) throw new Error(`No launch named "${LAUNCH}": start the app with the demo seed.`);
    const url = (path) => `/api/launches/${launch.id}${path}`;
    let snapshot = await call(lead, "GET", url(""));
    const people = Object.fromEntries(snapshot.members.map((m) => [m.role, m.userId]));

    // Start from the demo as seeded: no steps, the night's items open again.
    for (const step of snapshot.steps) await call(lead, "DELETE", url(`/steps/${step.id}`));
    for (const entry of snapshot.sections.flatMap((s) => s.items)) {
      if (finale.some(([, title]) => entry.title.startsWith(title)) && entry.status !== "todo")
        await call(lead, "PATCH", url(`/items/${entry.id}`), { status: "todo" });
    }

    const goLive = Math.ceil((Date.now() + 90 * MINUTE) / MINUTE) * MINUTE;
    const at = (offset) => new Date(goLive + offset * MINUTE).toISOString();
    await call(lead, "PATCH", url(""), { goLiveAt: at(0), windowStart: at(-240), windowEnd: at(120) });

    const ids = {};
    for (const [key, title, phase, offset, minutes, owner, after, flags = {}] of plan) {
      const ownerId = people[owner] ?? null;
      const step = await call(lead, "POST", url("/steps"), {
        title,
        phase,
        plannedOffsetMinutes: offset,
        plannedMinutes: minutes,
        ownerId,
        ownerLabel: ownerId ? "" : owner,
        predecessorIds: after.map((k) => ids[k]),
        ...flags,
      });
      ids[key] = step.id;
    }

    for (const [key, [start, end]] of Object.entries(happened)) {
      await call(lead, "POST", url(`/steps/${ids[key]}/start`), {});
      if (end !== null) await call(lead, "POST", url(`/steps/${ids[key]}/complete`), { confirmOpenItems: true });
      await call(lead, "POST", url(`/steps/${ids[key]}/correct`), {
        actualStart: at(start),
        ...(end !== null && { actualEnd: at(end) }),
        reason: "Times from the bridge log",
      });
    }

    // Link the runbook's checklist sections to their steps; the deploy checks are required for it.
    snapshot = await call(lead, "GET", url(""));
    const item = (title) => snapshot.sections.flatMap((s) => s.items).find((i) => i.title.startsWith(title));
    const patch = async (who, title, body) => {
      const found = item(title);
      if (found) await call(who, "PATCH", url(`/items/${found.id}`), body);
    };
    for (const section of snapshot.sections) {
      const stepId = section.title.includes("Schema migration")
        ? ids.migrate
        : section.title.includes("Deploy v3")
          ? ids.deploy
          : null;
      for (const entry of stepId ? section.items : [])
        await call(lead, "PATCH", url(`/items/${entry.id}`), { stepId, required: stepId === ids.deploy });
    }

    // The last few changes of the night, by the people who made them (what the activity feed shows).
    for (const [who, title, body] of finale) await patch({ lead, member }[who], title, body);

    // Everyone has the launch open; the sponsor's browser is the wall.
    await member.page.goto(`/launches/${launch.id}/timeline`);
    await lead.page.setViewportSize({ width: 1280, height: 900 });
    await lead.page.goto(`/launches/${launch.id}/dashboard`);
    await settle(lead.page);
    await sponsor.page.goto(`/launches/${launch.id}/wall`);
    await settle(sponsor.page);
    await sponsor.page.screenshot({ path: `${OUT}wall-screen-1920.png` });
    await lead.page.screenshot({ path: `${OUT}dashboard.png` });
    await lead.page.emulateMedia({ colorScheme: "dark" });
    await lead.page.screenshot({ path: `${OUT}dashboard-dark.png` });

    const phone = await signIn(browser, "sponsor@example.com", {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await phone.page.goto(`/launches/${launch.id}/wall`);
    await settle(phone.page);
    await phone.page.screenshot({ path: `${OUT}wall-screen-phone.png`, fullPage: true });

    console.log(`Seeded ${plan.length} steps on "${LAUNCH}" (go-live ${at(0)}); screenshots in ${OUT}`);
  } finally {
    await browser.close();
  }
}

async function signIn(browser, email, options = {}) {
  const context = await browser.newContext({
    baseURL: BASE,
    colorScheme: "light",
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((target) => target.pathname === "/");
  return { context, page };
}

async function call({ context }, method, path, body) {
  const response = await context.request.fetch(path, { method, ...(body !== undefined && { data: body }) });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Live, clock synced, fonts and layout settled. */
async function settle(page) {
  await page.waitForSelector('[data-testid="live-status"][data-status="live"]');
  await page.waitForSelector('[data-testid="gantt"]');
  await page.waitForTimeout(2500);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
