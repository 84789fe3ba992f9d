"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import { useLaunchLiveStore } from "@/lib/realtime/use-launch-live";
import { useStoreSelector } from "@/lib/realtime/launch-store";
import { can, canUpdateItemProgress, myFunctionIn, whyCannotAct } from "@/lib/auth/permissions";
import { launchProgress } from "@/lib/checklists/progress";
import { filterItems, formatFilters, isFiltering, type ItemFilter } from "@/lib/checklists/filter-items";
import { ToastProvider } from "@/components/ui/toast";
import { ChecklistProvider, NowProvider, type ChecklistUi } from "@/components/checklists/checklist-context";
import { createRowNavigator } from "@/components/checklists/row-navigator";
import { useChecklistActions } from "@/components/checklists/use-checklist-actions";
import { useChecklistKeyboard } from "@/components/checklists/use-checklist-keyboard";
import { useQueryState } from "@/components/checklists/use-query-state";
import { useNow } from "@/components/ui/use-now";
import { ChecklistDialogs, useChecklistDialogs } from "@/components/checklists/checklist-dialogs";
import { LaunchHeader, roleLabel } from "@/components/launches/launch-header";
import { LaunchTabs, type LaunchTab } from "@/components/launches/launch-tabs";
import { ProgressSummary } from "@/components/checklists/progress-summary";
import { ChecklistToolbar } from "@/components/checklists/checklist-toolbar";
import { ChecklistBoard } from "@/components/checklists/checklist-board";
import { ActivityPanel } from "@/components/activity/activity-panel";
import { LiveAnnouncer } from "@/components/activity/live-announcer";
import { createEventHub } from "@/components/activity/event-hub";
import type { EventContext } from "@/components/activity/describe-event";
import { RollbackAlarmBanner } from "@/components/checkpoints/rollback-alarm-banner";

type Props = {
  initial: LaunchSnapshot;
  actorId: string;
  initialFilters: ItemFilter[];
  initialQuery: string;
  initialTab: LaunchTab;
};

/** The launch page: header, tabs, and the live checklist or activity feed. */
export function LaunchWorkspace(props: Props) {
  return (
    <ToastProvider>
      <Workspace {...props} />
    </ToastProvider>
  );
}

function Workspace({ initial, actorId, initialFilters, initialQuery, initialTab }: Props) {
  const [hub] = useState(createEventHub);
  const [navigator] = useState(createRowNavigator);
  const { store, status, update } = useLaunchLiveStore(initial, { onEvent: hub.emit });
  // The page's frame follows the whole launch; the checklist rows subscribe to their own parts.
  const snapshot = useStoreSelector(store, (current) => current);
  const actions = useChecklistActions(store, update);
  const dialogs = useChecklistDialogs();
  const now = useNow();
  const [tab, setTab] = useState<LaunchTab>(initialTab);
  const [activityOpened, setActivityOpened] = useState(initialTab === "activity");
  const [unseen, setUnseen] = useState(0);
  const [filters, setFilters] = useState(initialFilters);
  const [query, setQuery] = useState(initialQuery);
  const searchRef = useRef<HTMLInputElement>(null);
  const criteria = useMemo(() => ({ filters, query, actorId }), [filters, query, actorId]);
  useQueryState({
    filter: formatFilters(filters) || null,
    q: query.trim() || null,
    tab: tab === "activity" ? "activity" : null,
  });

  // Other people's changes since the activity feed was last looked at.
  useEffect(
    () =>
      tab === "activity"
        ? undefined
        : hub.subscribe((event) => event.actor?.id !== actorId && setUnseen((count) => count + 1)),
    [hub, tab, actorId],
  );
  const showTab = (next: LaunchTab) => {
    setTab(next);
    if (next === "activity") {
      setActivityOpened(true);
      setUnseen(0);
    }
  };

  const archived = Boolean(snapshot.archivedAt);
  const { myRole, membersUpdateAnyItem, members, myFunction: ownFunction } = snapshot;
  const canReorder = !isFiltering(criteria);
  const { openEditor, openReason, openAddSubItem, confirmDeleteItem } = dialogs;
  // Changes only with the role, the team or the filters: every row reads it, so a tick must not change it.
  const ui: ChecklistUi = useMemo(() => {
    const myFunction = myFunctionIn({ members, myFunction: ownFunction }, actorId);
    return {
      store,
      actorId,
      // An archived launch is read-only for everyone (the server refuses changes too).
      canEditPlan: !archived && can(myRole, "plan.edit"),
      canProgress: (item: ChecklistItemData) =>
        !archived &&
        canUpdateItemProgress({
          role: myRole,
          actorId,
          ownerId: item.owner?.id ?? null,
          membersUpdateAnyItem,
          myFunction,
          ownerLabel: item.ownerLabel,
        }),
      whyNot: (item: ChecklistItemData) =>
        archived
          ? "This launch is archived."
          : whyCannotAct({
              role: myRole,
              actorId,
              ownerId: item.owner?.id ?? null,
              ownerName: item.owner?.name,
              membersUpdateAnyItem,
              myFunction,
              ownerLabel: item.ownerLabel,
            }),
      canReorder,
      actions,
      openEditor,
      openReason,
      openAddSubItem,
      confirmDeleteItem,
    };
  }, [
    store,
    actorId,
    archived,
    myRole,
    membersUpdateAnyItem,
    members,
    ownFunction,
    canReorder,
    actions,
    openEditor,
    openReason,
    openAddSubItem,
    confirmDeleteItem,
  ]);
  useChecklistKeyboard({
    ui,
    navigator,
    openHelp: dialogs.openHelp,
    focusSearch: () => {
      showTab("checklist");
      requestAnimationFrame(() => searchRef.current?.focus());
    },
  });

  const progress = useMemo(() => launchProgress(snapshot.sections), [snapshot.sections]);
  const context: EventContext = {
    sectionTitle: (id) => snapshot.sections.find((section) => section.id === id)?.title,
    itemTitle: (id) => snapshot.sections.flatMap((section) => section.items).find((item) => item.id === id)?.title,
  };

  /** Jumps to an item's row, clearing filters that hide it (in a long list, scrolling it into being). */
  const showItem = (itemId: string) => {
    const visible = snapshot.sections.some((section) =>
      filterItems(section.items, criteria).some((item) => item.id === itemId),
    );
    if (!visible) {
      setFilters([]);
      setQuery("");
    }
    requestAnimationFrame(() => requestAnimationFrame(() => navigator.focus(itemId, { center: true })));
  };
  const clearFilters = useCallback(() => (setFilters([]), setQuery("")), []);

  return (
    <ChecklistProvider value={ui}>
      <NowProvider value={now}>
        <main id="main" className="mx-auto max-w-5xl px-4 pb-28 pt-6 sm:pt-8">
          <LaunchHeader snapshot={snapshot} live={status} now={now} />
          <div className="mt-5">
            <LaunchTabs launchId={snapshot.id} tab={tab} onTab={showTab} unseenActivity={unseen} />
          </div>
          <div className="mt-4 empty:hidden">
            <RollbackAlarmBanner snapshot={snapshot} />
          </div>
          <div hidden={tab !== "checklist"} className="mt-5 space-y-5">
            {archived && (
              <p
                className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200"
                data-testid="archived-notice"
              >
                This launch is archived and read-only. A lead can unarchive it in Settings.
              </p>
            )}
            {!archived && !can(snapshot.myRole, "item.progress") && (
              <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-200">
                You can follow this launch but not change its checklist ({roleLabel[snapshot.myRole].toLowerCase()}).
              </p>
            )}
            <ProgressSummary progress={progress} onShowItem={showItem} />
            <ChecklistToolbar
              filters={filters}
              query={query}
              searchRef={searchRef}
              onFilters={setFilters}
              onQuery={setQuery}
              onShowDeleted={dialogs.openDeleted}
              onShowHelp={dialogs.openHelp}
            />
            <ChecklistBoard
              criteria={criteria}
              navigator={navigator}
              onClearFilters={clearFilters}
              onDeleteSection={dialogs.confirmDeleteSection}
            />
          </div>
          {activityOpened && (
            <div hidden={tab !== "activity"} className="mt-5">
              <ActivityPanel snapshot={snapshot} hub={hub} context={context} now={now} />
            </div>
          )}
        </main>
        <ChecklistDialogs dialogs={dialogs} />
        <LiveAnnouncer hub={hub} actorId={actorId} context={context} />
      </NowProvider>
    </ChecklistProvider>
  );
}
