"use client";

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

export type Toast = {
  message: string;
  tone?: "neutral" | "error";
  action?: { label: string; onClick: () => void; testId?: string };
};
type ShownToast = Toast & { id: number };

const ShowToast = createContext<(toast: Toast) => void>(() => {});

/** Short-lived notices at the bottom of the screen (e.g. "Deleted 'X'" with Undo), read out politely. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (toast: Toast) => {
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-2), { ...toast, id }]);
      window.setTimeout(() => dismiss(id), toast.action ? 10_000 : 5_000);
    },
    [dismiss],
  );

  return (
    <ShowToast.Provider value={show}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 pb-[max(1rem,env(safe-area-inset-bottom))]"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            data-testid="toast"
            className={`pointer-events-auto flex w-full max-w-md items-center gap-3 rounded-lg px-4 py-2.5 text-sm shadow-lg ring-1 ${
              toast.tone === "error"
                ? "bg-red-700 text-white ring-red-800"
                : "bg-slate-900 text-slate-50 ring-slate-800 dark:bg-slate-100 dark:text-slate-900 dark:ring-slate-200"
            }`}
          >
            <span className="min-w-0 flex-1">{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                data-testid={toast.action.testId}
                onClick={() => {
                  dismiss(toast.id);
                  toast.action?.onClick();
                }}
                className="shrink-0 rounded px-2 py-1 font-semibold text-indigo-300 hover:bg-white/10 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 dark:text-indigo-700 dark:hover:bg-slate-900/10"
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              aria-label="Dismiss"
              onClick={() => dismiss(toast.id)}
              className="shrink-0 rounded px-1 opacity-70 hover:opacity-100"
            >
              ✕
            </button>
          </div>
        ))}
      </div>
    </ShowToast.Provider>
  );
}

export const useToast = () => useContext(ShowToast);
