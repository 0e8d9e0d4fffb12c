// The people a benchmark activates: made up for the run, never a real person or a demo account.

/** Fictional staff for this run only: valid IC numbers (1985-01-01, place 03), no real person. */
export function fictionalStaff(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const serial = String(index + 1).padStart(4, '0');
    return {
      icNumber: `85010103${serial}`,
      name: `Pegawai Ujian ${serial}`,
      email: `ujian${serial}@bench.ispeks.invalid`,
      registeredAt: '2025-09-01T09:00:00+08:00',
      status: 'pending' as const,
    };
  });
}
