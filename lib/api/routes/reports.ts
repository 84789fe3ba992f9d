import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";

const tag = "Reports";
const launchPath = "/api/launches/{launchId}";
const csvFile = (what: string) => z.string().describe(`${what}, as a CSV download (RFC 4180, UTF-8).`);

export const exportPlanCsvRoute = defineRoute({
  method: "GET",
  path: `${launchPath}/export.csv`,
  operationId: "exportLaunchCsv",
  tag,
  summary: "The plan as CSV",
  mediaType: "text/csv",
  response: csvFile("The checklist and timeline plan"),
});

export const exportLaunchJsonRoute = defineRoute({
  method: "GET",
  path: `${launchPath}/export.json`,
  operationId: "exportLaunchJson",
  tag,
  summary: "The launch as JSON (fields, plan, window, checkpoints, messages, triggers; stable: no ids)",
  response: z
    .record(z.string(), z.unknown())
    .describe("A Launch Control export, importable with POST /api/launches/import-json."),
});

export const exportLaunchMarkdownRoute = defineRoute({
  method: "GET",
  path: `${launchPath}/export.md`,
  operationId: "exportLaunchMarkdown",
  tag,
  summary: "The launch as a Markdown runbook (full fidelity, like JSON; stable: no ids)",
  mediaType: "text/markdown",
  response: z
    .string()
    .describe(
      "A runbook in the phrasing the Markdown importer reads: importing it (POST /api/launches/import) gives the same launch.",
    ),
});

export const reportMarkdownRoute = defineRoute({
  method: "GET",
  path: `${launchPath}/report/markdown`,
  operationId: "exportReportMarkdown",
  tag,
  summary: "The post-launch report as Markdown",
  mediaType: "text/markdown",
  response: z.string().describe("The report, as a Markdown download."),
});

export const reportTimelineCsvRoute = defineRoute({
  method: "GET",
  path: `${launchPath}/report/timeline.csv`,
  operationId: "exportReportTimelineCsv",
  tag,
  summary: "The report's timeline (plan vs actual) as CSV",
  mediaType: "text/csv",
  response: csvFile("Planned and actual times of every step"),
});

export const reportCheckpointsCsvRoute = defineRoute({
  method: "GET",
  path: `${launchPath}/report/checkpoints.csv`,
  operationId: "exportReportCheckpointsCsv",
  tag,
  summary: "The report's checkpoints as CSV",
  mediaType: "text/csv",
  response: csvFile("Every checkpoint version with its metric values"),
});

export const reportIncidentsCsvRoute = defineRoute({
  method: "GET",
  path: `${launchPath}/report/incidents.csv`,
  operationId: "exportReportIncidentsCsv",
  tag,
  summary: "The report's incidents as CSV",
  mediaType: "text/csv",
  response: csvFile("Every incident with its times and impact"),
});
