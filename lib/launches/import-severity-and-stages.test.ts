import { describe, expect, it } from "vitest";
import { importLaunchFromJson, importLaunchFromMarkdown } from "@/lib/launches/import-launch";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { exportLaunchJson } from "@/lib/launches/export-launch-json";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { createUser } from "@/test/factories";

const markdown = [
  "# Bookshop go-live",
  "**Go-live**: 07:00",
  "### 06:00 - 06:30 Deploy",
  "- [ ] Deploy release",
  "### 07:00 Open the shop",
  "- [ ] Flip DNS",
  "## Monitoring",
  "- Checkpoints every 60 minutes from 07:00 to 10:00",
  "- Additional checkpoints at: 07:30, 08:15",
  "## Severity definitions",
  "| Severity | Meaning | Response |",
  "|---|---|---|",
  "| P1 – Critical | Shop down | 15 min |",
  "| P2 – High | Checkout degraded | 1 hour |",
  "## Rollback triggers",
  "- Any data loss",
  "## Rollout",
  "### Soft launch (Day 1-2)",
  "- 5–10 users",
  "### Full launch (Day 3)",
].join("\n");

describe("severity levels, manual triggers, extra checkpoints and rollout stages reach the launch", () => {
  it("imports them, shows them in the snapshot, and round-trips them through the JSON export", async () => {
    const actor = await createUser("Importer");
    const goLiveAt = "2026-12-05T07:00:00.000Z";
    const { id } = await importLaunchFromMarkdown({ actor, markdown, goLiveAt });
    const launch = await getLaunchSnapshot({ actor, launchId: id });
    expect(launch.severityLevels).toEqual([
      { key: "P1", label: "Critical", meaning: "Shop down", responseMinutes: 15, severity: "critical" },
      { key: "P2", label: "High", meaning: "Checkout degraded", responseMinutes: 60, severity: "high" },
    ]);
    expect(launch.checkpointExtraTimes).toEqual(["2026-12-05T07:30:00.000Z", "2026-12-05T08:15:00.000Z"]);
    expect(launch.triggers.map((trigger) => [trigger.kind, trigger.description])).toEqual([
      ["manual", "Any data loss"],
    ]);
    expect(launch.steps.map((step) => [step.title, step.plannedMinutes])).toEqual([
      ["Deploy", 30],
      ["Open the shop", 0],
      ["Soft launch", 48 * 60],
      ["Full launch", 0],
    ]);
    const forecast = buildTimelineForecast(launch.steps, launch.goLiveAt, new Date("2026-12-01T00:00:00Z"));
    expect(forecast.goLive.varianceMinutes).toBe(0);

    const exported = await exportLaunchJson({ actor, launchId: id });
    expect(exported.document.plan.severityLevels).toEqual(launch.severityLevels);
    expect(exported.document.plan.extraCheckpoints).toEqual([30, 75]);
    expect(exported.document.plan.triggers).toEqual([{ kind: "manual", description: "Any data loss" }]);
    const copy = await importLaunchFromJson({ actor, ...exported.document, format: "launch-control/launch@1" });
    const again = await exportLaunchJson({ actor, launchId: copy.id });
    expect(again.document.plan).toEqual(exported.document.plan);
  });
});
