import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circleByCode, memberByEmail } from '@alambic/demo-data';
import { firstError, startInternal, type InternalUnderTest } from './support/governance-db.js';

let hub: InternalUnderTest;
const admin = 'camille.payet@laraffinerie.re';
const facilitator = 'maelle.grondin@laraffinerie.re';
const member = 'hugo.robert@laraffinerie.re';
const culture = circleByCode('1000').id;

const RECORD = `mutation($input: DecisionInput!) { recordDecision(input: $input) {
  id title status process decidedOn reviewOn outcome objections { text integration raisedBy { email } } links { kind reference role { name } }
  circle { name } changes { createdBy { email } } } }`;
const UPDATE = `mutation($id: ID!, $input: DecisionInput!) { updateDecision(id: $id, input: $input) { status outcome decidedOn changes { updatedBy { email } } } }`;
const RAISE = `mutation($input: TensionInput!) { raiseTension(input: $input) { id title kind status raisedBy { email } role { name } circle { name } } }`;
const OBJECTIVE = `mutation($input: ObjectiveInput!) { setObjective(input: $input) { id semester title indicators { name unit target actual source progress } } }`;
const DOC = `mutation($input: DocLinkInput!) { addDocLink(input: $input) { id title url process circle { name } role { name } } }`;

const count = async (table: string) => Number((await hub.sql(`SELECT count(*) AS n FROM ${table}`))[0].n);
const baseDecision = { circleId: culture, title: 'Ouvrir le bar le jeudi', proposal: 'Le bar ouvre aussi le jeudi soir.' };

beforeAll(async () => {
  hub = await startInternal();
});

afterAll(async () => {
  await hub?.stop();
});

describe('decisions', () => {
  let proposalId: string;

  it('lets any member propose, in their name, by consent by default', async () => {
    const { data, errors } = await hub.gql(RECORD, { input: baseDecision }, member);
    expect(errors).toBeUndefined();
    expect(data.recordDecision).toMatchObject({ status: 'PROPOSED', process: 'CONSENT', decidedOn: null, circle: { name: 'Culture' }, changes: { createdBy: { email: member } } });
    proposalId = data.recordDecision.id;
  });

  it('records an adopted decision with objections, their integration and what it changes', async () => {
    const [role] = await hub.sql(`SELECT id FROM role WHERE circle_id = $1 AND template_key = 'evaluator'`, [culture]);
    const [line] = await hub.sql(
      `INSERT INTO budget_line (circle_id, period, category, label, amount_cents) VALUES ($1, '2026-S2', 'CARE', 'Évaluation', 50000) RETURNING id`,
      [culture],
    );
    const { data, errors } = await hub.gql(
      RECORD,
      {
        input: {
          ...baseDecision,
          title: 'Évaluation partagée',
          status: 'ADOPTED',
          decidedOn: '2026-10-01',
          reviewOn: '2027-04-01',
          outcome: 'Le rôle Évaluateur·trice est tenu à deux.',
          objections: [{ text: 'Trop de charge pour une personne', integration: 'Deux personnes au lieu d’une', raisedById: memberByEmail(admin).id }],
          links: [{ kind: 'ROLE', reference: role.id }, { kind: 'BUDGET_LINE', reference: line.id }],
        },
      },
      facilitator,
    );
    expect(errors).toBeUndefined();
    expect(data.recordDecision).toMatchObject({
      status: 'ADOPTED',
      objections: [{ text: 'Trop de charge pour une personne', integration: 'Deux personnes au lieu d’une', raisedBy: { email: admin } }],
      links: [{ kind: 'ROLE', role: { name: 'Évaluateur·trice' } }, { kind: 'BUDGET_LINE', reference: line.id, role: null }],
    });
  });

  it.each([
    ['an unknown circle', { circleId: 'c0000000-0000-4000-8000-999999999999' }, 'circleId', /Cercle inconnu/],
    ['an empty title', { title: ' ' }, 'title', /intitulé de la décision est obligatoire/],
    ['an empty proposal', { proposal: '' }, 'proposal', /proposition est obligatoire/],
    ['a decided proposal without date', { status: 'ADOPTED', outcome: 'Oui' }, 'decidedOn', /date de décision est obligatoire/],
    ['an adopted decision without outcome', { status: 'ADOPTED', decidedOn: '2026-10-01' }, 'outcome', /résultat .* est obligatoire/],
    ['a review before the decision', { status: 'ADOPTED', outcome: 'Oui', decidedOn: '2026-10-01', reviewOn: '2026-09-01' }, 'reviewOn', /révision \(2026-09-01\) précède la date de décision/],
    ['a consent adopted over an objection not integrated', { status: 'ADOPTED', outcome: 'Oui', decidedOn: '2026-10-01', objections: [{ text: 'Non' }] }, 'objections', /l’objection n°1 ne l’est pas/],
    ['an objection without text', { objections: [{ text: ' ' }] }, 'objections', /texte de l’objection n°1 est obligatoire/],
    ['a link to an unknown role', { links: [{ kind: 'ROLE', reference: 'c0000000-0000-4000-8000-999999999999' }] }, 'links', /Rôle inconnu·e : le lien n°1/],
    ['an objection by an unknown member', { objections: [{ text: 'Non', raisedById: 'b0000000-0000-4000-8000-999999999999' }] }, 'objections', /Membre inconnu/],
  ])('refuses %s and writes nothing', async (_label, override, field, message) => {
    const before = await count('decision');
    const result = await hub.gql(RECORD, { input: { ...baseDecision, ...override } }, admin);
    expect(firstError(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(result)?.message).toMatch(message);
    expect(await count('decision')).toBe(before);
  });

  it('keeps recording outcomes for the facilitator or an admin', async () => {
    const byMember = await hub.gql(RECORD, { input: { ...baseDecision, status: 'ADOPTED', outcome: 'Oui', decidedOn: '2026-10-01' } }, member);
    expect(firstError(byMember)?.extensions.code).toBe('FORBIDDEN');
    const outcomeByAuthor = await hub.gql(UPDATE, { id: proposalId, input: { status: 'ADOPTED', outcome: 'Oui', decidedOn: '2026-10-02' } }, member);
    expect(firstError(outcomeByAuthor)?.extensions.code).toBe('FORBIDDEN');
    const edit = await hub.gql(UPDATE, { id: proposalId, input: { proposal: 'Le bar ouvre le jeudi de 18 h à 22 h.' } }, member);
    expect(edit.errors).toBeUndefined();
    const byOther = await hub.gql(UPDATE, { id: proposalId, input: { proposal: 'Autre' } }, 'chloe.nativel@laraffinerie.re');
    expect(firstError(byOther)?.extensions.code).toBe('FORBIDDEN');
    const { data, errors } = await hub.gql(UPDATE, { id: proposalId, input: { status: 'ADOPTED', outcome: 'Ouverture le jeudi dès novembre.', decidedOn: '2026-10-02' } }, facilitator);
    expect(errors).toBeUndefined();
    expect(data.updateDecision).toEqual({ status: 'ADOPTED', outcome: 'Ouverture le jeudi dès novembre.', decidedOn: '2026-10-02', changes: { updatedBy: { email: facilitator } } });
    const unknown = await hub.gql(UPDATE, { id: 'c0000000-0000-4000-8000-999999999999', input: { title: 'X' } }, admin);
    expect(firstError(unknown)?.extensions.code).toBe('NOT_FOUND');
  });

  it('lists the register with filters, decisions due for review included', async () => {
    const { data } = await hub.gql(`{ due: decisions(filter: { reviewDue: true }) { title reviewDue } proposed: decisions(filter: { statuses: [PROPOSED] }) { title } }`);
    // The demo decision of Culture was to be reviewed on 2026-09-12.
    expect(data.due).toContainEqual({ title: 'Un rôle Subvention au pôle Programmation', reviewDue: true });
    expect(data.due.every((d: any) => d.reviewDue)).toBe(true);
    expect(data.proposed.map((d: any) => d.title)).toEqual(['Prix libre à la cantine le mercredi']);
  });
});

describe('tensions', () => {
  it('raises a tension in the name of the member, from a role of the circle', async () => {
    const [role] = await hub.sql(`SELECT id FROM role WHERE circle_id = $1 AND template_key = 'communication'`, [culture]);
    const { data, errors } = await hub.gql(RAISE, { input: { circleId: culture, title: 'Les affiches arrivent trop tard', kind: 'OPERATIONAL', roleId: role.id } }, member);
    expect(errors).toBeUndefined();
    expect(data.raiseTension).toMatchObject({ status: 'OPEN', kind: 'OPERATIONAL', raisedBy: { email: member }, role: { name: 'Communication' }, circle: { name: 'Culture' } });
    const moved = await hub.gql('mutation($id: ID!) { updateTension(id: $id, input: { status: RESOLVED }) { status } }', { id: data.raiseTension.id }, member);
    expect(moved.data.updateTension.status).toBe('RESOLVED');
    const byOther = await hub.gql('mutation($id: ID!) { updateTension(id: $id, input: { status: OPEN }) { status } }', { id: data.raiseTension.id }, 'chloe.nativel@laraffinerie.re');
    expect(firstError(byOther)?.extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    ['an empty title', { title: '' }, 'title', /tension est obligatoire/],
    ['an unknown circle', { circleId: 'nope' }, 'circleId', /Cercle inconnu/],
    ['a role of another circle', { roleId: 'garden' }, 'roleId', /n’est pas un rôle du cercle « Culture »/],
  ])('refuses %s and writes nothing', async (_label, override, field, message) => {
    const [gardenRole] = await hub.sql(`SELECT id FROM role WHERE circle_id = $1 LIMIT 1`, [circleByCode('4000').id]);
    const input = { circleId: culture, title: 'Une tension', kind: 'GOVERNANCE', ...override };
    if (input.roleId === 'garden') input.roleId = gardenRole.id;
    const before = await count('tension');
    const result = await hub.gql(RAISE, { input }, member);
    expect(firstError(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(result)?.message).toMatch(message);
    expect(await count('tension')).toBe(before);
  });
});

describe('objectives and indicators', () => {
  const objective = {
    circleId: culture,
    semester: '2027-S1',
    title: 'Programmer des artistes du quartier',
    indicators: [{ name: 'Artistes du quartier programmés', unit: 'artistes', target: 8, actual: 2 }, { name: 'Entrées', unit: 'personnes', target: 500, source: 'TIBILLET' }],
  };

  it('sets an objective with indicators for a circle where one holds a role, then replaces its indicators', async () => {
    const { data, errors } = await hub.gql(OBJECTIVE, { input: objective }, 'ines.techer@laraffinerie.re');
    expect(errors).toBeUndefined();
    expect(data.setObjective.indicators).toEqual([
      { name: 'Artistes du quartier programmés', unit: 'artistes', target: 8, actual: 2, source: 'MANUAL', progress: 0.25 },
      { name: 'Entrées', unit: 'personnes', target: 500, actual: null, source: 'TIBILLET', progress: null },
    ]);
    const replaced = await hub.gql(OBJECTIVE, { input: { ...objective, id: data.setObjective.id, indicators: [{ name: 'Concerts', unit: 'concerts', target: 4, actual: 4 }] } }, facilitator);
    expect(replaced.data.setObjective.indicators).toEqual([{ name: 'Concerts', unit: 'concerts', target: 4, actual: 4, source: 'MANUAL', progress: 1 }]);
    const circle = await hub.gql('query($id: ID!) { circle(id: $id) { objectives(semester: "2027-S1") { title indicators { name } } } }', { id: culture });
    expect(circle.data.circle.objectives).toEqual([{ title: 'Programmer des artistes du quartier', indicators: [{ name: 'Concerts' }] }]);
  });

  it.each([
    ['a badly written semester', { semester: '2027-3' }, 'semester', /AAAA-S1 ou AAAA-S2/],
    ['an empty title', { title: '' }, 'title', /objectif est obligatoire/],
    ['no indicator', { indicators: [] }, 'indicators', /au moins un indicateur/],
    ['an indicator without unit', { indicators: [{ name: 'X', unit: ' ', target: 1 }] }, 'indicators', /unité de l’indicateur n°1 est obligatoire/],
    ['a negative target', { indicators: [{ name: 'X', unit: 'x', target: -1 }] }, 'indicators', /ne peut pas être négative/],
  ])('refuses %s and writes nothing', async (_label, override, field, message) => {
    const before = [await count('objective'), await count('indicator')];
    const result = await hub.gql(OBJECTIVE, { input: { ...objective, ...override } }, facilitator);
    expect(firstError(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(result)?.message).toMatch(message);
    expect([await count('objective'), await count('indicator')]).toEqual(before);
  });

  it('refuses objectives to members without a role in the circle, and records indicators', async () => {
    const refused = await hub.gql(OBJECTIVE, { input: objective }, member);
    expect(firstError(refused)?.extensions.code).toBe('FORBIDDEN');
    const [indicator] = await hub.sql(`SELECT i.id FROM indicator i JOIN objective o ON o.id = i.objective_id WHERE o.title = 'Faire venir de nouveaux publics' ORDER BY position LIMIT 1`);
    const recorded = await hub.gql('mutation($id: ID!) { recordIndicator(id: $id, actual: 900) { actual progress changes { updatedBy { email } } } }', { id: indicator.id }, facilitator);
    expect(recorded.data.recordIndicator).toEqual({ actual: 900, progress: 0.75, changes: { updatedBy: { email: facilitator } } });
  });
});

describe('documentation links', () => {
  it('attaches links to a circle, a role or a process, and only to one', async () => {
    const circle = await hub.gql(DOC, { input: { title: 'Charte du pôle', url: 'https://documentation.laraffinerie.re/index.php/Charte', circleId: circleByCode('1100').id } }, member);
    expect(circle.data.addDocLink).toMatchObject({ circle: { name: 'Programmation' }, role: null, process: null });
    const process = await hub.gql(DOC, { input: { title: 'Traiter une tension', url: 'https://documentation.laraffinerie.re/index.php/Tensions', process: 'Gestion par la tension' } }, member);
    expect(process.data.addDocLink.process).toBe('Gestion par la tension');
    const both = await hub.gql(DOC, { input: { title: 'X', url: 'https://x.org', circleId: culture, process: 'Y' } }, member);
    expect(firstError(both)?.message).toMatch(/un seul objet/);
    const badUrl = await hub.gql(DOC, { input: { title: 'X', url: 'javascript:alert(1)', process: 'Y' } }, member);
    expect(firstError(badUrl)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    const list = await hub.gql('{ processDocLinks { title } }');
    expect(list.data.processDocLinks.map((l: any) => l.title)).toContain('Traiter une tension');
    const removeByOther = await hub.gql('mutation($id: ID!) { removeDocLink(id: $id) { id } }', { id: process.data.addDocLink.id }, 'chloe.nativel@laraffinerie.re');
    expect(firstError(removeByOther)?.extensions.code).toBe('FORBIDDEN');
    const removed = await hub.gql('mutation($id: ID!) { removeDocLink(id: $id) { id } }', { id: process.data.addDocLink.id }, member);
    expect(removed.errors).toBeUndefined();
  });
});
