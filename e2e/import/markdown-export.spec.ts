import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { test, expect } from "../support/fixtures";

// The Markdown runbook export through the real server: the settings page links it, the download is a
// text/markdown attachment named after the launch, and importing it back gives a launch that exports the
// same runbook (the full round trip is tested item by item in lib/launches/export-launch-markdown.test.ts).

test("a launch exports as a Markdown runbook that imports back as the same launch", async ({ signInAs }) => {
  const { api, context, page } = await signInAs("lead");
  const name = `Markdown export ${randomUUID().slice(0, 8)}`;
  const source = await api.send("POST", "/api/launches/import", {
    markdown: readFileSync("lib/templates/builtin/payments-cutover-weekend.md", "utf8"),
    name,
    goLiveAt: "2026-12-05T01:00:00.000Z",
  });
  expect(source.status, source.text).toBe(201);
  const sourceId = source.body.id as string;

  await page.goto(`/launches/${sourceId}/settings`);
  const link = page.getByTestId("launch-actions").getByRole("link", { name: "Export Markdown" });
  await expect(link).toHaveAttribute("href", `/api/launches/${sourceId}/export.md`);
  await expect(link).toHaveAttribute("title", /full fidelity/i);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^Markdown-export-[\w-]+\.md$/);

  const exported = await context.request.get(`/api/launches/${sourceId}/export.md`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(exported.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.md"$/);
  const markdown = await exported.text();
  expect(markdown.startsWith(`# ${name}\n`)).toBe(true);
  expect(markdown).toContain("**Go-live**: 2026-12-05 02:00");

  const copy = await api.send("POST", "/api/launches/import", { markdown });
  expect(copy.status, copy.text).toBe(201);
  const again = await context.request.get(`/api/launches/${copy.body.id as string}/export.md`);
  expect(await again.text()).toBe(markdown);

  // Someone outside the launch gets no runbook (the import made the lead its only member).
  const outsider = await signInAs("member");
  const refused = await outsider.context.request.get(`/api/launches/${sourceId}/export.md`);
  expect(refused.status()).toBe(403);
});
