import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeUpload } from "@/lib/import/decode-upload";

const runbook =
  "# Übergabe an den Betrieb\n\n## Vorbereitung für die Umstellung\n- [ ] Größe der Datenbank prüfen\n- [ ] Übergabe an das Support-Team bestätigen\n- [ ] Rückfallplan für die Migration geprüft\n";

describe("decoding an uploaded file", () => {
  it("reads UTF-8 as is, and a Latin-1 or Windows-1252 file by its detected encoding", () => {
    expect(decodeUpload(Buffer.from(runbook, "utf8"))).toEqual({ text: runbook, encoding: "UTF-8" });
    for (const encoding of ["latin1", "win1252"]) {
      const decoded = decodeUpload(iconv.encode(runbook, encoding));
      expect(decoded.text).toBe(runbook);
    }
  });

  it("refuses with a clear 422 what no encoding reads cleanly", () => {
    const garbage = Uint8Array.from({ length: 400 }, (_, i) => (i * 7919) % 256);
    expect(() => decodeUpload(garbage)).toThrow(expect.objectContaining({ code: "invalid" }));
    expect(() => decodeUpload(new Uint8Array())).toThrow(expect.objectContaining({ code: "invalid" }));
  });
});
