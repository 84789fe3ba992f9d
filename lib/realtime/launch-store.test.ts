import { describe, expect, it, vi } from "vitest";
import { createStore, sameList } from "@/lib/realtime/launch-store";

describe("the client store", () => {
  it("tells its listeners about a new state, not about the same one, and stops when unsubscribed", () => {
    const store = createStore({ count: 0 });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const next = { count: 1 };
    store.set(next);
    store.set(next);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe(next);
    unsubscribe();
    store.set({ count: 2 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("compares ordered lists element by element", () => {
    expect(sameList(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameList(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameList(["a"], ["a", "b"])).toBe(false);
  });
});
