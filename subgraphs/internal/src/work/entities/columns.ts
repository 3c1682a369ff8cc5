/** bigint cents ⇄ number (safe integers only). */
export const cents = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** numeric hours ⇄ number (hours are estimates, never money). */
export const decimal = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
