import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build-report";
import { reportMarkdown } from "@/lib/report/report-markdown";
import { reportFixture, reportNow } from "@/lib/report/report-fixture";

describe("the post-launch report as Markdown", () => {
  it("writes every section from the data, times on the launch's clock", () => {
    expect(reportMarkdown(buildReport(reportFixture, reportNow))).toBe(`# Post-launch report: Payments Cutover

Payments platform · Status: Monitoring  
Times are Europe/Berlin. Generated 2026-11-28 04:00.

## Summary

- **Go-live:** planned 2026-11-28 02:00, actual 2026-11-28 02:10 (+10 min)
- **Timeline:** 2 of 4 steps finished
- **Checklist:** 80% complete (4 of 5 items)
- **Go / no-go:** 2 decisions (1 GO, 1 HOLD)
- **Checkpoints:** 3 reported, 1 with a failing metric; last: Green, Continue
- **Incidents:** 2 (1 critical); 1 not resolved
- **Communications:** 1 of 2 planned messages sent

## Timeline: planned vs actual

| Step | Phase | Planned start | Planned | Actual start | Actual end | Took | Start variance | Duration variance | Status |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| Freeze deploys | Prep | 2026-11-28 01:30 | 30 min | 2026-11-28 01:35 | 2026-11-28 02:10 | 35 min | +5 min | +5 min | Done |
| Switch traffic (go-live) | Cutover | 2026-11-28 02:00 | 20 min | 2026-11-28 02:10 | 2026-11-28 02:25 | 15 min | +10 min | −5 min | Done |
| Smoke tests | Verify | 2026-11-28 02:20 | 45 min | 2026-11-28 02:30 |  |  | +10 min |  | Running |
| Hand over | Verify |  | 15 min |  |  |  |  |  | Pending |

## Timing analytics

| Phase | Planned | Actual | Variance |
| --- | --- | --- | --- |
| Prep | 30 min | 35 min | +5 min |
| Cutover | 20 min | 15 min | −5 min |
| Verify | 45 min |  |  |

**Critical path as it happened:** Switch traffic

**Biggest overruns:** Freeze deploys +5 min

**On hold:** 8 min (Cutover go / no-go from 2026-11-28 01:50)

## Checklist completion

| Section | Complete | % | Required open | Blocked |
| --- | --- | --- | --- | --- |
| Pre-flight | 2 / 3 | 66% | 1 | 0 |
| Verification | 2 / 2 | 100% | 0 | 0 |
| **Total** | 4 / 5 | 80% | 1 | 0 |

## Go / no-go decisions

| Gate | Round | Decision | By | At | Comment | Sign-offs |
| --- | --- | --- | --- | --- | --- | --- |
| Cutover go / no-go | 1 | HOLD | Sam Sponsor | 2026-11-28 01:50 | Replica lag 40 s | Dana Lead: GO 01:45 |
| Cutover go / no-go | 2 | GO (override: Lag accepted \\| below 5 s) | Sam Sponsor | 2026-11-28 01:58 |  | Dana Lead: GO 01:55; Max Member: NO-GO 01:56 “Still lagging” |

## Checkpoints

Success criteria: p95 latency < 500 ms; Error rate < 0.1 %.

| # | Time | p95 latency (< 500 ms) | Error rate (< 0.1 %) | Assessment | Decision | By |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | 2026-11-28 02:30 | 250 ✓ | 0 ✓ | Green | Continue | Dana Lead |
| 2 (v2) | 2026-11-28 03:00 | 640 ✗ | 0.05 ✓ | Red | Hold | Max Member |
| 3 | 2026-11-28 03:30 | 380 ✓ | 0.02 ✓ | Green | Continue | Dana Lead |

- Checkpoint 2: p95 spike cache cold

## Incidents

| Severity | Incident | Owner | Opened | Resolved | Time to resolve | Status | Impact |
| --- | --- | --- | --- | --- | --- | --- | --- |
| Critical | Payments API 502s | Max Member | 2026-11-28 02:40 | 2026-11-28 03:25 | 45 min | Resolved | 3% of card payments failed |
| Low | Slow reports |  | 2026-11-28 03:20 |  |  | Open |  |

## Communications sent

| Sent | By | Audience | Channel | Message |
| --- | --- | --- | --- | --- |
| 2026-11-28 02:31 | Dana Lead | Stakeholders | Email | Payments Cutover is live |

## Lessons learned

Warm the cache before switching traffic.
`);
  });

  it("says where each sign-off and decision came from, when the audit trail recorded it", () => {
    const origins = {
      signOffs: { "s-3": { ip: "198.51.100.7", userAgent: "curl/8.5" } },
      decisions: { "r-2": { ip: "203.0.113.44", userAgent: "" } },
    };
    const markdown = reportMarkdown(buildReport(reportFixture, reportNow, origins));
    expect(markdown).toContain(
      "| Cutover go / no-go | 2 | GO (override: Lag accepted \\| below 5 s) | Sam Sponsor [from 203.0.113.44] | 2026-11-28 01:58 |  | Dana Lead: GO 01:55; Max Member: NO-GO 01:56 [from 198.51.100.7, curl/8.5] “Still lagging” |",
    );
    // Round 1 has no recorded origin (made before origins were kept): it reads as before.
    expect(markdown).toContain("| Sam Sponsor | 2026-11-28 01:50 | Replica lag 40 s | Dana Lead: GO 01:45 |");
  });

  it("says so when a launch has nothing to report yet", () => {
    const empty = {
      ...reportFixture,
      steps: [],
      sections: [],
      gates: [],
      metrics: [],
      checkpoints: [],
      incidents: [],
      communications: [],
      lessonsLearned: "  ",
    };
    const markdown = reportMarkdown(buildReport(empty, reportNow));
    for (const line of [
      "_No timeline steps._",
      "_No checklist._",
      "_No gates._",
      "_No checkpoints reported._",
      "_No incidents._",
      "_No messages sent._",
      "_None recorded yet._",
    ]) {
      expect(markdown).toContain(line);
    }
    expect(markdown).toContain("- **Go-live:** planned 2026-11-28 02:00, not reached");
  });
});
