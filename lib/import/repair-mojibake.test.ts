import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repairMojibake } from "@/lib/import/repair-mojibake";

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
    expect(repairMojibake("Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009D and â€œonceâ€\u009D")).toBe("\u201Cquoted\u201D and \u201Conce\u201D");
  });

  it("leaves correct text alone", () => {
    for (const text of ["Payments Platform Cutover — Weekend Runbook", "Café · Straße · ½ · naïve", "├─ [ ] Take snapshot", "Zürich: 02:00 – 04:00", "ÀÉÎõü", "plain"]) {
      expect(repairMojibake(text)).toBe(text);
    }
  });
});
