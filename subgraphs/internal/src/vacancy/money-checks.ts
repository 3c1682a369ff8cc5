import type { DataSource } from 'typeorm';
import { VacancyAlert, VacancyCheckKind } from './vacancy.type.js';

/** What a cross-check may read: the database, today, and the organisation's circles. */
export interface CheckInput {
  db: DataSource;
  today: string;
  /** Active circles by id, with their parent and name. */
  circles: Map<string, { id: string; name: string; parentId: string | null }>;
  /** Circles where an active term holds a role flagged « référent·e budget / subvention ». */
  budgetReferentCircleIds: Set<string>;
}

export type CheckOutcome = { checkable: true; alerts: VacancyAlert[] } | { checkable: false; reason: string };

/** One cross-check of roles against money. A check whose data does not exist yet says why instead of guessing. */
export interface MoneyCheck {
  kind: VacancyCheckKind;
  label: string;
  run(input: CheckInput): Promise<CheckOutcome>;
}

const alert = (kind: VacancyCheckKind, message: string, circleId: string | null, reference: string | null = null) =>
  Object.assign(new VacancyAlert(), { kind, message, circleId, reference });

async function tableExists(db: DataSource, table: string): Promise<boolean> {
  const [row] = await db.query('SELECT to_regclass($1) IS NOT NULL AS present', [`public."${table}"`]);
  return Boolean(row?.present);
}

function coveredByReferent(input: CheckInput, circleId: string): boolean {
  let current: string | null = circleId;
  for (let depth = 0; current && depth < 8; depth++) {
    if (input.budgetReferentCircleIds.has(current)) return true;
    current = input.circles.get(current)?.parentId ?? null;
  }
  return false;
}

/** A circle with forecast budget lines but no budget/grant referent in term, on itself or an ancestor. */
export const circleWithoutBudgetReferent: MoneyCheck = {
  kind: VacancyCheckKind.CIRCLE_WITHOUT_BUDGET_REFERENT,
  label: 'Cercles qui ont un budget prévisionnel mais aucun·e référent·e budget / subvention en mandat (sur le cercle ou un cercle parent)',
  async run(input) {
    if (!(await tableExists(input.db, 'budget_line'))) {
      return { checkable: false, reason: 'Les budgets prévisionnels ne sont pas encore enregistrés dans le hub (issue 7).' };
    }
    try {
      const rows: Array<{ circle_id: string }> = await input.db.query('SELECT DISTINCT circle_id FROM budget_line');
      const alerts = rows
        .map((r) => input.circles.get(r.circle_id))
        .filter((c): c is NonNullable<typeof c> => c !== undefined && !coveredByReferent(input, c.id))
        .map((c) => alert(this.kind, `« ${c.name} » a un budget prévisionnel mais aucun·e référent·e budget / subvention en mandat.`, c.id));
      return { checkable: true, alerts };
    } catch {
      return { checkable: false, reason: 'Les budgets prévisionnels n’ont pas la forme attendue (colonne circle_id).' };
    }
  },
};

/** A grant still running with nobody named as its referent. */
export const grantWithoutReferent: MoneyCheck = {
  kind: VacancyCheckKind.GRANT_WITHOUT_REFERENT,
  label: 'Subventions en cours sans référent·e',
  async run(input) {
    if (!(await tableExists(input.db, 'grant'))) {
      return { checkable: false, reason: 'Les subventions ne sont pas encore enregistrées dans le hub (issue 7).' };
    }
    try {
      const rows: Array<{ id: string; label: string; circle_ids: unknown }> = await input.db.query(
        `SELECT id, label, circle_ids FROM "grant"
         WHERE referent_member_id IS NULL AND status NOT IN ('REJECTED', 'REPORTED', 'CLOSED') ORDER BY label`,
      );
      const alerts = rows.map((g) => {
        const circleId = Array.isArray(g.circle_ids) && typeof g.circle_ids[0] === 'string' ? g.circle_ids[0] : null;
        return alert(this.kind, `La subvention « ${g.label} » n’a pas de référent·e.`, circleId && input.circles.has(circleId) ? circleId : null, g.id);
      });
      return { checkable: true, alerts };
    } catch {
      return { checkable: false, reason: 'Les subventions n’ont pas la forme attendue (colonnes referent_member_id, status).' };
    }
  },
};

/** Events live in TiBillet, behind the events subgraph, which this subgraph never calls. */
export const eventWithoutDayReferent: MoneyCheck = {
  kind: VacancyCheckKind.EVENT_WITHOUT_DAY_REFERENT,
  label: 'Évènements sans référent·e du jour',
  async run() {
    return {
      checkable: false,
      reason:
        'Les évènements sont dans TiBillet (subgraph events) et aucun subgraph n’en appelle un autre : ce contrôle se fera quand un évènement portera son ou sa référent·e du jour (rôle ou mission).',
    };
  },
};

/** The checks that run, in order. Add one here when its data arrives in the hub. */
export const moneyChecks: MoneyCheck[] = [circleWithoutBudgetReferent, grantWithoutReferent, eventWithoutDayReferent];
