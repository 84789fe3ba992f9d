import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { test, expect, itemTitles } from "../support/fixtures";
import { stackTrace, type Answer } from "../support/api";

// The go-live plans people already have, pasted into /launches/new: what the preview promises is what
// the launch gets. Section titles and item counts were counted by reading each sample (as in
// lib/import/parse-plan-markdown.samples.test.ts), not by running the parser.
const samples = [
  {
    file: "payments-cutover-weekend.md",
    title: "Payments Platform Cutover — Weekend Runbook",
    items: 21,
    sections: [
      "Readiness (T-24h)",
      "23:00 – 00:30 · Schema migration and backfill (90 min)",
      "00:30 – 01:15 · Deploy v3 to blue pool (45 min)",
      "Rollback",
    ],
    someItem: "Card processor",
  },
  {
    file: "production-deployment-checklist.md",
    title: "Production Deployment Checklist - Phase 4",
    items: 132,
    sections: [
      "Infrastructure Setup",
      "Security Configuration",
      "Application Configuration",
      "Containerization",
      "CI/CD Pipeline",
      "Database Migration",
      "Monitoring & Alerting",
      "Testing & Validation",
      "Documentation & Training",
      "Final Validation",
      "Communication",
      "Launch",
      "First 24 Hours",
      "First Week",
      "First Month",
      "Rollback Plan",
      "Incident Response",
    ],
    someItem: "Docker images built and optimized",
  },
  {
    file: "launch-activities-tasks.md",
    title: "Technical Tasks for US 6.2: Launch Activities",
    items: 63,
    sections: [
      "Task 6.2.1: Create Pre-Launch Checklist",
      "Task 6.2.2: Verify Production Environment",
      "Task 6.2.3: Prepare Initial Data",
      "Task 6.2.4: Create Rollout Plan",
      "Task 6.2.5: Set Up Production Monitoring",
      "Task 6.2.6: Execute Database Backup Procedures",
      "Task 6.2.7: Conduct Final Pre-Launch Review",
      "Task 6.2.8: Execute Staged Rollout",
      "Task 6.2.9: Implement Post-Launch Support",
      "Task 6.2.10: Monitor Initial Usage",
      "Task 6.2.11: Address Immediate Post-Launch Issues",
      "Task 6.2.12: Finalize System Documentation",
      "Task 6.2.13: Create Post-Launch Report",
      "Definition of Done",
    ],
    someItem: "Compile comprehensive checklist of all launch requirements",
  },
  {
    file: "launch-execution-plan.md",
    title: "Launch Execution Plan",
    items: 12,
    sections: [
      "Pre-Deployment Checks",
      "Deployment Preparation",
      "Deployment Execution",
      "Post-Deployment Verification",
      "Deployment Criteria",
      "Rollback Procedures",
    ],
    someItem: "Monitor deployment progress and address any issues promptly.",
  },
];

const readSample = (file: string) =>
  readFileSync(new URL(`../../lib/templates/builtin/${file}`, import.meta.url), "utf8");
const uniqueName = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

for (const sample of samples) {
  test(`the lead imports ${sample.file}: the preview's count, sections and ignored lines are what the launch gets`, async ({
    signInAs,
  }) => {
    const { page } = await signInAs("lead", { to: "/launches/new" });
    const name = uniqueName(sample.title.slice(0, 40));

    await page.getByTestId("import-text").fill(readSample(sample.file));
    await expect(page.getByTestId("import-create-button")).toBeDisabled();
    await page.getByTestId("import-preview-button").click();

    const preview = page.getByTestId("import-preview");
    const summary = preview.getByTestId("import-summary");
    await expect(summary).toContainText(`${sample.items} items in ${sample.sections.length} sections`);
    // Every line the plan does not use is listed as such, and the summary counts them.
    const ignoredRows = preview.locator('tr[data-kind="ignored"]');
    const ignored = Number(/· (\d+) lines not used/.exec((await summary.textContent()) ?? "")?.[1]);
    expect(ignored, "the summary names the lines it did not use").toBeGreaterThan(0);
    await expect(ignoredRows).toHaveCount(ignored);
    await expect(preview.getByRole("heading", { level: 4 })).toHaveText(sample.sections);
    await expect(preview.getByText(sample.someItem, { exact: true })).toBeVisible();
    // The document's title is offered as the launch's name.
    await expect(page.getByLabel("Launch name")).toHaveValue(sample.title);

    await page.getByLabel("Launch name").fill(name);
    await page.getByTestId("import-create-button").click();

    await expect(page).toHaveURL(/\/launches\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(itemTitles(page)).toHaveCount(sample.items);
    await expect(page.getByTestId("checklist-section").locator("h2")).toHaveText(sample.sections);
    await expect(itemTitles(page).getByText(sample.someItem, { exact: true })).toBeVisible();
  });
}

test("a document with nothing to import is refused with a clear message and creates nothing", async ({
  signInAs,
  launchFactory,
}) => {
  // Someone on no launch at all, so "nothing was created" is an empty list, whatever other tests do.
  const person = await launchFactory.createAccount("Importer");
  const { page, api } = await signInAs(person, { to: "/launches/new" });
  const text = page.getByTestId("import-text");
  const previewButton = page.getByTestId("import-preview-button");
  const createButton = page.getByTestId("import-create-button");
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });

  // Empty, or only blank lines: there is nothing to preview or create.
  await expect(previewButton).toBeDisabled();
  await expect(createButton).toBeDisabled();
  await text.fill("  \n\n   \n");
  await expect(previewButton).toBeDisabled();
  await expect(createButton).toBeDisabled();

  // Prose only: the preview says what a plan needs.
  await text.fill("We will deploy on Saturday night.\nEveryone should be on the bridge call by 22:00.\n");
  await previewButton.click();
  await expect(alert).toHaveText(
    "No checklist items found: use task-list lines such as `- [ ] Take a backup` or headings with bullet lists.",
  );
  await expect(page.getByTestId("import-preview")).toHaveCount(0);
  await expect(createButton).toBeDisabled();

  // The same prose sent as a CSV plan: the CSV reader names what is missing.
  await page.getByLabel("CSV", { exact: true }).check();
  await page.getByLabel("Launch name").fill(uniqueName("Prose as CSV"));
  await createButton.click();
  await expect(alert).toContainText("The first row must name the columns; section and title are missing.");
  await expect(page).toHaveURL(/\/launches\/new$/);

  expect(await api.launches()).toEqual([]);
  await page.goto("/");
  await expect(page.getByText("You are not on any launch yet.")).toBeVisible();
});

test("API: POST /api/launches/import creates a launch; empty, binary and oversized documents are a 422", async ({
  signInAs,
  launchFactory,
}) => {
  const person = await launchFactory.createAccount("Api importer");
  const { api } = await signInAs(person);
  const sample = samples[0]!;
  const name = uniqueName("Imported over the API");

  const created = await api.send("POST", "/api/launches/import", { markdown: readSample(sample.file), name });
  expect(created.status, created.text).toBe(201);
  expect(created.body).toEqual({ id: expect.any(String) });
  const snapshot = await api.snapshot(created.body.id as string);
  expect(snapshot.name).toBe(name);
  expect(snapshot.sections.map((section) => section.title)).toEqual(sample.sections);
  expect(snapshot.sections.flatMap((section) => section.items)).toHaveLength(sample.items);
  const launchesBefore = await api.launches();
  expect(launchesBefore.map((launch) => launch.id)).toEqual([created.body.id]);

  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    Buffer.alloc(2048, 0x07),
  ]);
  const fiveMegabytes = `# Huge plan\n\n## Steps\n${"- [ ] Check the next shard of the payments ledger\n".repeat(105_000)}`;
  expect(fiveMegabytes.length).toBeGreaterThan(5_000_000);
  const cases: { name: string; send: () => Promise<Answer>; error: RegExp }[] = [
    {
      name: "empty document",
      send: () => api.send("POST", "/api/launches/import", { markdown: "", name }),
      error: /^The document is empty\.$/,
    },
    {
      name: "blank document",
      send: () => api.send("POST", "/api/launches/import", { markdown: " \n\t\n", name }),
      error: /^The document is empty\.$/,
    },
    {
      name: "empty request body",
      send: () => api.send("POST", "/api/launches/import", Buffer.alloc(0)),
      error: /request body is empty/,
    },
    {
      name: "no document at all",
      send: () => api.send("POST", "/api/launches/import", { name }),
      error: /markdown is required/,
    },
    {
      name: "binary file as the document",
      send: () => api.send("POST", "/api/launches/import", { markdown: png.toString("latin1"), name }),
      // The NUL bytes of a binary file are refused at the boundary, before the importer looks at it.
      error: /binary file, not Markdown|NUL character/,
    },
    {
      name: "binary request body under a JSON type",
      send: () => api.send("POST", "/api/launches/import", png),
      error: /not valid JSON/,
    },
    {
      name: "5 MB document",
      send: () => api.send("POST", "/api/launches/import", { markdown: fiveMegabytes, name }),
      error: /larger than 1 MB/,
    },
    {
      name: "prose only",
      send: () => api.send("POST", "/api/launches/import", { markdown: "Just some words about the launch.", name }),
      error: /No checklist items found/,
    },
  ];
  for (const { name: label, send, error } of cases) {
    const answer = await send();
    expect(answer.status, `${label}: ${answer.text.slice(0, 300)}`).toBe(422);
    expect(answer.body.code, label).toBe("invalid");
    expect(answer.body.error, label).toMatch(error);
    expect(answer.text, label).not.toMatch(stackTrace);
  }

  // A body that is not declared JSON never reaches the parser (forgery check): 415.
  const binary = await api.send("POST", "/api/launches/import", png, "application/octet-stream");
  expect(binary.status, binary.text).toBe(415);
  expect(binary.body.code).toBe("unsupported_media_type");

  expect(await api.launches()).toEqual(launchesBefore);
});

test("CSV round trip: an exported plan imports into a launch with the same items", async ({ signInAs }) => {
  const { api, context } = await signInAs("lead");
  const sample = samples[0]!;
  const source = await api.send("POST", "/api/launches/import", {
    markdown: readSample(sample.file),
    name: uniqueName("CSV source"),
  });
  expect(source.status, source.text).toBe(201);
  const sourceId = source.body.id as string;

  const exported = await context.request.get(`/api/launches/${sourceId}/export.csv`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(exported.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.csv"$/);
  const csv = await exported.text();
  expect(csv.split("\n")[0]).toMatch(/^\uFEFF?section,title,parent,owner,required,status/);

  const name = uniqueName("CSV copy");
  const imported = await api.send("POST", "/api/launches/import-csv", { csv, name });
  expect(imported.status, imported.text).toBe(201);
  const copyId = imported.body.id as string;
  expect(copyId).not.toBe(sourceId);

  // The same sections and items: titles, nesting, progress, flags and owners as the plan named them.
  const shape = async (launchId: string) => {
    const snapshot = await api.snapshot(launchId);
    return snapshot.sections.map((section) => {
      const titleOf = new Map(section.items.map((item) => [item.id, item.title]));
      return {
        section: section.title,
        items: section.items.map((item) => ({
          title: item.title,
          parent: item.parentId ? titleOf.get(item.parentId) : null,
          status: item.status,
          statusReason: item.statusReason,
          required: item.required,
          ownerLabel: item.ownerLabel,
        })),
      };
    });
  };
  const original = await shape(sourceId);
  expect(original.flatMap((section) => section.items)).toHaveLength(sample.items);
  expect(original.flatMap((section) => section.items).filter((item) => item.status === "done")).toHaveLength(2);
  expect(original.flatMap((section) => section.items).filter((item) => item.ownerLabel === "DBA")).toHaveLength(6);
  expect(await shape(copyId)).toEqual(original);
  expect((await api.snapshot(copyId)).name).toBe(name);
});
