// The IC number field: digits on a numeric keyboard, hyphens and spaces allowed, its error beside it.
import { describedBy, FieldError } from './FieldError.tsx';
import { useT } from '../i18n/use-t.ts';

interface IcNumberFieldProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The field's error in words, or null. */
  readonly error: string | null;
}

export function IcNumberField({ id, value, onChange, error }: IcNumberFieldProps) {
  const text = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{text.ic.label}</label>
      <p id={`${id}-hint`} className="hint">
        {text.ic.hint}
      </p>
      <input
        id={id}
        className="input input-ic"
        type="text"
        inputMode="numeric"
        data-keyboard="numeric"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={describedBy(`${id}-hint`, error !== null && `${id}-error`)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
