"use client";

import { useEffect, useRef, useState } from "react";

/** The size of an element, kept current as it resizes (one observer, disconnected on unmount). */
export function useElementSize<T extends HTMLElement>(fallbackWidth: number) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: fallbackWidth, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, ...size };
}
