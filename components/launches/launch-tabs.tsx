import Link from "next/link";
import { PhoneTabs } from "@/components/layout/phone-tabs";

export type LaunchTab = "checklist" | "activity";
/** The launch views that are pages of their own; on those the checklist and activity tabs are links. */
export type LaunchPageTab = "timeline" | "dashboard" | "gates" | "checkpoints" | "report";

const tabClass = (current: boolean) =>
  `relative -mb-px inline-flex shrink-0 items-center gap-1.5 whitespace-nowrap border-b-2 px-1 pb-2.5 pt-1 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
    current
      ? "border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300"
      : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
  }`;

/**
 * The launch's tabs. Checklist and Activity switch in place on the launch page (links elsewhere);
 * other tabs are their own pages.
 */
export function LaunchTabs({
  launchId,
  tab,
  onTab,
  unseenActivity = 0,
}: {
  launchId: string;
  tab: LaunchTab | LaunchPageTab;
  onTab?: (tab: LaunchTab) => void;
  unseenActivity?: number;
}) {
  return (
    <>
      <nav
        aria-label="Launch views"
        className="hidden gap-5 overflow-x-auto border-b border-slate-200 sm:flex dark:border-slate-800"
        data-testid="launch-tabs"
      >
        {!onTab && (
          <>
            <Link href={`/launches/${launchId}`} className={tabClass(false)} data-testid="tab-checklist">
              Checklist
            </Link>
            <Link href={`/launches/${launchId}?tab=activity`} className={tabClass(false)} data-testid="tab-activity">
              Activity
            </Link>
          </>
        )}
        {onTab && (
          <button
            type="button"
            aria-current={tab === "checklist" ? "page" : undefined}
            onClick={() => onTab("checklist")}
            className={tabClass(tab === "checklist")}
            data-testid="tab-checklist"
          >
            Checklist
          </button>
        )}
        {onTab && (
          <button
            type="button"
            aria-current={tab === "activity" ? "page" : undefined}
            onClick={() => onTab("activity")}
            className={tabClass(tab === "activity")}
            data-testid="tab-activity"
          >
            Activity
            {unseenActivity > 0 && (
              <span
                role="img"
                className="rounded-full bg-indigo-600 px-1.5 text-[11px] font-semibold leading-4 text-white"
                aria-label={`${unseenActivity} new`}
              >
                {unseenActivity > 99 ? "99+" : unseenActivity}
              </span>
            )}
          </button>
        )}
        <Link
          href={`/launches/${launchId}/timeline`}
          aria-current={tab === "timeline" ? "page" : undefined}
          className={tabClass(tab === "timeline")}
          data-testid="tab-timeline"
        >
          Timeline
        </Link>
        <Link
          href={`/launches/${launchId}/dashboard`}
          aria-current={tab === "dashboard" ? "page" : undefined}
          className={tabClass(tab === "dashboard")}
          data-testid="tab-dashboard"
        >
          War room
        </Link>
        <a
          href={`/launches/${launchId}/wall`}
          target="_blank"
          rel="noopener"
          className={tabClass(false)}
          data-testid="tab-wall"
          title="Full-screen wall display (opens a new tab)"
        >
          Wall screen ↗
        </a>
        {(
          [
            ["gates", "Gates"],
            ["checkpoints", "Checkpoints"],
            ["report", "Report"],
          ] as const
        ).map(([page, label]) => (
          <Link
            key={page}
            href={`/launches/${launchId}/${page}`}
            aria-current={tab === page ? "page" : undefined}
            className={tabClass(tab === page)}
            data-testid={`tab-${page}`}
          >
            {label}
          </Link>
        ))}
        <Link href={`/launches/${launchId}/settings`} className={tabClass(false)} data-testid="tab-settings">
          Settings
        </Link>
      </nav>
      <PhoneTabs launchId={launchId} tab={tab} onTab={onTab} unseenActivity={unseenActivity} />
    </>
  );
}
