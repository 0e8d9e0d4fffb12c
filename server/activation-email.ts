// The wording of the activation e-mail: Malay first, then English, as the people it goes to read it.

export interface ActivationEmailInput {
  readonly name: string;
  readonly activationUrl: string;
  readonly appUrl: string;
  readonly loginUrl: string;
  readonly ttlSeconds: number;
  /** The account was activated already: the e-mail says so instead of inviting to activate. */
  readonly alreadyActive: boolean;
}

export interface EmailContent {
  readonly subject: string;
  readonly text: string;
}

function validity(ttlSeconds: number): { ms: string; en: string } {
  if (ttlSeconds % 60 !== 0) return { ms: `${ttlSeconds} saat`, en: `${ttlSeconds} seconds` };
  const minutes = ttlSeconds / 60;
  return { ms: `${minutes} minit`, en: minutes === 1 ? '1 minute' : `${minutes} minutes` };
}

function pendingEmail(input: ActivationEmailInput): EmailContent {
  const valid = validity(input.ttlSeconds);
  return {
    subject: 'Pengaktifan Akaun iSPEKS — iSPEKS account activation',
    text: [
      `Salam sejahtera ${input.name},`,
      '',
      'Kami telah menerima permohonan untuk mengaktifkan akaun iSPEKS anda.',
      'Buka pautan pengaktifan di bawah dan ikut langkah dalam kiosk pengaktifan.',
      `Pautan ini sah selama ${valid.ms} sahaja.`,
      '',
      'Pautan pengaktifan:',
      input.activationUrl,
      '',
      'Jika kiosk pengaktifan iSPEKS dipasang pada komputer anda, pautan ini membukanya terus:',
      input.appUrl,
      '',
      'Jika anda tidak memohon pengaktifan ini, abaikan e-mel ini. Akaun anda tidak akan berubah.',
      '',
      `English: we received a request to activate your iSPEKS account. Open the activation link above within ${valid.en} and follow the steps in the activation kiosk; the second link opens the kiosk directly if it is installed. If you did not ask for this, ignore this e-mail: nothing will change.`,
      '',
      'Sistem iSPEKS (demo)',
    ].join('\n'),
  };
}

function alreadyActiveEmail(input: ActivationEmailInput): EmailContent {
  const valid = validity(input.ttlSeconds);
  return {
    subject: 'Akaun iSPEKS anda sudah aktif — Your iSPEKS account is already active',
    text: [
      `Salam sejahtera ${input.name},`,
      '',
      'Kami telah menerima permohonan untuk mengaktifkan akaun iSPEKS anda, tetapi akaun ini sudah aktif.',
      `Anda boleh log masuk ke sistem: ${input.loginUrl}`,
      `Pautan di bawah hanya mengesahkan bahawa akaun anda sudah aktif. Pautan ini sah selama ${valid.ms} sahaja.`,
      '',
      input.activationUrl,
      input.appUrl,
      '',
      'Jika anda tidak memohon pengaktifan ini, abaikan e-mel ini. Akaun anda tidak akan berubah.',
      '',
      `English: we received a request to activate your iSPEKS account, but it is already active; you can log in. The links above (valid for ${valid.en}) only confirm this. If you did not ask for this, ignore this e-mail: nothing will change.`,
      '',
      'Sistem iSPEKS (demo)',
    ].join('\n'),
  };
}

export function activationEmail(input: ActivationEmailInput): EmailContent {
  return input.alreadyActive ? alreadyActiveEmail(input) : pendingEmail(input);
}
