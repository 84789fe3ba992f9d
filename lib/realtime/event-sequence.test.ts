import { describe, expect, it } from "vitest";
import { classifyEvent } from "@/lib/realtime/event-sequence";

describe("classifyEvent", () => {
  it("applies the next event, ignores old ones and flags a jump", () => {
    expect(classifyEvent(4, 5)).toBe("apply");
    expect(classifyEvent(4, 4)).toBe("duplicate");
    expect(classifyEvent(4, 2)).toBe("duplicate");
    expect(classifyEvent(4, 7)).toBe("gap");
  });
});
