"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

type Props = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** "drawer" slides in from the right edge (full screen on a phone); "center" is a small dialog. */
  variant?: "center" | "drawer";
  testId?: string;
};

const shapes = {
  center: "m-auto w-[min(30rem,calc(100vw-1.5rem))] max-h-[calc(100dvh-2rem)] rounded-xl",
  drawer: "my-0 ml-auto mr-0 h-dvh max-h-dvh w-full max-w-xl sm:rounded-l-xl",
};

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape and restores focus to
 * whatever opened it. Content mounts only while open, so every opening starts from fresh state.
 */
export function Dialog({ open, onClose, title, description, children, variant = "center", testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element, which is the Close button: start in the form instead.
      const start = dialog.querySelector<HTMLElement>("[data-autofocus], input:not([type=hidden]), textarea, select");
      start?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      data-testid={testId}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className={`${shapes[variant]} overflow-y-auto border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 backdrop:backdrop-blur-[1px] dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
    >
      {open && (
        <div className="flex min-h-full flex-col">
          <header className="sticky top-0 z-10 flex items-start justify-between gap-4 border-b border-slate-200 bg-white/95 px-5 py-3.5 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95">
            <div className="min-w-0">
              <h2 id={titleId} className="text-base font-semibold leading-6">
                {title}
              </h2>
              {description && (
                <p id={descriptionId} className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
                  {description}
                </p>
              )}
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="-mr-1 rounded-md p-1 text-slate-500 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:hover:bg-slate-800"
            >
              <svg viewBox="0 0 20 20" className="h-5 w-5" aria-hidden fill="currentColor">
                <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
              </svg>
            </button>
          </header>
          <div className="flex-1 px-5 py-4">{children}</div>
        </div>
      )}
    </dialog>
  );
}
