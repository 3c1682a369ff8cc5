import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circleByCode, memberByEmail } from '@alambic/demo-data';
import { firstError, startInternal, type InternalUnderTest } from './support/governance-db.js';

let hub: InternalUnderTest;
const admin = 'camille.payet@laraffinerie.re';
const gardenFacilitator = 'noah.boyer@laraffinerie.re';
const cultureFacilitator = 'maelle.grondin@laraffinerie.re';
const hugo = memberByEmail('hugo.robert@laraffinerie.re');
const chloe = memberByEmail('chloe.nativel@laraffinerie.re');

const CREATE_ROLE = `mutation($circleId: ID!, $input: RoleInput!) { createRole(circleId: $circleId, input: $input) {
  id name purpose accountabilities required minFillers maxFillers vacant flags { careLead budgetGrantReferent } changes { createdBy { email } } } }`;
const UPDATE_ROLE = `mutation($id: ID!, $input: RoleInput!) { updateRole(id: $id, input: $input) { name minFillers maxFillers flags { careLead internalService } } }`;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id from until active member { email } role { name } changes { createdBy { email } } } }`;
const UPDATE_TERM = `mutation($id: ID!, $input: UpdateAssignmentInput!) { updateAssignment(id: $id, input: $input) { from until active } }`;
const ROLE = `query($id: ID!) { role(id: $id) { vacant fillers { member { email } } terms { from until } } }`;

const countTerms = async () => Number((await hub.sql('SELECT count(*) AS n FROM role_assignment'))[0].n);
let compostRole: string;

beforeAll(async () => {
  hub = await startInternal();
});

afterAll(async () => {
  await hub?.stop();
});

describe('roles', () => {
  it('lets the facilitator of an ancestor create a role with its purpose, accountabilities and flags', async () => {
    const { data, errors } = await hub.gql(
      CREATE_ROLE,
      {
        circleId: circleByCode('4111').id,
        input: { name: 'Bienveillant·e du chantier', purpose: 'Tenir le chantier', accountabilities: [' organise les samedis ', '', 'commande le bois'], minFillers: 2, maxFillers: 3, flags: { careLead: true } },
      },
      gardenFacilitator,
    );
    expect(errors).toBeUndefined();
    expect(data.createRole).toMatchObject({
      name: 'Bienveillant·e du chantier',
      accountabilities: ['organise les samedis', 'commande le bois'],
      required: true,
      minFillers: 2,
      maxFillers: 3,
      vacant: true,
      flags: { careLead: true, budgetGrantReferent: false },
      changes: { createdBy: { email: gardenFacilitator } },
    });
    compostRole = data.createRole.id;
  });

  it.each([
    ['an empty name', { name: '' }, 'name', /nom du rôle est obligatoire/],
    ['a maximum below the minimum', { name: 'X', minFillers: 3, maxFillers: 2 }, 'maxFillers', /maximal de personnes \(2\) est inférieur au minimal \(3\)/],
    ['a negative minimum', { name: 'X', minFillers: -1, maxFillers: 2 }, 'minFillers', /entre 0 et 50/],
    ['a duplicate name in the circle', { name: 'bienveillant·e du chantier' }, 'name', /déjà un rôle « Bienveillant·e du chantier »/],
  ])('refuses %s', async (_label, input, field, message) => {
    const before = (await hub.sql('SELECT count(*) AS n FROM role'))[0].n;
    const result = await hub.gql(CREATE_ROLE, { circleId: circleByCode('4111').id, input }, gardenFacilitator);
    expect(firstError(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(result)?.message).toMatch(message);
    expect((await hub.sql('SELECT count(*) AS n FROM role'))[0].n).toBe(before);
  });

  it('refuses an unknown circle and a member who facilitates another circle', async () => {
    const unknown = await hub.gql(CREATE_ROLE, { circleId: 'c0000000-0000-4000-8000-999999999999', input: { name: 'X' } }, admin);
    expect(firstError(unknown)?.message).toMatch(/Cercle inconnu/);
    const other = await hub.gql(CREATE_ROLE, { circleId: circleByCode('4111').id, input: { name: 'X' } }, cultureFacilitator);
    expect(firstError(other)?.extensions.code).toBe('FORBIDDEN');
    const update = await hub.gql(UPDATE_ROLE, { id: compostRole, input: { maxFillers: 5 } }, 'hugo.robert@laraffinerie.re');
    expect(firstError(update)?.extensions.code).toBe('FORBIDDEN');
  });

  it('edits a role, flags included, keeping what is not given', async () => {
    const { data, errors } = await hub.gql(UPDATE_ROLE, { id: compostRole, input: { maxFillers: 2, flags: { internalService: true } } }, admin);
    expect(errors).toBeUndefined();
    expect(data.updateRole).toEqual({ name: 'Bienveillant·e du chantier', minFillers: 2, maxFillers: 2, flags: { careLead: true, internalService: true } });
    const unknown = await hub.gql(UPDATE_ROLE, { id: 'r0000000-0000-4000-8000-000000000000', input: { name: 'X' } }, admin);
    expect(firstError(unknown)?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('assignments and vacancies', () => {
  it('assigns people with terms; the role stays vacant until the minimum is reached', async () => {
    const first = await hub.gql(ASSIGN, { input: { roleId: compostRole, memberId: hugo.id, from: '2026-01-01' } }, gardenFacilitator);
    expect(first.errors).toBeUndefined();
    expect(first.data.assignRole).toMatchObject({ from: '2026-01-01', until: null, active: true, member: { email: hugo.email }, changes: { createdBy: { email: gardenFacilitator } } });
    expect((await hub.gql(ROLE, { id: compostRole })).data.role.vacant).toBe(true);
    const second = await hub.gql(ASSIGN, { input: { roleId: compostRole, memberId: chloe.id, from: '2026-01-01', until: '2099-12-31' } }, gardenFacilitator);
    expect(second.errors).toBeUndefined();
    expect((await hub.gql(ROLE, { id: compostRole })).data.role.vacant).toBe(false);
  });

  it.each([
    ['an end before the start', { memberId: 'zoe', from: '2026-05-01', until: '2026-04-30' }, 'until', /fin du mandat \(2026-04-30\) précède son début \(2026-05-01\)/],
    ['a date that does not exist', { memberId: 'zoe', from: '2026-02-30' }, 'from', /n’est pas une date qui existe/],
    ['a date in another format', { memberId: 'zoe', from: '01/02/2026' }, 'from', /format AAAA-MM-JJ/],
    ['an unknown member', { memberId: 'b0000000-0000-4000-8000-999999999999', from: '2026-01-01' }, 'memberId', /Membre inconnu/],
    ['an unknown role', { roleId: 'c0000000-0000-4000-8000-999999999999', memberId: 'zoe', from: '2026-01-01' }, 'roleId', /Rôle inconnu/],
    ['the same member twice over overlapping terms', { memberId: 'hugo', from: '2026-06-01', until: '2026-06-30' }, 'memberId', /Hugo Robert tient déjà le rôle « Bienveillant·e du chantier » depuis le 01\/01\/2026/],
    ['more fillers than the maximum', { memberId: 'zoe', from: '2026-03-01' }, 'roleId', /au plus 2 personnes à la fois : ce mandat en ferait 3/],
  ])('refuses %s and writes nothing', async (_label, c, field, message) => {
    const ids: Record<string, string> = { zoe: memberByEmail('zoe.turpin@laraffinerie.re').id, hugo: hugo.id };
    const before = await countTerms();
    const input = { roleId: compostRole, ...c, memberId: ids[c.memberId] ?? c.memberId };
    const result = await hub.gql(ASSIGN, { input }, gardenFacilitator);
    expect(firstError(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(result)?.message).toMatch(message);
    expect(await countTerms()).toBe(before);
  });

  it('refuses assignments by someone who does not facilitate the circle', async () => {
    const result = await hub.gql(ASSIGN, { input: { roleId: compostRole, memberId: hugo.id, from: '2030-01-01' } }, cultureFacilitator);
    expect(firstError(result)?.extensions.code).toBe('FORBIDDEN');
    expect(firstError(result)?.message).toMatch(/facilitateur·trice du cercle « Chantier compost »/);
  });

  it('lets the same person take the role again once the earlier term is over', async () => {
    const [term] = await hub.sql('SELECT id FROM role_assignment WHERE role_id = $1 AND member_id = $2', [compostRole, hugo.id]);
    const ended = await hub.gql(UPDATE_TERM, { id: term.id, input: { until: '2026-03-31' } }, gardenFacilitator);
    expect(ended.data.updateAssignment).toEqual({ from: '2026-01-01', until: '2026-03-31', active: false });
    const bad = await hub.gql(UPDATE_TERM, { id: term.id, input: { until: '2025-12-31' } }, gardenFacilitator);
    expect(firstError(bad)?.message).toMatch(/précède son début/);
    const again = await hub.gql(ASSIGN, { input: { roleId: compostRole, memberId: hugo.id, from: '2026-04-01' } }, gardenFacilitator);
    expect(again.errors).toBeUndefined();
  });

  it('detects a vacancy once the only term has ended, and lists it for the circle and the organisation', async () => {
    const role = await hub.gql(CREATE_ROLE, { circleId: circleByCode('4111').id, input: { name: 'Référent·e bois', flags: { budgetGrantReferent: true } } }, admin);
    const roleId = role.data.createRole.id;
    await hub.gql(ASSIGN, { input: { roleId, memberId: chloe.id, from: '2025-01-01', until: '2025-12-31' } }, admin);
    const { data, errors } = await hub.gql(
      `query($c: ID!) { circle(id: $c) { vacantRoleCount vacancies { reason termEndedOn activeFillers neededFillers role { name } } }
        vacancyReport { vacancies { role { name } circle { analyticCode } } }
        vacantRoles { name } }`,
      { c: circleByCode('4111').id },
    );
    expect(errors).toBeUndefined();
    const bois = data.circle.vacancies.find((v: any) => v.role.name === 'Référent·e bois');
    expect(bois).toEqual({ reason: 'Mandat terminé le 31/12/2025', termEndedOn: '2025-12-31', activeFillers: 0, neededFillers: 1, role: { name: 'Référent·e bois' } });
    expect(data.circle.vacantRoleCount).toBe(data.circle.vacancies.length);
    expect(data.vacancyReport.vacancies).toContainEqual({ role: { name: 'Référent·e bois' }, circle: { analyticCode: '4111' } });
    expect(data.vacantRoles.map((r: any) => r.name)).toContain('Référent·e bois');
    // Culture's evaluator term ended on 2026-06-30 in the demo: vacant with that reason.
    const culture = await hub.gql('query($c: ID!) { vacancyReport(circleId: $c) { vacancies { reason role { name } circle { analyticCode } } } }', { c: circleByCode('1000').id });
    expect(culture.data.vacancyReport.vacancies).toContainEqual({ reason: 'Mandat terminé le 30/06/2026', role: { name: 'Évaluateur·trice' }, circle: { analyticCode: '1000' } });
    expect(culture.data.vacancyReport.vacancies.every((v: any) => v.circle.analyticCode.startsWith('1'))).toBe(true);
  });

  it('stops counting the roles of an archived role or circle as vacant', async () => {
    const role = await hub.gql(CREATE_ROLE, { circleId: circleByCode('6110').id, input: { name: 'Accueil' } }, admin);
    const id = role.data.createRole.id;
    expect((await hub.gql(ROLE, { id })).data.role.vacant).toBe(true);
    await hub.gql('mutation($id: ID!) { archiveRole(id: $id) { archived } }', { id }, admin);
    const after = await hub.gql('{ vacantRoles { id } }');
    expect(after.data.vacantRoles.map((r: any) => r.id)).not.toContain(id);
    const assign = await hub.gql(ASSIGN, { input: { roleId: id, memberId: hugo.id, from: '2026-01-01' } }, admin);
    expect(firstError(assign)?.message).toMatch(/archivé/);
  });

  it('reports the money cross-checks it can run and says why the others cannot run yet', async () => {
    const { data, errors } = await hub.gql('{ vacancyReport { alerts { kind message circle { name } } checks { kind checkable reason } } }');
    expect(errors).toBeUndefined();
    const kinds = data.vacancyReport.checks.map((c: any) => c.kind);
    expect(kinds).toEqual(['CIRCLE_WITHOUT_BUDGET_REFERENT', 'GRANT_WITHOUT_REFERENT', 'EVENT_WITHOUT_DAY_REFERENT']);
    const events = data.vacancyReport.checks.find((c: any) => c.kind === 'EVENT_WITHOUT_DAY_REFERENT');
    expect(events).toMatchObject({ checkable: false, reason: expect.stringMatching(/TiBillet/) });
    for (const check of data.vacancyReport.checks) expect(check.checkable || check.reason.length > 0).toBe(true);
  });

  it('flags a circle with a budget but no budget referent, and a grant without referent, once budgets and grants exist', async () => {
    // The tables come from issue 7's migration when it is there; otherwise the same columns are made here.
    await hub.sql(`CREATE TABLE IF NOT EXISTS budget_line (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), circle_id uuid, period text, category text, label text, amount_cents bigint)`);
    await hub.sql(`CREATE TABLE IF NOT EXISTS "grant" (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), funder text, label text, status text, referent_member_id uuid, circle_ids jsonb)`);
    const line = `INSERT INTO budget_line (circle_id, period, category, label, amount_cents) VALUES ($1, '2026-S2', 'EXTERNAL_PURCHASE', 'Matériel', 10000)`;
    await hub.sql(line, [circleByCode('5100').id]);
    await hub.sql(line, [circleByCode('4100').id]);
    await hub.sql(`INSERT INTO "grant" (funder, label, status, referent_member_id, circle_ids) VALUES ('Région', 'Skatepark', 'IN_PROGRESS', NULL, $1), ('Région', 'Potager', 'IN_PROGRESS', $2, '[]')`, [
      JSON.stringify([circleByCode('5100').id]),
      memberByEmail('noah.boyer@laraffinerie.re').id,
    ]);
    const { data, errors } = await hub.gql('query($c: ID) { vacancyReport(circleId: $c) { alerts { kind message circle { analyticCode } } checks { kind checkable } } }', { c: null });
    expect(errors).toBeUndefined();
    const checks = Object.fromEntries(data.vacancyReport.checks.map((c: any) => [c.kind, c.checkable]));
    expect(checks).toEqual({ CIRCLE_WITHOUT_BUDGET_REFERENT: true, GRANT_WITHOUT_REFERENT: true, EVENT_WITHOUT_DAY_REFERENT: false });
    const alerts = data.vacancyReport.alerts;
    expect(alerts).toContainEqual({ kind: 'CIRCLE_WITHOUT_BUDGET_REFERENT', message: expect.stringMatching(/« Sports urbains » a un budget/), circle: { analyticCode: '5100' } });
    expect(alerts.some((a: any) => a.circle?.analyticCode === '4100' && a.kind === 'CIRCLE_WITHOUT_BUDGET_REFERENT')).toBe(false);
    expect(alerts).toContainEqual({ kind: 'GRANT_WITHOUT_REFERENT', message: 'La subvention « Skatepark » n’a pas de référent·e.', circle: { analyticCode: '5100' } });
    expect(alerts.filter((a: any) => a.kind === 'GRANT_WITHOUT_REFERENT')).toHaveLength(1);
    const garden = await hub.gql('query($c: ID) { vacancyReport(circleId: $c) { alerts { kind } } }', { c: circleByCode('4000').id });
    expect(garden.data.vacancyReport.alerts).toEqual([]);
  });
});
