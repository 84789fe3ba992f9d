import { serve } from "@/lib/api/serve";
import { decodeUploadRoute } from "@/lib/api/routes/launches";
import { decodeUpload } from "@/lib/import/decode-upload";

export const POST = serve(decodeUploadRoute, ({ base64 }) => decodeUpload(Buffer.from(base64, "base64")));
