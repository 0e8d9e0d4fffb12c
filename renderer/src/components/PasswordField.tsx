// A password input: masked unless shown, paste allowed, at most the policy's length, and a
// Caps Lock warning while it is on (read from each key press; it cannot be known before one).
// Memoised: typing in one field does not re-render the other (React re-sets an input's attributes).
import { memo, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { describedBy, FieldError } from './FieldError.tsx';

interface PasswordFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly visible: boolean;
  readonly maxLength: number;
  readonly onChange: (value: string) => void;
  /** The field's error, said next to it and read with it. */
  readonly error?: string | null;
  /** The id of what else describes the field (e.g. the rules). */
  readonly describedBy?: string;
  readonly children?: ReactNode;
}

export const PasswordField = memo(function PasswordField({ id, label, value, visible, maxLength, onChange, error = null, describedBy: other, children }: PasswordFieldProps) {
  const text = useT();
  const [capsLock, setCapsLock] = useState(false);
  const capsId = `${id}-caps-lock`;
  const errorId = `${id}-error`;
  const track = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type={visible ? 'text' : 'password'}
        data-keyboard="text"
        autoComplete="new-password"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={maxLength}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={track}
        onKeyUp={track}
        onBlur={() => setCapsLock(false)}
        aria-invalid={error !== null}
        aria-describedby={describedBy(other ?? null, error !== null && errorId, capsLock && capsId)}
      />
      <p id={capsId} className="caps-lock" role="status">
        {capsLock ? text.password.capsLock : ''}
      </p>
      <FieldError id={errorId} message={error} />
      {children}
    </div>
  );
});
