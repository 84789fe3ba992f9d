import { AppError } from "@/lib/errors";

// Why a whole document could not be imported. Row-level CSV problems are not errors of this kind: they
// come back beside the plan, so a person can fix the rows and keep the rest.
export type ImportFailure = "empty" | "binary" | "too_large" | "no_items" | "bad_header" | "too_big_plan" | "encoding";

export const MAX_IMPORT_BYTES = 1024 * 1024;

// What a person reads for each failure that has one fixed wording; the others get a specific message.
const defaultMessages: Partial<Record<ImportFailure, string>> = {
  empty: "The document is empty.",
  binary: "This looks like a binary file, not Markdown text.",
  encoding:
    "The file's text encoding could not be recognised, so its characters cannot be read reliably. Save it as UTF-8 and upload it again.",
  too_large: "The document is larger than 1 MB; split it or remove attachments.",
  no_items:
    "No checklist items found: use task-list lines such as `- [ ] Take a backup` or headings with bullet lists.",
};

/**
 * An upload Launch Control cannot turn into a plan. It is an AppError with code "invalid", so route
 * handlers answer 422 with the message; `details.reason` says which check failed and, when the
 * document was read, `details.lines` carries the line report so the preview can show what was ignored.
 */
export class ImportError extends AppError {
  constructor(
    readonly reason: ImportFailure,
    message?: string,
    extra: Record<string, unknown> = {},
  ) {
    super("invalid", message ?? defaultMessages[reason] ?? "The document cannot be imported.", { reason, ...extra });
    this.name = "ImportError";
  }
}

/** Rejects input no importer should read: nothing in it, not text, or too big to preview. */
export function assertImportableText(input: string): void {
  if (input.replace(/^\uFEFF/, "").trim() === "") throw new ImportError("empty");
  if (looksBinary(input)) throw new ImportError("binary");
  // Every character takes at least one byte, so only a short string needs its bytes counted.
  if (input.length > MAX_IMPORT_BYTES || new TextEncoder().encode(input).length > MAX_IMPORT_BYTES) {
    throw new ImportError("too_large");
  }
}

const SAMPLE_CHARS = 8192;

/**
 * A NUL anywhere, or more than a tenth of the opening characters being control characters or U+FFFD
 * (what a decoder leaves of bytes that are not UTF-8): the way git and most editors tell binary apart.
 */
function looksBinary(input: string): boolean {
  if (input.includes("\u0000")) return true;
  const sample = input.slice(0, SAMPLE_CHARS);
  const odd = sample.match(/[\u0001-\u0008\u000E-\u001A\u001C-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return odd > sample.length / 10;
}
