import { describe, expect, it } from "vitest";
import { updateItemInput } from "@/lib/checklists/schemas";
import { updateIncidentInput } from "@/lib/incidents/schemas";
import { updateStepInput } from "@/lib/timeline/schemas";

const versionIssue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.find((issue) => issue.path.join(".") === "version")?.message;

describe("version on updates", () => {
  it("is required to edit an item's fields, not to tick it", () => {
    expect(versionIssue(updateItemInput.safeParse({ title: "Renamed" }))).toMatch(
      /version is required when changing title/,
    );
    expect(versionIssue(updateItemInput.safeParse({ evidence: "link", status: "done" }))).toMatch(/evidence/);
    expect(updateItemInput.safeParse({ title: "Renamed", version: 3 }).success).toBe(true);
    expect(updateItemInput.safeParse({ status: "blocked", statusReason: "waiting on DBA" }).success).toBe(true);
  });

  it("is required to edit a step or an incident's text, not to resolve an incident", () => {
    expect(versionIssue(updateStepInput.safeParse({ title: "Drain queues" }))).toMatch(/version is required/);
    expect(versionIssue(updateIncidentInput.safeParse({ notes: "rolled back" }))).toMatch(/version is required/);
    expect(updateIncidentInput.safeParse({ status: "resolved" }).success).toBe(true);
  });
});
