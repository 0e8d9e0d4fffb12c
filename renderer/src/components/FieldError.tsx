import { useT } from '../i18n/use-t.ts';

/** A field's error in dark red with a word before it, referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { readonly id: string; readonly message: string | null }) {
  const text = useT();
  if (message === null) return null;
  return (
    <p id={id} className="field-error" role="alert">
      <strong>{text.app.errorPrefix}</strong> {message}
    </p>
  );
}

/** Joins the ids a field is described by, skipping the ones not shown. */
export function describedBy(...ids: ReadonlyArray<string | false | null>): string | undefined {
  const shown = ids.filter((id): id is string => typeof id === 'string');
  return shown.length > 0 ? shown.join(' ') : undefined;
}
