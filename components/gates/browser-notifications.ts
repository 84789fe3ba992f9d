"use client";

import { useSyncExternalStore } from "react";

// The browser's notification permission as a tiny store: read where needed, asked for only when the
// person presses "Enable browser notifications" (never on load).
type Permission = NotificationPermission | "unsupported";
const listeners = new Set<() => void>();
const supported = () => typeof window !== "undefined" && "Notification" in window;
const read = (): Permission => (supported() ? Notification.permission : "unsupported");

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** null during the server render (the page cannot know the browser's answer). */
export function useNotificationPermission(): Permission | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

export async function askNotificationPermission() {
  if (!supported()) return;
  await Notification.requestPermission();
  listeners.forEach((listener) => listener());
}

/** Shows a system notification when the person allowed it; quietly nothing otherwise. */
export function notifyInBrowser(title: string, body: string, tag: string, onClick: () => void) {
  if (read() !== "granted") return;
  try {
    const notification = new Notification(title, { body, tag });
    notification.onclick = () => {
      window.focus();
      onClick();
      notification.close();
    };
  } catch {
    // Some mobile browsers only show notifications from a service worker; the in-app banner remains.
  }
}
