import chardet from "chardet";
import iconv from "iconv-lite";
import { ImportError } from "@/lib/import/import-error";

// An uploaded file is bytes. UTF-8 is read as such; anything else is decoded by the encoding chardet
// detects (a file saved as Latin-1 keeps its "Übergabe" instead of losing the Ü), and a file no
// encoding reads cleanly is refused rather than imported with "�" in it.

const MAX_UPLOAD_BYTES = 1024 * 1024;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
// Encodings a runbook is plausibly saved in; chardet's guesses outside these (Shift_JIS for a Latin-1
// file, say) are not trusted.
const ACCEPTED =
  /^(?:utf-?8|utf-16(?:le|be)|iso-8859-\d+|windows-125\d|macintosh|koi8-r|shift_jis|euc-jp|euc-kr|gb18030|big5)$/i;

export function decodeUpload(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length === 0) throw new ImportError("empty");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new ImportError("too_large");
  try {
    return { text: strictUtf8.decode(bytes).replace(/^\uFEFF/, ""), encoding: "UTF-8" };
  } catch {
    // Not UTF-8: detect below.
  }
  const candidates = chardet.analyse(bytes).filter((match) => ACCEPTED.test(match.name) && match.confidence >= 10);
  for (const { name } of candidates) {
    if (!iconv.encodingExists(name)) continue;
    const text = iconv.decode(Buffer.from(bytes), name);
    if (!text.includes("\uFFFD") && !/[\u0000-\u0008\u000E-\u001F]/.test(text))
      return { text: text.replace(/^\uFEFF/, ""), encoding: name };
  }
  throw new ImportError("encoding");
}
