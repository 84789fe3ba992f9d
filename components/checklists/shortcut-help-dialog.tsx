import { Dialog } from "@/components/ui/dialog";

const shortcuts: [string[], string][] = [
  [["j", "↓"], "Next item"],
  [["k", "↑"], "Previous item"],
  [["x", "Space"], "Toggle done"],
  [["b"], "Mark blocked (asks why)"],
  [["n"], "Mark not applicable (asks why)"],
  [["e", "Enter"], "Edit the item / update progress"],
  [["m"], "Open the item's actions"],
  [["Delete"], "Delete the item (lead)"],
  [["Alt ↑", "Alt ↓"], "Move the item up / down (lead)"],
  [["/"], "Search and filter"],
  [["?"], "This help"],
  [["Esc"], "Close a dialog or menu"],
];

export function ShortcutHelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Keyboard shortcuts"
      description="Each item is one Tab stop. Focus an item (Tab to the list, click its row or press j), then:"
      testId="shortcut-help"
    >
      <dl className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {shortcuts.map(([keys, what]) => (
          <div key={what} className="flex items-center justify-between gap-4 py-2">
            <dt className="text-slate-700 dark:text-slate-300">{what}</dt>
            <dd className="flex shrink-0 gap-1">
              {keys.map((key) => (
                <kbd
                  key={key}
                  className="min-w-7 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-sans text-xs font-medium shadow-sm dark:border-slate-600 dark:bg-slate-800"
                >
                  {key}
                </kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
