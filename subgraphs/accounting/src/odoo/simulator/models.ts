import { baseFields, f, m2o, type ModelDef, type RecordSource, type Row } from './orm/model.js';
import { hasPlanColumns, type OdooVersion } from './version.js';

const name = (row: Row) => String(row.name ?? '');
const nameOf = (db: RecordSource, model: string, id: unknown) => (typeof id === 'number' ? String(db.byId(model, id)?.name ?? '') : '');

const moveStates = [['draft', 'Draft'], ['posted', 'Posted'], ['cancel', 'Cancelled']] as const;
const moveTypes = [
  ['entry', 'Journal Entry'], ['out_invoice', 'Customer Invoice'], ['out_refund', 'Customer Credit Note'],
  ['in_invoice', 'Vendor Bill'], ['in_refund', 'Vendor Credit Note'], ['out_receipt', 'Sales Receipt'], ['in_receipt', 'Purchase Receipt'],
] as const;

function paymentStates(version: OdooVersion) {
  const states: Array<readonly [string, string]> = [
    ['not_paid', 'Not Paid'], ['in_payment', 'In Payment'], ['paid', 'Paid'], ['partial', 'Partially Paid'],
    ['reversed', 'Reversed'], ['invoicing_legacy', 'Invoicing App Legacy'],
  ];
  if (version >= 18) states.push(['blocked', 'Blocked']);
  return states;
}

/** Analytic balance over the account's lines, bounded by `from_date`/`to_date` in the context (§12). */
function analyticSum(sign: 'debit' | 'credit' | 'balance') {
  return (row: Row, db: RecordSource, ctx: { raw: Record<string, unknown> }) => {
    const from = typeof ctx.raw.from_date === 'string' ? ctx.raw.from_date : undefined;
    const to = typeof ctx.raw.to_date === 'string' ? ctx.raw.to_date : undefined;
    let cents = 0;
    for (const line of db.rows('account.analytic.line')) {
      if (line.account_id !== row.id && line.x_plan2_id !== row.id) continue;
      const date = String(line.date);
      if ((from && date < from) || (to && date > to)) continue;
      const c = Math.round(Number(line.amount) * 100);
      if (sign === 'balance') cents += c;
      else if (sign === 'credit' && c >= 0) cents += c;
      else if (sign === 'debit' && c < 0) cents -= c;
    }
    return cents / 100;
  };
}

/** Non-stored: the journal's balance after this line (lines of the same journal up to this one, by date then id). */
function runningBalance(row: Row, db: RecordSource): number {
  let cents = 0;
  for (const line of db.rows('account.bank.statement.line')) {
    if (line.journal_id !== row.journal_id) continue;
    if (String(line.date) < String(row.date) || (line.date === row.date && line.id <= row.id)) cents += Math.round(Number(line.amount) * 100);
  }
  return cents / 100;
}

/** The models the simulator serves, with the fields of `upstreams/odoo.md` §12 for the given version. */
export function buildModels(version: OdooVersion): ModelDef[] {
  const company = () => m2o('res.company', 'Company', 'Société');
  const analyticLineFields = {
    ...baseFields(),
    name: f('char', 'Description', 'Description', { required: true }),
    date: f('date', 'Date', 'Date', { required: true }),
    amount: f('monetary', 'Amount', 'Montant', { required: true }),
    unit_amount: f('float', 'Quantity', 'Quantité'),
    account_id: m2o('account.analytic.account', version >= 17 ? 'Project Account' : 'Analytic Account', version >= 17 ? 'Compte de projet' : 'Compte analytique', { required: version < 17 }),
    ...(hasPlanColumns(version) ? { x_plan2_id: m2o('account.analytic.account', 'Financements', 'Financements') } : {}),
    plan_id: m2o('account.analytic.plan', 'Plan', 'Plan', { readonly: true }),
    partner_id: m2o('res.partner', 'Partner', 'Partenaire'),
    company_id: company(),
    general_account_id: m2o('account.account', 'Financial Account', 'Compte financier', { readonly: true }),
    move_line_id: m2o('account.move.line', 'Journal Item', 'Écriture comptable'),
    journal_id: m2o('account.journal', 'Financial Journal', 'Journal financier', { readonly: true }),
    product_id: m2o('product.product', 'Product', 'Produit'),
    ref: f('char', 'Ref.', 'Réf.'),
    category: f('selection', 'Category', 'Catégorie', { selection: [['invoice', 'Customer Invoice'], ['vendor_bill', 'Vendor Bill'], ['other', 'Other']] }),
  };

  return [
    {
      name: 'res.company', order: 'sequence, name', displayName: name,
      fields: { ...baseFields(), name: f('char', 'Company Name', 'Nom de la société', { required: true }), sequence: f('integer', 'Sequence', 'Séquence'), partner_id: m2o('res.partner', 'Partner', 'Partenaire'), active: f('boolean', 'Active', 'Actif') },
    },
    {
      name: 'res.users', order: 'name, login', displayName: name,
      fields: { ...baseFields(), name: f('char', 'Name', 'Nom'), login: f('char', 'Login', 'Identifiant', { required: true }), partner_id: m2o('res.partner', 'Related Partner', 'Partenaire lié'), company_id: company(), company_ids: f('many2many', 'Companies', 'Sociétés', { relation: 'res.company' }), active: f('boolean', 'Active', 'Actif') },
    },
    {
      name: 'res.partner', order: 'complete_name ASC, id DESC', parentField: 'parent_id',
      displayName: (row, db) => (typeof row.parent_id === 'number' ? `${nameOf(db, 'res.partner', row.parent_id)}, ${name(row)}` : name(row)),
      fields: {
        ...baseFields(),
        name: f('char', 'Name', 'Nom'), complete_name: f('char', 'Complete Name', 'Nom complet'), email: f('char', 'Email', 'E-mail'), phone: f('char', 'Phone', 'Téléphone'),
        is_company: f('boolean', 'Is a Company', 'Est une société'), active: f('boolean', 'Active', 'Actif'), parent_id: m2o('res.partner', 'Related Company', 'Société liée'),
        ref: f('char', 'Reference', 'Référence'), street: f('char', 'Street', 'Rue'), zip: f('char', 'Zip', 'Code postal'), city: f('char', 'City', 'Ville'),
        company_id: company(), customer_rank: f('integer', 'Customer Rank', 'Rang client'), supplier_rank: f('integer', 'Supplier Rank', 'Rang fournisseur'),
        siret: f('char', 'SIRET', 'SIRET'),
      },
    },
    {
      name: 'account.account', order: 'code, company_id', displayName: (row) => `${row.code} ${row.name}`,
      fields: {
        ...baseFields(), code: f('char', 'Code', 'Code', { required: true }), name: f('char', 'Account Name', 'Nom du compte', { required: true }),
        account_type: f('selection', 'Type', 'Type', { selection: [['asset_receivable', 'Receivable'], ['asset_cash', 'Bank and Cash'], ['liability_payable', 'Payable'], ['income', 'Income'], ['income_other', 'Other Income'], ['expense', 'Expenses'], ['asset_current', 'Current Assets'], ['equity', 'Equity']] }),
        reconcile: f('boolean', 'Allow Reconciliation', 'Autoriser le lettrage'), deprecated: f('boolean', 'Deprecated', 'Obsolète'), company_id: company(),
      },
    },
    {
      name: 'account.journal', order: 'sequence, type, code', displayName: name,
      fields: { ...baseFields(), name: f('char', 'Journal Name', 'Nom du journal'), code: f('char', 'Short Code', 'Code court'), type: f('selection', 'Type', 'Type', { selection: [['sale', 'Sales'], ['purchase', 'Purchase'], ['cash', 'Cash'], ['bank', 'Bank'], ['general', 'Miscellaneous']] }), sequence: f('integer', 'Sequence', 'Séquence'), active: f('boolean', 'Active', 'Actif'), company_id: company(), default_account_id: m2o('account.account', 'Default Account', 'Compte par défaut') },
    },
    {
      name: 'product.product', order: 'default_code, name, id',
      displayName: (row) => `${row.default_code ? `[${row.default_code}] ` : ''}${name(row)}`,
      fields: { ...baseFields(), name: f('char', 'Name', 'Nom', { required: true }), default_code: f('char', 'Internal Reference', 'Référence interne'), active: f('boolean', 'Active', 'Actif'), company_id: company() },
    },
    {
      name: 'account.analytic.plan', order: 'sequence asc, id', parentField: 'parent_id', displayName: name,
      fields: {
        ...baseFields(), name: f('char', 'Name', 'Nom', { required: true }), description: f('text', 'Description', 'Description'), parent_id: m2o('account.analytic.plan', 'Parent', 'Parent'),
        complete_name: f('char', 'Complete Name', 'Nom complet'), sequence: f('integer', 'Sequence', 'Séquence'), color: f('integer', 'Color', 'Couleur'),
        default_applicability: f('selection', 'Default Applicability', 'Applicabilité par défaut', { selection: [['optional', 'Optional'], ['mandatory', 'Mandatory'], ['unavailable', 'Unavailable']] }),
        ...(version === 16 ? { company_id: company() } : {}),
      },
    },
    {
      name: 'account.analytic.account', order: 'plan_id, name asc',
      displayName: (row, db) => `${row.code ? `[${row.code}] ` : ''}${name(row)}${typeof row.partner_id === 'number' ? ` - ${nameOf(db, 'res.partner', row.partner_id)}` : ''}`,
      fields: {
        ...baseFields(), name: f('char', 'Analytic Account', 'Compte analytique', { required: true }), code: f('char', 'Reference', 'Référence'), active: f('boolean', 'Active', 'Actif'),
        plan_id: m2o('account.analytic.plan', 'Plan', 'Plan', { required: true }), root_plan_id: m2o('account.analytic.plan', 'Root Plan', 'Plan racine', { readonly: true }),
        color: f('integer', 'Color Index', 'Couleur'), company_id: company(), partner_id: m2o('res.partner', 'Customer', 'Client'),
        line_ids: f('one2many', 'Analytic Lines', 'Lignes analytiques', { relation: 'account.analytic.line', inverse: 'account_id' }),
        balance: f('monetary', 'Balance', 'Solde', { compute: analyticSum('balance') }),
        debit: f('monetary', 'Debit', 'Débit', { compute: analyticSum('debit') }),
        credit: f('monetary', 'Credit', 'Crédit', { compute: analyticSum('credit') }),
      },
    },
    { name: 'account.analytic.line', order: 'date desc, id desc', displayName: name, fields: analyticLineFields },
    {
      name: 'account.move', order: 'date desc, name desc, id desc', displayName: (row) => (row.state === 'draft' && row.name === '/' ? 'Draft' : name(row)),
      fields: {
        ...baseFields(), name: f('char', 'Number', 'Numéro'), ref: f('char', 'Reference', 'Référence'), date: f('date', 'Date', 'Date', { required: true }),
        state: f('selection', 'Status', 'Statut', { selection: moveStates }), move_type: f('selection', 'Type', 'Type', { selection: moveTypes }),
        journal_id: m2o('account.journal', 'Journal', 'Journal'), company_id: company(), partner_id: m2o('res.partner', 'Partner', 'Partenaire'),
        commercial_partner_id: m2o('res.partner', 'Commercial Entity', 'Entité commerciale'),
        invoice_date: f('date', 'Invoice/Bill Date', 'Date de facturation'), invoice_date_due: f('date', 'Due Date', 'Date d’échéance'),
        invoice_origin: f('char', 'Origin', 'Origine'), payment_reference: f('char', 'Payment Reference', 'Référence de paiement'),
        line_ids: f('one2many', 'Journal Items', 'Écritures comptables', { relation: 'account.move.line', inverse: 'move_id' }),
        invoice_line_ids: f('one2many', 'Invoice lines', 'Lignes de facture', { relation: 'account.move.line', inverse: 'move_id' }),
        amount_untaxed: f('monetary', 'Untaxed Amount', 'Montant HT'), amount_tax: f('monetary', 'Tax', 'Taxes'), amount_total: f('monetary', 'Total', 'Total'),
        amount_residual: f('monetary', 'Amount Due', 'Montant dû'), amount_untaxed_signed: f('monetary', 'Untaxed Amount Signed', 'Montant HT signé'),
        amount_total_signed: f('monetary', 'Total Signed', 'Total signé'), amount_residual_signed: f('monetary', 'Amount Due Signed', 'Montant dû signé'),
        payment_state: f('selection', 'Payment Status', 'État du paiement', { selection: paymentStates(version) }),
        ...(version >= 18
          ? {
              origin_payment_id: m2o('account.payment', 'Payment', 'Paiement'),
              matched_payment_ids: f('many2many', 'Matched Payments', 'Paiements rapprochés', { relation: 'account.payment' }),
            }
          : {}),
      },
    },
    {
      name: 'account.move.line', order: 'date desc, move_name desc, id', displayName: (row) => `${row.move_name ?? ''} ${row.name ?? ''}`.trim(),
      fields: {
        ...baseFields(), move_id: m2o('account.move', 'Journal Entry', 'Pièce comptable', { required: true }), move_name: f('char', 'Number', 'Numéro'),
        journal_id: m2o('account.journal', 'Journal', 'Journal'), company_id: company(), parent_state: f('selection', 'Status', 'Statut', { selection: moveStates }),
        date: f('date', 'Date', 'Date'), ref: f('char', 'Reference', 'Référence'), move_type: f('selection', 'Type', 'Type', { selection: moveTypes }),
        account_id: m2o('account.account', 'Account', 'Compte'), name: f('char', 'Label', 'Libellé'),
        debit: f('monetary', 'Debit', 'Débit'), credit: f('monetary', 'Credit', 'Crédit'), balance: f('monetary', 'Balance', 'Solde'),
        partner_id: m2o('res.partner', 'Partner', 'Partenaire'), quantity: f('float', 'Quantity', 'Quantité'), price_unit: f('float', 'Unit Price', 'Prix unitaire'),
        price_subtotal: f('monetary', 'Subtotal', 'Sous-total'), amount_residual: f('monetary', 'Residual Amount', 'Montant résiduel'), reconciled: f('boolean', 'Reconciled', 'Lettré'),
        analytic_distribution: f('json', 'Analytic Distribution', 'Distribution analytique'),
        display_type: f('selection', 'Display Type', 'Type d’affichage', { selection: [['product', 'Product'], ['tax', 'Tax'], ['payment_term', 'Payment Term'], ['line_section', 'Section'], ['line_note', 'Note']] }),
        payment_id: m2o('account.payment', 'Originator Payment', 'Paiement d’origine'),
        product_id: m2o('product.product', 'Product', 'Produit'),
      },
    },
    {
      name: 'account.payment', order: 'date desc, name desc', displayName: name,
      fields: {
        ...baseFields(), name: f('char', 'Number', 'Numéro'), move_id: m2o('account.move', 'Journal Entry', 'Pièce comptable'), date: f('date', 'Date', 'Date'),
        amount: f('monetary', 'Amount', 'Montant'), payment_type: f('selection', 'Payment Type', 'Type de paiement', { selection: [['outbound', 'Send'], ['inbound', 'Receive']] }),
        partner_type: f('selection', 'Partner Type', 'Type de partenaire', { selection: [['customer', 'Customer'], ['supplier', 'Vendor']] }),
        partner_id: m2o('res.partner', 'Customer/Vendor', 'Client/Fournisseur'), journal_id: m2o('account.journal', 'Journal', 'Journal'), company_id: company(),
        state: f('selection', 'Status', 'Statut', {
          selection: version >= 18 ? [['draft', 'Draft'], ['in_process', 'In Process'], ['paid', 'Paid'], ['canceled', 'Canceled'], ['rejected', 'Rejected']] : moveStates,
        }),
        ref: f('char', 'Memo', 'Mémo'), reconciled_invoice_ids: f('many2many', 'Reconciled Invoices', 'Factures lettrées', { relation: 'account.move' }),
        is_reconciled: f('boolean', 'Is Reconciled', 'Est lettré'), is_matched: f('boolean', 'Is Matched With a Bank Statement', 'Rapproché d’un relevé'),
      },
    },
    {
      // `_inherits = {'account.move': 'move_id'}`: date, state and name come from the move (copied here).
      name: 'account.bank.statement.line', order: 'internal_index desc, id desc', displayName: (row) => String(row.payment_ref ?? row.name ?? ''),
      fields: {
        ...baseFields(), move_id: m2o('account.move', 'Journal Entry', 'Pièce comptable', { required: true }), journal_id: m2o('account.journal', 'Journal', 'Journal'),
        company_id: company(), statement_id: m2o('account.bank.statement', 'Statement', 'Relevé'), date: f('date', 'Date', 'Date'),
        state: f('selection', 'Status', 'Statut', { selection: moveStates }), name: f('char', 'Number', 'Numéro'),
        partner_id: m2o('res.partner', 'Partner', 'Partenaire'), payment_ref: f('char', 'Label', 'Libellé'), amount: f('monetary', 'Amount', 'Montant'),
        amount_residual: f('float', 'Residual Amount', 'Montant résiduel'), is_reconciled: f('boolean', 'Is Reconciled', 'Est lettré'),
        sequence: f('integer', 'Sequence', 'Séquence'), internal_index: f('char', 'Internal Reference', 'Référence interne'),
        running_balance: f('monetary', 'Running Balance', 'Solde progressif', { compute: runningBalance }),
      },
    },
  ];
}
