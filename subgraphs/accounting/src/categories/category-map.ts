import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AccountingCategory, AccountingDirection, directionOf } from './category.js';

/** One rule of the category map: account code prefixes, product references, or both (both must then match). */
export interface CategoryRule {
  category: AccountingCategory;
  accounts?: string[];
  products?: string[];
}

/** The validated content of a category map file. */
export interface CategoryMap {
  rules: CategoryRule[];
  otherwise: { spending: AccountingCategory; income: AccountingCategory };
}

/** The map shipped with the subgraph, beside `package.json` (`src/categories` and `dist/categories` are both two levels down). */
export const defaultCategoryMapFile = path.resolve(__dirname, '../../category-map.json');

const categories = new Set<string>(Object.values(AccountingCategory));

/** Checks a parsed category map; returns the problems found, in French, each naming where it is. */
export function validateCategoryMap(raw: unknown): { map?: CategoryMap; problems: string[] } {
  const problems: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { problems: ['le fichier doit contenir un objet JSON avec « rules » et « otherwise »'] };
  const { rules, otherwise } = raw as { rules?: unknown; otherwise?: unknown };
  const out: CategoryRule[] = [];
  if (!Array.isArray(rules)) problems.push('« rules » doit être une liste de règles');
  else {
    rules.forEach((rule: unknown, i) => {
      const where = `règle n° ${i + 1}`;
      if (!rule || typeof rule !== 'object') return problems.push(`${where} : un objet est attendu`);
      const { category, accounts, products } = rule as Record<string, unknown>;
      if (typeof category !== 'string' || !categories.has(category)) problems.push(`${where} : catégorie « ${String(category)} » inconnue (attendu ${[...categories].join(', ')})`);
      if (accounts === undefined && products === undefined) problems.push(`${where} : « accounts » ou « products » est obligatoire`);
      if (accounts !== undefined && (!Array.isArray(accounts) || accounts.length === 0 || accounts.some((a) => typeof a !== 'string' || !/^\d+$/.test(a)))) {
        problems.push(`${where} : « accounts » doit être une liste non vide de débuts de numéros de compte en chiffres, ex. ["606", "6411"]`);
      }
      if (products !== undefined && (!Array.isArray(products) || products.length === 0 || products.some((p) => typeof p !== 'string' || p.trim() === ''))) {
        problems.push(`${where} : « products » doit être une liste non vide de références internes de produits, ex. ["COREM"]`);
      }
      out.push({ category: category as AccountingCategory, ...(accounts ? { accounts: accounts as string[] } : {}), ...(products ? { products: products as string[] } : {}) });
    });
  }
  const fallback = (otherwise ?? {}) as Record<string, unknown>;
  const spending = fallback.spending;
  const income = fallback.income;
  if (typeof spending !== 'string' || !categories.has(spending) || directionOf(spending as AccountingCategory) !== AccountingDirection.EXPENSE) {
    problems.push('« otherwise.spending » doit être une catégorie de dépense (CARE, INTERNAL_SERVICE, EXTERNAL_PURCHASE ou INTERNAL_EXPENSE)');
  }
  if (typeof income !== 'string' || !categories.has(income) || directionOf(income as AccountingCategory) !== AccountingDirection.INCOME) {
    problems.push('« otherwise.income » doit être une catégorie de recette (SERVICE_INCOME, GRANT, SALE ou INTERNAL_INCOME)');
  }
  if (problems.length > 0) return { problems };
  return { map: { rules: out, otherwise: { spending: spending as AccountingCategory, income: income as AccountingCategory } }, problems };
}

/** Reads and checks a category map file; throws an `Error` whose message lists every problem. */
export function loadCategoryMap(file: string = defaultCategoryMapFile): CategoryMap {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : `JSON illisible (${(error as Error).message.split('\n')[0]})`;
    throw new Error(`${file} : ${reason}`);
  }
  const { map, problems } = validateCategoryMap(raw);
  if (!map) throw new Error(`${file} : ${problems.join(' ; ')}`);
  return map;
}

/** The category of one amount: the first rule matching its account and product, else the fallback for its sign
 * (`cents` as Odoo's analytic rule signs it: negative for spending, positive for income). */
export function classify(map: CategoryMap, accountCode: string | null, productCode: string | null, cents: number): AccountingCategory {
  for (const rule of map.rules) {
    const accountOk = !rule.accounts || (accountCode !== null && rule.accounts.some((prefix) => accountCode.startsWith(prefix)));
    const productOk = !rule.products || (productCode !== null && rule.products.includes(productCode));
    if (accountOk && productOk) return rule.category;
  }
  return cents < 0 ? map.otherwise.spending : map.otherwise.income;
}
