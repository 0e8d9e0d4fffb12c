// Demo data shared by the renderer's unit tests.
import type { AppInfo, OpenedActivation } from '../../shared/ipc-contract.ts';
import { SEED_PASSWORD_POLICY } from '../../shared/password-policy.ts';

export const demoActivation: OpenedActivation = {
  token: 'A'.repeat(43),
  profile: {
    icNumber: '900101145678',
    name: 'Nur Aisyah binti Ahmad (demo)',
    email: 'nur.aisyah@example.gov.my',
    registeredAt: '2024-03-14T16:30:00Z',
  },
  expiresAt: '2030-01-01T00:00:00Z',
  securityQuestions: ['q1', 'q2', 'q3', 'q4'].map((id) => ({ id, text: { ms: `Soalan ${id}?`, en: `Question ${id}?` } })),
  passwordPolicy: SEED_PASSWORD_POLICY,
};

export const demoAppInfo: AppInfo = {
  demo: true,
  version: '0.1.0',
  defaultLanguage: 'ms',
  linkScheme: 'ispeks',
  kiosk: false,
  idleSeconds: 120,
  idleWarningSeconds: 30,
  loginAction: 'open-browser',
  minPasswordScore: 3,
  onScreenKeyboard: 'auto',
  camera: 'auto',
};
