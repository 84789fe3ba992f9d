"use client";

import { useLayoutEffect, useState } from "react";

type Methods = Record<string, (...args: never[]) => unknown>;

/** An object of forwarders to whichever functions were last `use`d. */
function forwarding<T extends Methods>(first: T): { methods: T; use: (latest: T) => void } {
  let latest = first;
  const methods = Object.fromEntries(
    Object.keys(first).map((key) => [
      key,
      (...args: never[]) => (latest[key] as (...args: never[]) => unknown)(...args),
    ]),
  ) as T;
  return { methods, use: (next) => void (latest = next) };
}

/**
 * The same functions behind an object that never changes, each call going to the latest closure:
 * memoised children (checklist rows) can take it without re-rendering whenever the closures are re-made.
 */
export function useStableMethods<T extends Methods>(methods: T): T {
  const [stable] = useState(() => forwarding(methods));
  useLayoutEffect(() => stable.use(methods));
  return stable.methods;
}
