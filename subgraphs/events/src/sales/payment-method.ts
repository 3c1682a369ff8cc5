/** TiBillet's payment method codes (`PaymentMethod`), in the collective's words. */
const labels: Record<string, string> = {
  UK: 'Inconnu',
  NA: 'Offert',
  CC: 'Carte bancaire (terminal)',
  CA: 'Espèces',
  CH: 'Chèque',
  QR: 'QR code ou carte NFC',
  TR: 'Virement',
  SF: 'En ligne (Stripe fédéré)',
  SN: 'En ligne (Stripe)',
  SP: 'Prélèvement SEPA',
  SR: 'Paiement récurrent',
  LE: 'Monnaie locale',
  LG: 'Monnaie cadeau',
};

/** The French label of a payment method code; TiBillet omits the code when it has none. */
export function paymentMethodLabel(code: string | null): string {
  if (!code) return 'Non précisé';
  return labels[code.toUpperCase()] ?? `Autre (${code})`;
}
