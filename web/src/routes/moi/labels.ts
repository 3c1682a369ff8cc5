import { formatMoney } from '$lib/format';

export const claimStateLabels: Record<string, string> = { PROPOSED: 'proposée', VALIDATED: 'validée', INVOICED: 'facturée', PAID: 'payée' };
export const missionKindLabels: Record<string, string> = {
  CARE: 'Bienveillance',
  INTERNAL_SERVICE: 'Presta interne',
  DAY_REFERENT: 'Référent·e du jour',
  MISSION_HOLDER: 'Chargé·e de mission',
};

/** « 1 234,50 € » from a decimal string. */
export const euros = (amount: string): string => formatMoney(amount);

/** « 17/10/2026 » from `AAAA-MM-JJ`. */
export function day(value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
