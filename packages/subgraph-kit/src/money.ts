import { GraphQLScalarType, Kind } from 'graphql';

/** Integer cents ⇄ decimal strings. Money never goes through float arithmetic. */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new TypeError(`Montant non entier en centimes : ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const decimalPattern = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** Parses "12", "12.5", "-3.07" into cents; throws on anything else (more than two decimals included). */
export function centsFromDecimal(text: string): number {
  const match = decimalPattern.exec(text.trim());
  if (!match) throw new TypeError(`Montant invalide : « ${text} » (attendu un nombre décimal, deux décimales au plus).`);
  const [, sign, units, decimals = ''] = match;
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) throw new TypeError(`Montant trop grand : « ${text} ».`);
  return sign === '-' ? -cents : cents;
}

/** Converts an amount an upstream sent as a binary double (e.g. Odoo's `1234.5`) to cents, once, at the boundary. */
export function centsFromUpstreamNumber(amount: number): number {
  return Math.round(amount * 100);
}

export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'Montant exact en euros, sous forme de chaîne décimale à deux chiffres après la virgule (ex. « 1234.50 »).',
  serialize(value) {
    if (typeof value === 'number') return formatCents(value);
    if (typeof value === 'string') return formatCents(centsFromDecimal(value));
    throw new TypeError('Money attend un nombre de centimes.');
  },
  parseValue(value) {
    if (typeof value !== 'string') throw new TypeError('Money attend une chaîne décimale, ex. « 12.50 ».');
    return centsFromDecimal(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('Money attend une chaîne décimale, ex. « 12.50 ».');
    return centsFromDecimal(ast.value);
  },
});
