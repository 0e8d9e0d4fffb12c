// The Malay of the entry chunk's screens (header, start screen, connectivity notice, IC number
// screen). The rest of the catalogue (ms-later.ts) comes with the later screens, which are the only
// ones to read it. ms.ts puts the two together as the source catalogue.
import type { CatalogueShape } from './catalogue.ts';

export const msFirst = {
  app: {
    product: 'Pengaktifan Akaun iSPEKS',
    demo: 'DEMO — akaun rekaan',
    startOver: 'Mula semula',
    help: 'Bantuan: Sila rujuk petugas kaunter',
    languageGroup: 'Bahasa',
    step: (step: number, total: number) => `Langkah ${step} daripada ${total}`,
    busy: 'Sila tunggu…',
    back: 'Kembali',
    next: 'Seterusnya',
    tryAgain: 'Cuba semula',
    newLink: 'Mohon pautan baharu',
    login: 'Log Masuk',
    errorPrefix: 'Ralat:',
    retryIn: (seconds: number) => `Anda boleh cuba semula dalam ${seconds} saat.`,
    serviceAddress: 'Alamat sistem:',
  },
  start: {
    intro: 'Aktifkan akaun iSPEKS anda dalam beberapa langkah mudah:',
    stepIc: 'Masukkan No. Kad Pengenalan anda.',
    stepEmail: 'Buka e-mel pengaktifan dan tampal pautan di sini.',
    stepProfile: 'Semak maklumat anda.',
    stepQuestions: 'Pilih dan jawab tiga (3) soalan keselamatan.',
    stepPassword: 'Tetapkan kata laluan baharu.',
    begin: 'Mula',
    haveLink: 'Saya sudah menerima pautan',
    offline: 'Kiosk tidak dapat menghubungi sistem iSPEKS buat masa ini. Kiosk akan terus mencuba dengan sendirinya; mesej ini akan hilang apabila sambungan pulih. Jika berterusan, sila rujuk petugas kaunter.',
  },
  ic: {
    title: 'Masukkan No. Kad Pengenalan anda',
    label: 'No. Kad Pengenalan',
    hint: 'Contoh: 900101-03-5678',
    submit: 'Hantar',
    problems: {
      empty: 'Ruangan ini wajib diisi.',
      length: 'No. Kad Pengenalan mestilah 12 digit.',
      characters: 'No. Kad Pengenalan hanya boleh mengandungi nombor. Sempang dan jarak dibenarkan.',
      date: 'No. Kad Pengenalan tidak sah: enam digit pertama bukan tarikh lahir yang sah.',
      'place-of-birth': 'No. Kad Pengenalan tidak sah: digit ke-7 dan ke-8 bukan kod tempat lahir yang sah.',
    },
  },
} satisfies CatalogueShape;
