import type { SaleLineRecord } from '../tibillet/mapping.js';

/**
 * What a sale line of `/sales/?status=ALL` does to the figures (tibillet.md §5: R/C/N negative or excluded):
 * - `V` confirmed and `F` free booking count;
 * - `N` credit note counts negatively (it cancels a confirmed line that stays `V`);
 * - `R` refunded is left out of the figures and reported apart;
 * - anything else (`C` cancelled, `O` created, `U` unpaid, `P` paid not confirmed, `D` failed, no status) is left out.
 */
export type LineEffect = 'COUNTED' | 'CREDIT_NOTE' | 'REFUNDED' | 'EXCLUDED';

export function lineEffect(line: Pick<SaleLineRecord, 'status'>): LineEffect {
  switch ((line.status ?? '').toUpperCase()) {
    case 'V':
    case 'F':
      return 'COUNTED';
    case 'N':
      return 'CREDIT_NOTE';
    case 'R':
      return 'REFUNDED';
    default:
      return 'EXCLUDED';
  }
}

/** The sign a line takes in the figures: +1, −1 for a credit note, 0 when left out. */
export function lineSign(line: Pick<SaleLineRecord, 'status'>): 1 | -1 | 0 {
  const effect = lineEffect(line);
  return effect === 'COUNTED' ? 1 : effect === 'CREDIT_NOTE' ? -1 : 0;
}
