import type { Language } from '../../../shared/ipc-contract.ts';
import { locales } from './languages.ts';

/** A date as Malaysians read it, in Malaysia time whatever the machine's time zone. */
export function formatMalaysiaDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeZone: 'Asia/Kuala_Lumpur' }).format(
    new Date(iso),
  );
}
