import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build-report";
import { checkpointsCsv, incidentsCsv, reportFilename, timelineCsv } from "@/lib/report/report-csv";
import { reportFixture, reportNow } from "@/lib/report/report-fixture";

const report = buildReport(reportFixture, reportNow);
/** A CSV file as Excel reads it: a UTF-8 BOM, then CRLF-terminated records. */
const csv = (records: string[]) => `\uFEFF${records.join("\r\n")}\r\n`;

describe("the report's CSV exports", () => {
  it("lists every step, planned vs actual, with its variances in minutes", () => {
    expect(timelineCsv(report)).toBe(
      csv([
        "Step,Phase,Status,Planned start (Europe/Berlin),Planned minutes,Actual start (Europe/Berlin),Actual end (Europe/Berlin),Actual minutes,Start variance (min),Duration variance (min),Go-live",
        "Freeze deploys,Prep,Done,2026-11-28 01:30,30,2026-11-28 01:35,2026-11-28 02:10,35,5,5,",
        "Switch traffic,Cutover,Done,2026-11-28 02:00,20,2026-11-28 02:10,2026-11-28 02:25,15,10,-5,yes",
        "Smoke tests,Verify,Running,2026-11-28 02:20,45,2026-11-28 02:30,,,10,,",
        "Hand over,Verify,Pending,,15,,,,,,",
      ]),
    );
  });

  it("lists each checkpoint's latest version with a value and a result per metric", () => {
    expect(checkpointsCsv(report)).toBe(
      csv([
        "Checkpoint,Version,Time (Europe/Berlin),Submitted (Europe/Berlin),By,p95 latency (ms),p95 latency result,Error rate (%),Error rate result,Result,Assessment,Decision,Notes",
        "1,1,2026-11-28 02:30,2026-11-28 02:32,Dana Lead,250,pass,0,pass,pass,Green,Continue,",
        '2,2,2026-11-28 03:00,2026-11-28 03:10,Max Member,640,fail,0.05,pass,fail,Red,Hold,"p95 spike\ncache cold"',
        "3,1,2026-11-28 03:30,2026-11-28 03:31,Dana Lead,380,pass,0.02,pass,pass,Green,Continue,",
      ]),
    );
  });

  it("lists incidents with their time to resolve, and guards text a spreadsheet would run", () => {
    expect(incidentsCsv(report)).toBe(
      csv([
        "Incident,Severity,Status,Owner,Opened (Europe/Berlin),Resolved (Europe/Berlin),Minutes to resolve,Impact,Notes",
        "Payments API 502s,Critical,Resolved,Max Member,2026-11-28 02:40,2026-11-28 03:25,45,3% of card payments failed,'=rollback of pool size",
        "Slow reports,Low,Open,,2026-11-28 03:20,,,,",
      ]),
    );
  });

  it("names files after the launch", () => {
    expect(reportFilename("Payments Cutover / Q4", "timeline.csv")).toBe("Payments-Cutover-Q4-timeline.csv");
    expect(reportFilename("***", "report.md")).toBe("launch-report.md");
  });
});
