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
  SPENDING = 'SPENDING',
  INCOME = 'INCOME',
}

export const spendingCategories = [AccountingCategory.CARE, AccountingCategory.INTERNAL_SERVICE, AccountingCategory.EXTERNAL_PURCHASE, AccountingCategory.INTERNAL_EXPENSE] as const;
export const incomeCategories = [AccountingCategory.SERVICE_INCOME, AccountingCategory.GRANT, AccountingCategory.SALE, AccountingCategory.INTERNAL_INCOME] as const;
export const allCategories: readonly AccountingCategory[] = [...spendingCategories, ...incomeCategories];

export function directionOf(category: AccountingCategory): AccountingDirection {
  return (spendingCategories as readonly AccountingCategory[]).includes(category) ? AccountingDirection.SPENDING : AccountingDirection.INCOME;
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

registerEnumType(AccountingCategory, {
  name: 'AccountingCategory',
  description: 'Catégorie budgétaire du collectif dans laquelle une écriture Odoo est rangée (règles du fichier de correspondance).',
  valuesConfig: {
    CARE: { description: 'Dépense : bienveillance (co-rémunération des bienveillant·es).' },
    INTERNAL_SERVICE: { description: 'Dépense : presta interne (mission rémunérée d’un·e chargé·e de mission).' },
    EXTERNAL_PURCHASE: { description: 'Dépense : presta externe et achats (factures de fournisseurs).' },
    INTERNAL_EXPENSE: { description: 'Dépense : dépense interne (transfert vers un autre cercle).' },
    SERVICE_INCOME: { description: 'Recette : prestations (ateliers, accueil d’évènements…).' },
    GRANT: { description: 'Recette : subventions et appels à projets.' },
    SALE: { description: 'Recette : ventes.' },
    INTERNAL_INCOME: { description: 'Recette : recette interne (transfert reçu d’un autre cercle).' },
  },
});

registerEnumType(AccountingDirection, {
  name: 'AccountingDirection',
  description: 'Sens d’une catégorie budgétaire : dépense ou recette.',
  valuesConfig: { SPENDING: { description: 'Dépense.' }, INCOME: { description: 'Recette.' } },
});
