import { z } from "zod";
import { isoDateTimeOrNull } from "@/lib/validation";
import { planSchema } from "@/lib/plans/plan";

// Past this the JSON body is refused before parsing the document (the importer's own limit is 1 MB).
const MAX_DOCUMENT_CHARS = 1_100_000;
const document = (what: string) =>
  z
    .string({ error: `${what} is required: send the document's text.` })
    .max(MAX_DOCUMENT_CHARS, "The document is larger than 1 MB; split it or remove attachments.");

export const previewMarkdownInput = z.object({ markdown: document("markdown") });

const launchOverrides = {
  name: z.string().trim().min(1, "The name cannot be empty.").max(200).optional(),
  system: z.string().trim().max(200).optional(),
  timezone: z.string().optional(),
  goLiveAt: isoDateTimeOrNull.optional(),
  isRehearsal: z.boolean().optional(),
};

export const importMarkdownInput = z.object({ markdown: document("markdown"), ...launchOverrides });
export type ImportMarkdownInput = z.infer<typeof importMarkdownInput>;

export const importCsvInput = z.object({
  csv: document("csv"),
  ...launchOverrides,
  name: z.string({ error: "name is required." }).trim().min(1, "Give the launch a name.").max(200),
});
export type ImportCsvInput = z.infer<typeof importCsvInput>;

/** A file as uploaded, base64-encoded, to be decoded by its detected text encoding. */
export const decodeUploadInput = z.object({
  base64: z
    .string({ error: "base64 is required: send the file's bytes, base64-encoded." })
    .max(1_500_000, "The file is larger than 1 MB; split it or remove attachments."),
});
export const decodeUploadAnswer = z.object({ text: z.string(), encoding: z.string() });

/** A launch exported as JSON (GET /api/launches/{id}/export.json), read back as a new launch. */
export const importJsonInput = z.object({
  format: z.literal("launch-control/launch@1", {
    error: 'format must be "launch-control/launch@1" (a Launch Control JSON export).',
  }),
  name: z.string().trim().min(1, "The name cannot be empty.").max(200),
  system: z.string().trim().max(200).default(""),
  description: z.string().max(20_000).default(""),
  timezone: z.string().default("UTC"),
  goLiveAt: isoDateTimeOrNull.default(null),
  plan: planSchema,
});
export type ImportJsonInput = z.infer<typeof importJsonInput>;
