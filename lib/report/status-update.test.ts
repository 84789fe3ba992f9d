import { describe, expect, it } from "vitest";
import { fillPlaceholders, hourlyUpdate } from "@/lib/report/status-update";
import { reportFixture, reportNow } from "@/lib/report/report-fixture";

describe("stakeholder updates", () => {
  it("pre-fills the hourly update from the latest checkpoint and the open incidents", () => {
    expect(hourlyUpdate({ ...reportFixture, now: reportNow, nextCheckpointAt: "2026-11-28T03:00:00.000Z" })).toBe(
      [
        "Payments Cutover — status update 04:00 (Europe/Berlin)",
        "",
        "Status: Monitoring — checkpoint 3 (03:30): Green, decision Continue",
        "",
        "Metrics:",
        "- p95 latency 380 ms ✓ (target < 500 ms)",
        "- Error rate 0.02 % ✓ (target < 0.1 %)",
        "",
        "Open incidents:",
        "- [Low] Slow reports (open)",
        "",
        "Next checkpoint: 04:00",
      ].join("\n"),
    );
  });

  it("marks failing metrics and says when there is no checkpoint yet", () => {
    const failing = { ...reportFixture, checkpoints: reportFixture.checkpoints.slice(0, 3), incidents: [] };
    const text = hourlyUpdate({ ...failing, now: reportNow, nextCheckpointAt: null });
    expect(text).toContain("- p95 latency 640 ms ✗ (target < 500 ms)");
    expect(text).toContain("Notes: p95 spike cache cold");
    expect(text).toContain("Open incidents: none");
    expect(hourlyUpdate({ ...reportFixture, checkpoints: [], now: reportNow, nextCheckpointAt: null })).toContain(
      "No checkpoint reported yet.",
    );
  });

  it("fills {launch}, {status} and {metrics}, and leaves other braces alone", () => {
    expect(fillPlaceholders("{launch}: {status}. {metrics} {eta}", reportFixture)).toBe(
      "Payments Cutover: Monitoring — checkpoint 3 (03:30): Green, decision Continue. p95 latency 380 ms ✓, Error rate 0.02 % ✓ {eta}",
    );
    expect(fillPlaceholders("{metrics}", reportFixture, "2026-11-28T01:00:00.000Z")).toBe("no checkpoint yet");
  });
});
