import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/field";

/** The end of a dialog's form: what went wrong (if anything), then Cancel and the submit button. */
export function FormFooter({
  error,
  onCancel,
  submitLabel,
  submitTestId,
  disabled,
  submitClassName,
}: {
  error: string | null;
  onCancel: () => void;
  submitLabel: string;
  submitTestId: string;
  disabled?: boolean;
  submitClassName?: string;
}) {
  return (
    <>
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={disabled} data-testid={submitTestId} className={submitClassName}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
