import { registerEnumType } from 'type-graphql';

/** The collective's budget categories (domain.md §5.2): four for spending, four for income. */
export enum AccountingCategory {
  CARE = 'CARE',
  INTERNAL_SERVICE = 'INTERNAL_SERVICE',
  EXTERNAL_PURCHASE = 'EXTERNAL_PURCHASE',
  INTERNAL_EXPENSE = 'INTERNAL_EXPENSE',
  SERVICE_INCOME = 'SERVICE_INCOME',
  GRANT = 'GRANT',
  SALE = 'SALE',
  INTERNAL_INCOME = 'INTERNAL_INCOME',
}

export enum AccountingDirection {
  EXPENSE = 'EXPENSE',
  INCOME = 'INCOME',
}

export const spendingCategories = [AccountingCategory.CARE, AccountingCategory.INTERNAL_SERVICE, AccountingCategory.EXTERNAL_PURCHASE, AccountingCategory.INTERNAL_EXPENSE] as const;
export const incomeCategories = [AccountingCategory.SERVICE_INCOME, AccountingCategory.GRANT, AccountingCategory.SALE, AccountingCategory.INTERNAL_INCOME] as const;
export const allCategories: readonly AccountingCategory[] = [...spendingCategories, ...incomeCategories];

export function directionOf(category: AccountingCategory): AccountingDirection {
  return (spendingCategories as readonly AccountingCategory[]).includes(category) ? AccountingDirection.EXPENSE : AccountingDirection.INCOME;
}

/** The labels members know, as the earlier dashboard named them. */
export const categoryLabels: Record<AccountingCategory, string> = {
  CARE: 'Bienveillance',
  INTERNAL_SERVICE: 'Presta interne',
  EXTERNAL_PURCHASE: 'Presta externe / achats',
  INTERNAL_EXPENSE: 'Dépense interne',
  SERVICE_INCOME: 'Prestations',
  GRANT: 'Subventions',
  SALE: 'Ventes',
  INTERNAL_INCOME: 'Recettes internes',
};

// The same enums as the internal subgraph's forecasts: one vocabulary across the graph.
registerEnumType(AccountingCategory, {
  name: 'BudgetCategory',
  description: 'Catégorie budgétaire du collectif.',
  valuesConfig: {
    CARE: { description: 'Bienveillance (co-rémunération).' },
    INTERNAL_SERVICE: { description: 'Presta interne (mission à rémunération fixe).' },
    EXTERNAL_PURCHASE: { description: 'Presta externe et achats.' },
    INTERNAL_EXPENSE: { description: 'Dépense interne (transfert vers un autre cercle).' },
    SERVICE_INCOME: { description: 'Prestations.' },
    GRANT: { description: 'Subventions et appels à projets.' },
    SALE: { description: 'Ventes.' },
    INTERNAL_INCOME: { description: 'Recette interne (transfert reçu d’un autre cercle).' },
  },
});

registerEnumType(AccountingDirection, {
  name: 'Direction',
  description: 'Sens d’un montant.',
  valuesConfig: { EXPENSE: { description: 'Dépense.' }, INCOME: { description: 'Recette.' } },
});
