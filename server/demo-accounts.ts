// Fictional people and the question list the reference server is seeded with: no real person's data.
import type { SecurityQuestion } from '../shared/security-questions.ts';

export type AccountStatus = 'pending' | 'active';

export interface DemoAccount {
  readonly icNumber: string;
  readonly name: string;
  readonly email: string;
  readonly registeredAt: string;
  readonly status: AccountStatus;
}

// Valid dates and assigned place-of-birth codes (03 Kelantan, 10 Selangor, 14 Kuala Lumpur, 11 Terengganu).
export const demoAccounts: readonly DemoAccount[] = [
  {
    icNumber: '900101035678',
    name: 'Siti Nur Aisyah binti Abdullah',
    email: 'siti.aisyah@demo.ispeks.invalid',
    registeredAt: '2025-09-01T09:00:00+08:00',
    status: 'pending',
  },
  {
    icNumber: '870422035012',
    name: "Nik Nur 'Ain binti Nik Mat",
    email: 'nik.ain@demo.ispeks.invalid',
    registeredAt: '2025-09-15T10:30:00+08:00',
    status: 'pending',
  },
  {
    icNumber: '920330145671',
    name: 'Tan Mei Ling',
    email: 'tan.meiling@demo.ispeks.invalid',
    registeredAt: '2025-10-02T14:15:00+08:00',
    status: 'pending',
  },
  {
    icNumber: '881212105432',
    name: 'Kavitha a/p Subramaniam',
    email: 'kavitha.s@demo.ispeks.invalid',
    registeredAt: '2025-10-20T08:45:00+08:00',
    status: 'pending',
  },
  {
    // 29 February 2000: a leap day, so the kiosk's date check is exercised end to end.
    icNumber: '000229110123',
    name: 'Wan Muhammad Hafiz bin Wan Ismail',
    email: 'wan.hafiz@demo.ispeks.invalid',
    registeredAt: '2025-11-03T11:00:00+08:00',
    status: 'pending',
  },
  {
    icNumber: '780808035555',
    name: 'Che Ku Zainab binti Che Ku Hassan',
    email: 'ck.zainab@demo.ispeks.invalid',
    registeredAt: '2024-03-11T09:20:00+08:00',
    status: 'active',
  },
];

// None is answerable from the IC number or the HR record (no birth date or place, father's name, posting, grade).
export const securityQuestions: readonly SecurityQuestion[] = [
  { id: 'first-pet', text: { ms: 'Apakah nama haiwan peliharaan pertama anda?', en: 'What was the name of your first pet?' } },
  { id: 'childhood-food', text: { ms: 'Apakah makanan kegemaran anda semasa kecil?', en: 'What was your favourite food as a child?' } },
  { id: 'childhood-friend', text: { ms: 'Siapakah nama kawan baik anda semasa kecil?', en: 'What was the name of your best friend as a child?' } },
  { id: 'first-car', text: { ms: 'Apakah model kereta pertama anda?', en: 'What was the model of your first car?' } },
  { id: 'favourite-teacher', text: { ms: 'Siapakah nama guru kegemaran anda di sekolah rendah?', en: 'What was the name of your favourite primary school teacher?' } },
  { id: 'childhood-street', text: { ms: 'Apakah nama jalan rumah anda semasa kecil?', en: 'What was the name of the street you lived on as a child?' } },
  { id: 'favourite-book', text: { ms: 'Apakah tajuk buku kegemaran anda semasa remaja?', en: 'What was your favourite book as a teenager?' } },
  { id: 'cartoon-character', text: { ms: 'Siapakah watak kartun kegemaran anda semasa kecil?', en: 'Who was your favourite cartoon character as a child?' } },
  { id: 'student-eatery', text: { ms: 'Apakah nama kedai makan kegemaran anda semasa belajar?', en: 'What was the name of your favourite place to eat as a student?' } },
];
