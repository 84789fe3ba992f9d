import { describe, expect, it } from "vitest";
import { rejectNul } from "@/lib/http/reject-nul";
import { AppError } from "@/lib/errors";

describe("rejectNul", () => {
  it("names the field holding a NUL, however deep", () => {
    expect(() => rejectNul({ plan: { sections: [{ title: "ok" }, { title: "bad\u0000" }] } }, "")).toThrow(
      /plan\.sections\.1\.title contains a NUL/,
    );
    const error = (() => {
      try {
        rejectNul({ itemId: "abc\u0000" }, "");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
  });

  it("lets everything else through", () => {
    expect(() => rejectNul({ title: "Café ✓ \\u0000 as text", n: 1, none: null, list: ["a"] }, "")).not.toThrow();
  });
});
