"use client";

import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";

const CloseMenu = createContext<() => void>(() => {});

/**
 * A button that opens a list of actions (WAI-ARIA menu button): arrow keys move between entries,
 * Escape closes and returns focus to the button, a click outside closes.
 */
export function Menu({
  label,
  icon,
  children,
  testId,
  align = "right",
  tabIndex,
}: {
  label: string;
  icon: ReactNode;
  children: ReactNode;
  testId?: string;
  align?: "left" | "right";
  /** -1 where a list row is the Tab stop and opens the menu with a key. */
  tabIndex?: number;
}) {
  const [open, setOpen] = useState(false);
  const [upward, setUpward] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    wrapper.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const entries = [...(wrapper.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number) => entries[(next + entries.length) % entries.length]?.focus();
    if (event.key === "Escape") close();
    else if (event.key === "ArrowDown") focusAt(index + 1);
    else if (event.key === "ArrowUp") focusAt(index - 1);
    else if (event.key === "Home") focusAt(0);
    else if (event.key === "End") focusAt(-1);
    else if (event.key === "Tab") setOpen(false);
    else return;
    if (event.key !== "Tab") event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={wrapper} className="relative" onKeyDown={open ? onKeyDown : undefined}>
      <button
        ref={button}
        type="button"
        aria-label={label}
        title={label}
        tabIndex={tabIndex}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid={testId}
        onClick={() => {
          const rect = button.current?.getBoundingClientRect();
          setUpward(!!rect && rect.bottom + 320 > window.innerHeight && rect.top > 320);
          setOpen((value) => !value);
        }}
        className="grid h-8 w-8 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 aria-expanded:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100 dark:aria-expanded:bg-slate-800"
      >
        {icon}
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={label}
          className={`absolute z-30 min-w-52 rounded-lg border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900 ${align === "right" ? "right-0" : "left-0"} ${upward ? "bottom-full mb-1" : "top-full mt-1"}`}
        >
          <CloseMenu.Provider value={close}>{children}</CloseMenu.Provider>
        </div>
      )}
    </div>
  );
}

export function MenuItem({
  onSelect,
  children,
  testId,
  tone = "default",
  disabled,
}: {
  onSelect: () => void;
  children: ReactNode;
  testId?: string;
  tone?: "default" | "danger";
  disabled?: boolean;
}) {
  const close = useContext(CloseMenu);
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      disabled={disabled}
      data-testid={testId}
      onClick={() => {
        close();
        onSelect();
      }}
      className={`flex w-full items-center gap-2 px-3 py-1.5 text-left text-sm focus:outline-none disabled:cursor-not-allowed disabled:opacity-40 ${
        tone === "danger"
          ? "text-red-700 hover:bg-red-50 focus:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/60 dark:focus:bg-red-950/60"
          : "hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800"
      }`}
    >
      {children}
    </button>
  );
}

export function MenuSeparator() {
  return <div role="separator" className="my-1 border-t border-slate-100 dark:border-slate-800" />;
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <div className="px-3 pb-1 pt-2 text-xs font-medium uppercase tracking-wide text-slate-400">{children}</div>;
}
