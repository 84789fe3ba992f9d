"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { ClockIcon, FlagIcon, MoreIcon } from "@/components/ui/icons";
import type { LaunchPageTab, LaunchTab } from "@/components/launches/launch-tabs";

type Props = {
  launchId: string;
  tab: LaunchTab | LaunchPageTab;
  onTab?: (tab: LaunchTab) => void;
  unseenActivity?: number;
};

const barItem = (current: boolean) =>
  `flex min-h-14 flex-1 flex-col items-center justify-center gap-0.5 px-1 text-[11px] font-semibold leading-tight focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 ${
    current ? "text-indigo-700 dark:text-indigo-300" : "text-slate-600 dark:text-slate-300"
  }`;
const menuItem =
  "block rounded-md px-3 py-2.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:text-slate-100 dark:hover:bg-slate-800";

/**
 * On a phone the eight launch views do not fit one strip (it was 742 px in 358), so the ones used on
 * the day — checklist, timeline, war room and gates (where the sponsor decides) — sit in a bar at the
 * bottom, one tap from anywhere; the rest are in "More". A <details> menu: no script needed to open it.
 */
export function PhoneTabs({ launchId, tab, onTab, unseenActivity = 0 }: Props) {
  const more = useRef<HTMLDetailsElement>(null);
  // Escape closes "More", as it closes every other menu.
  useEffect(() => {
    const close = (event: KeyboardEvent) => {
      if (event.key === "Escape" && more.current?.open) more.current.open = false;
    };
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, []);
  const base = `/launches/${launchId}`;
  const checklistCurrent = tab === "checklist";
  const inMore = tab === "activity" || tab === "checkpoints" || tab === "report";
  return (
    <nav
      aria-label="Launch views"
      data-testid="phone-tabs"
      className="fixed inset-x-0 bottom-0 z-40 flex border-t border-slate-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur sm:hidden dark:border-slate-800 dark:bg-slate-900/95 print:hidden"
    >
      {onTab ? (
        <button
          type="button"
          className={barItem(checklistCurrent)}
          aria-current={checklistCurrent ? "page" : undefined}
          onClick={() => onTab("checklist")}
          data-testid="phone-tab-checklist"
        >
          <span aria-hidden className="text-base leading-5">
            ☑
          </span>
          Checklist
        </button>
      ) : (
        <Link href={base} className={barItem(false)} data-testid="phone-tab-checklist">
          <span aria-hidden className="text-base leading-5">
            ☑
          </span>
          Checklist
        </Link>
      )}
      <Link
        href={`${base}/timeline`}
        className={barItem(tab === "timeline")}
        aria-current={tab === "timeline" ? "page" : undefined}
        data-testid="phone-tab-timeline"
      >
        <ClockIcon className="h-5 w-5" />
        Timeline
      </Link>
      <Link
        href={`${base}/dashboard`}
        className={barItem(tab === "dashboard")}
        aria-current={tab === "dashboard" ? "page" : undefined}
        data-testid="phone-tab-dashboard"
      >
        <span aria-hidden className="text-base leading-5">
          ◎
        </span>
        War room
      </Link>
      <Link
        href={`${base}/gates`}
        className={barItem(tab === "gates")}
        aria-current={tab === "gates" ? "page" : undefined}
        data-testid="phone-tab-gates"
      >
        <FlagIcon className="h-5 w-5" />
        Gates
      </Link>
      <details ref={more} className="relative flex flex-1 [&>summary::-webkit-details-marker]:hidden">
        <summary className={`${barItem(inMore)} cursor-pointer list-none`} data-testid="phone-tab-more">
          <MoreIcon className="h-5 w-5" />
          More{unseenActivity > 0 && <span className="sr-only"> ({unseenActivity} new in activity)</span>}
        </summary>
        <div
          className="absolute bottom-full right-2 mb-2 w-56 rounded-xl border border-slate-200 bg-white p-1.5 shadow-xl dark:border-slate-700 dark:bg-slate-900"
          data-testid="phone-more-menu"
        >
          {onTab ? (
            <button
              type="button"
              className={`${menuItem} w-full text-left`}
              onClick={() => {
                onTab("activity");
                if (more.current) more.current.open = false;
              }}
            >
              Activity{unseenActivity > 0 ? ` (${unseenActivity > 99 ? "99+" : unseenActivity} new)` : ""}
            </button>
          ) : (
            <Link href={`${base}?tab=activity`} className={menuItem}>
              Activity
            </Link>
          )}
          <Link
            href={`${base}/checkpoints`}
            className={menuItem}
            aria-current={tab === "checkpoints" ? "page" : undefined}
            data-testid="phone-tab-checkpoints"
          >
            Checkpoints
          </Link>
          <Link href={`${base}/report`} className={menuItem} aria-current={tab === "report" ? "page" : undefined}>
            Report
          </Link>
          <a href={`${base}/wall`} target="_blank" rel="noopener" className={menuItem}>
            Wall screen ↗
          </a>
          <Link href={`${base}/settings`} className={menuItem}>
            Settings
          </Link>
        </div>
      </details>
    </nav>
  );
}
