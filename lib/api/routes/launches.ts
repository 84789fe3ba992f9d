import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import * as launches from "@/lib/launches/schemas";
import * as templates from "@/lib/templates/schemas";
import {
  decodeUploadAnswer,
  decodeUploadInput,
  importCsvInput,
  importJsonInput,
  importMarkdownInput,
  previewMarkdownInput,
} from "@/lib/launches/import-schemas";

const tag = "Launches";
const launchPath = "/api/launches/{launchId}";

export const listLaunchesRoute = defineRoute({
  method: "GET",
  path: "/api/launches",
  operationId: "listLaunches",
  tag,
  summary: "Launches you are a member of",
  response: z.object({ launches: z.array(api.launchSummaryBody) }),
});

export const createLaunchRoute = defineRoute({
  method: "POST",
  path: "/api/launches",
  operationId: "createLaunch",
  tag,
  summary: "Create a launch (optionally with a plan)",
  body: launches.createLaunchInput,
  status: 201,
  response: api.createdBody,
});

export const importMarkdownRoute = defineRoute({
  method: "POST",
  path: "/api/launches/import",
  operationId: "importLaunchFromMarkdown",
  tag,
  summary: "Create a launch from a Markdown plan",
  body: importMarkdownInput,
  status: 201,
  response: api.createdBody,
});

export const importCsvRoute = defineRoute({
  method: "POST",
  path: "/api/launches/import-csv",
  operationId: "importLaunchFromCsv",
  tag,
  summary: "Create a launch from a CSV plan",
  body: importCsvInput,
  status: 201,
  response: api.createdBody,
});

export const importJsonRoute = defineRoute({
  method: "POST",
  path: "/api/launches/import-json",
  operationId: "importLaunchFromJson",
  tag,
  summary: "Create a launch from a Launch Control JSON export",
  body: importJsonInput,
  status: 201,
  response: api.createdBody,
});

export const decodeUploadRoute = defineRoute({
  method: "POST",
  path: "/api/import/decode",
  operationId: "decodeUpload",
  tag,
  summary: "Decode an uploaded plan file by its detected text encoding",
  description: "The file's bytes in base64; 422 when no encoding reads it cleanly (nothing is guessed).",
  body: decodeUploadInput,
  response: decodeUploadAnswer,
});

export const previewImportRoute = defineRoute({
  method: "POST",
  path: "/api/import/preview",
  operationId: "previewMarkdownImport",
  tag,
  summary: "Preview what a Markdown plan becomes (nothing is created)",
  body: previewMarkdownInput,
  response: api.importPreviewBody,
});

export const getLaunchRoute = defineRoute({
  method: "GET",
  path: launchPath,
  operationId: "getLaunchSnapshot",
  tag,
  summary: "The launch snapshot",
  response: api.snapshotBody,
});

export const updateLaunchRoute = defineRoute({
  method: "PATCH",
  path: launchPath,
  operationId: "updateLaunch",
  tag,
  summary: "Edit, archive or unarchive a launch (lead)",
  description:
    "`version` is required when changing any field other than `archived` (422 without it; 409 with the launch's `current` fields when stale). Archiving or unarchiving alone needs no version: it applies to the current state, idempotently.",
  body: launches.updateLaunchInput,
  response: api.launchFieldsBody,
  errors: ["conflict"],
});

export const changeLaunchStatusRoute = defineRoute({
  method: "POST",
  path: `${launchPath}/status`,
  operationId: "changeLaunchStatus",
  tag,
  summary: "Move the launch along its lifecycle (lead)",
  body: launches.changeLaunchStatusInput,
  response: api.launchFieldsBody,
  errors: ["conflict"],
});

export const cloneLaunchRoute = defineRoute({
  method: "POST",
  path: `${launchPath}/clone`,
  operationId: "cloneLaunch",
  tag,
  summary: "Clone a launch, e.g. a rehearsal into the real one (lead)",
  body: launches.cloneLaunchInput,
  status: 201,
  response: api.createdBody,
});

export const saveTemplateRoute = defineRoute({
  method: "POST",
  path: `${launchPath}/template`,
  operationId: "saveLaunchAsTemplate",
  tag: "Templates",
  summary: "Save the launch's plan as a template (lead)",
  body: templates.saveTemplateInput,
  status: 201,
  response: z.object({ id: z.string(), name: z.string() }),
});
