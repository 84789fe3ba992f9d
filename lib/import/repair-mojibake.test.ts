import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { repairMojibake } from "@/lib/import/repair-mojibake";

/** UTF-8 bytes shown through a single-byte code page, as editors do: undefined bytes pass as C1 controls, Mac's 0xF0 is the Apple logo. */
function garble(text: string, encoding: string): string {
  return Array.from(Buffer.from(text, "utf8"), (byte) => {
    const char = iconv.decode(Buffer.from([byte]), encoding);
    return char !== "\uFFFD" ? char : encoding === "macintosh" && byte === 0xf0 ? "\uF8FF" : String.fromCharCode(byte);
  }).join("");
}

describe("repairMojibake", () => {
  it("restores the emoji of the production checklist's headings, byte for byte", () => {
    const lines = readFileSync("lib/templates/builtin/production-deployment-checklist.md", "utf8").split("\n");
    expect([3, 40, 71, 106, 141, 176, 200, 209].map((line) => repairMojibake(lines[line - 1]!))).toEqual([
      "## 🚀 Pre-Deployment Checklist",
      "## 🔧 Deployment Checklist",
      "## 📊 Post-Deployment Checklist",
      "## 🔄 Go-Live Checklist",
      "## 📈 Post-Launch Monitoring",
      "## 🚨 Emergency Procedures",
      "## ✅ Completion Status",
      "**Status**: 🚀 Ready for Production Deployment ",
    ]);
    expect(repairMojibake("ðŸš€ Pre-Deployment Checklist")).toBe("🚀 Pre-Deployment Checklist");
  });

  it("restores tree-drawing characters and text garbled twice", () => {
    expect(repairMojibake("â”‚   â”œâ”€ [ ] Row counts")).toBe("│   ├─ [ ] Row counts");
    expect(repairMojibake("Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009D and â€œonceâ€\u009D")).toBe(
      "\u201Cquoted\u201D and \u201Conce\u201D",
    );
  });

  it("leaves correct text alone", () => {
    for (const text of [
      "Payments Platform Cutover — Weekend Runbook",
      "Café · Straße · ½ · naïve",
      "├─ [ ] Take snapshot",
      "Zürich: 02:00 – 04:00",
      "ÀÉÎõü",
      "plain",
    ]) {
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it.each(["win1252", "latin1", "win1254", "macintosh"])("undoes UTF-8 read as %s, once or twice", (encoding) => {
    for (const text of [
      "⏰ GO-LIVE DAY TIMELINE",
      "📋 Plan",
      "✅ Prerequisites",
      "Übergabe — “quoted” ├─ done",
      "🚀 Launch · 5–10 users",
    ]) {
      const once = garble(text, encoding);
      expect(once).not.toBe(text);
      expect(repairMojibake(once)).toBe(text);
      expect(repairMojibake(garble(once, encoding))).toBe(text);
    }
  });

  it("leaves correct accented and Turkish text alone under the other readings too", () => {
    for (const text of ["İstanbul ğüşöç", "√2 ≈ 1.41", "«quoted» …", "ÀÉÎõü", "Ñandú"])
      expect(repairMojibake(text)).toBe(text);
  });
});
