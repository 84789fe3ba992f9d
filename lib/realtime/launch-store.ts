"use client";

import { useCallback, useLayoutEffect, useRef, useSyncExternalStore } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";

/**
 * State kept outside React, so each component subscribes to the part it shows: an event re-renders what
 * it touched (a row, the progress) and not every row of a 1,000-item launch. Events replace only the
 * entities they change (apply-launch-event keeps the others' identity), which makes a selector's answer
 * comparable by reference.
 */
export type Store<T> = {
  get: () => T;
  set: (next: T) => void;
  subscribe: (listener: () => void) => () => void;
};
export type LaunchStore = Store<LaunchSnapshot>;

export function createStore<T>(initial: T): Store<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (next) => {
      if (Object.is(next, current)) return;
      current = next;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The part of the store's state `select` picks; the component re-renders only when that part changes
 * (by `isEqual`, reference equality unless told otherwise).
 */
export function useStoreSelector<T, S>(
  store: Store<T>,
  select: (state: T) => S,
  isEqual: (a: S, b: S) => boolean = Object.is,
): S {
  const last = useRef<{ state: T; value: S } | null>(null);
  const latest = useRef({ select, isEqual });
  useLayoutEffect(() => {
    latest.current = { select, isEqual };
  });
  const read = useCallback(() => {
    const state = store.get();
    const previous = last.current;
    if (previous && previous.state === state) return previous.value;
    const value = latest.current.select(state);
    // The previous answer when equal, so React sees no change and skips the render.
    const kept = previous && latest.current.isEqual(previous.value, value) ? previous.value : value;
    last.current = { state, value: kept };
    return kept;
  }, [store]);
  return useSyncExternalStore(store.subscribe, read, read);
}

/** Arrays equal element by element (ordered id lists, derived rows). */
export const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
