import { registerEnumType } from 'type-graphql';

/** The collective's money categories (earlier dashboard: CAR, IN_S, EX_S, SP_I / SER, SUB, S, IN_R). */
export enum BudgetCategory {
  CARE = 'CARE',
  INTERNAL_SERVICE = 'INTERNAL_SERVICE',
  EXTERNAL_PURCHASE = 'EXTERNAL_PURCHASE',
  INTERNAL_EXPENSE = 'INTERNAL_EXPENSE',
  SERVICE_INCOME = 'SERVICE_INCOME',
  GRANT = 'GRANT',
  SALE = 'SALE',
  INTERNAL_INCOME = 'INTERNAL_INCOME',
}

export enum Direction {
  EXPENSE = 'EXPENSE',
  INCOME = 'INCOME',
}

registerEnumType(BudgetCategory, {
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

registerEnumType(Direction, {
  name: 'Direction',
  description: 'Sens d’un montant.',
  valuesConfig: { EXPENSE: { description: 'Dépense.' }, INCOME: { description: 'Recette.' } },
});

export const expenseCategories = [BudgetCategory.CARE, BudgetCategory.INTERNAL_SERVICE, BudgetCategory.EXTERNAL_PURCHASE, BudgetCategory.INTERNAL_EXPENSE];
export const incomeCategories = [BudgetCategory.SERVICE_INCOME, BudgetCategory.GRANT, BudgetCategory.SALE, BudgetCategory.INTERNAL_INCOME];

export function directionOf(category: BudgetCategory): Direction {
  return expenseCategories.includes(category) ? Direction.EXPENSE : Direction.INCOME;
}

/** The two internal categories cancel out once both circles of a transfer are inside what is summed. */
export function isInternal(category: BudgetCategory): boolean {
  return category === BudgetCategory.INTERNAL_EXPENSE || category === BudgetCategory.INTERNAL_INCOME;
}

export const categoryLabels: Record<BudgetCategory, string> = {
  CARE: 'Bienveillance',
  INTERNAL_SERVICE: 'Presta interne',
  EXTERNAL_PURCHASE: 'Presta externe / achats',
  INTERNAL_EXPENSE: 'Dépense interne',
  SERVICE_INCOME: 'Prestations',
  GRANT: 'Subventions',
  SALE: 'Ventes',
  INTERNAL_INCOME: 'Recette interne',
};
