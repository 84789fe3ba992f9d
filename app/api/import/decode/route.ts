import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { decodeUploadInput } from "@/lib/launches/import-schemas";
import { decodeUpload } from "@/lib/import/decode-upload";

export const POST = handleRoute(async (request) => {
  await requireApiActor();
  const { base64 } = decodeUploadInput.parse(await readJson(request));
  return json(decodeUpload(Buffer.from(base64, "base64")));
});
