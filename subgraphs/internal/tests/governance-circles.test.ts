import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circleByCode, roleCatalogue } from '@alambic/demo-data';
import { firstError, startInternal, type InternalUnderTest } from './support/governance-db.js';

let hub: InternalUnderTest;
const admin = 'camille.payet@laraffinerie.re';
const cultureFacilitator = 'maelle.grondin@laraffinerie.re';
const plainMember = 'hugo.robert@laraffinerie.re';

const CREATE = `mutation($input: CreateCircleInput!) { createCircle(input: $input) {
  id name kind analyticCode purpose parent { analyticCode } roles { name } changes { createdBy { email } updatedAt } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCircleInput!) { updateCircle(id: $id, input: $input) { id name purpose analyticCode changes { updatedBy { email } } } }`;
const MOVE = `mutation($id: ID!, $parentId: ID!, $code: String) { moveCircle(id: $id, parentId: $parentId, analyticCode: $code) { analyticCode parent { analyticCode } } }`;
const ARCHIVE = `mutation($id: ID!) { archiveCircle(id: $id) { archived archivedAt } }`;

const countCircles = async () => Number((await hub.sql('SELECT count(*) AS n FROM circle'))[0].n);
const codeOf = async (id: string) => (await hub.sql('SELECT analytic_code FROM circle WHERE id = $1', [id]))[0].analytic_code as string;

beforeAll(async () => {
  hub = await startInternal();
});

afterAll(async () => {
  await hub?.stop();
});

describe('creating circles', () => {
  it('creates a pôle under a group with the next free code, the catalogue roles, and who did it', async () => {
    const { data, errors } = await hub.gql(CREATE, { input: { kind: 'POLE', name: '  Danse  ', parentId: circleByCode('1000').id, purpose: 'Cours et bals' } }, cultureFacilitator);
    expect(errors).toBeUndefined();
    expect(data.createCircle).toMatchObject({ name: 'Danse', kind: 'POLE', analyticCode: '1300', purpose: 'Cours et bals', parent: { analyticCode: '1000' } });
    expect(data.createCircle.roles.map((r: any) => r.name).sort()).toEqual(roleCatalogue.filter((t) => t.appliesTo === 'POLE').map((t) => t.name).sort());
    expect(data.createCircle.changes.createdBy.email).toBe(cultureFacilitator);
    const [row] = await hub.sql('SELECT created_by FROM role WHERE circle_id = $1 LIMIT 1', [data.createCircle.id]);
    expect(row.created_by).toBeTruthy();
  });

  it('accepts a chosen code that follows the digits rule, a project directly in a group included', async () => {
    const { data, errors } = await hub.gql(CREATE, { input: { kind: 'PROJECT', name: 'Fanfare', parentId: circleByCode('1000').id, analyticCode: '1050' } }, admin);
    expect(errors).toBeUndefined();
    expect(data.createCircle).toMatchObject({ analyticCode: '1050', roles: [] });
  });

  it.each([
    ['a code of the wrong length', { kind: 'PROJECT', parentCode: '1100', code: '111' }, /quatre chiffres/],
    ['a code that does not extend the parent', { kind: 'PROJECT', parentCode: '1100', code: '1230' }, /ne prolonge pas celui du cercle parent 1100/],
    ['a zero at its own level', { kind: 'PROJECT', parentCode: '1100', code: '1100' }, /chiffre de 1 à 9 en position 3/],
    ['digits below its level', { kind: 'POLE', parentCode: '1000', code: '1510' }, /se termine par des zéros/],
    ['a duplicate analytic code', { kind: 'PROJECT', parentCode: '1100', code: '1110' }, /1110 est déjà pris par le cercle « Soirées concerts »/],
  ])('refuses %s and writes nothing', async (_label, c, message) => {
    const before = await countCircles();
    const result = await hub.gql(CREATE, { input: { kind: c.kind, name: 'Essai', parentId: circleByCode(c.parentCode).id, analyticCode: c.code } }, admin);
    expect(firstError(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'analyticCode' });
    expect(firstError(result)?.message).toMatch(message);
    expect(await countCircles()).toBe(before);
  });

  it.each([
    ['an empty name', { kind: 'POLE', name: '   ', parentId: circleByCode('1000').id }, 'name', /nom du cercle est obligatoire/],
    ['an unknown parent', { kind: 'POLE', name: 'X', parentId: 'c0000000-0000-4000-8000-999999999999' }, 'parentId', /Cercle parent inconnu/],
    ['a parent that is not an id', { kind: 'POLE', name: 'X', parentId: 'pas-un-id' }, 'parentId', /Cercle parent inconnu/],
    ['a pôle without parent', { kind: 'POLE', name: 'X' }, 'parentId', /parent est obligatoire pour un pôle/],
    ['a group with a parent', { kind: 'GROUP', name: 'X', parentId: circleByCode('1000').id }, 'parentId', /premier niveau/],
    ['an action in a pôle', { kind: 'ACTION', name: 'X', parentId: circleByCode('1100').id }, 'parentId', /Une action se place dans un projet/],
  ])('refuses %s', async (_label, input, field, message) => {
    const before = await countCircles();
    const result = await hub.gql(CREATE, { input }, admin);
    expect(firstError(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(result)?.message).toMatch(message);
    expect(await countCircles()).toBe(before);
  });

  it('lets only admins create groups, and only the parent’s facilitator create sub-circles', async () => {
    const group = await hub.gql(CREATE, { input: { kind: 'GROUP', name: 'Bien-être' } }, cultureFacilitator);
    expect(firstError(group)?.extensions.code).toBe('FORBIDDEN');
    const elsewhere = await hub.gql(CREATE, { input: { kind: 'POLE', name: 'X', parentId: circleByCode('2000').id } }, cultureFacilitator);
    expect(firstError(elsewhere)?.extensions.code).toBe('FORBIDDEN');
    expect(firstError(elsewhere)?.message).toMatch(/facilitateur·trice du cercle « Alimentation »/);
    const byAdmin = await hub.gql(CREATE, { input: { kind: 'GROUP', name: 'Bien-être' } }, admin);
    expect(byAdmin.data.createCircle).toMatchObject({ kind: 'GROUP', analyticCode: '7000' });
    expect(byAdmin.data.createCircle.roles).toHaveLength(roleCatalogue.filter((t) => t.appliesTo === 'GROUP').length);
  });
});

describe('renaming, moving and archiving circles', () => {
  it('renames a circle and records who changed it', async () => {
    const id = circleByCode('1120').id;
    const { data, errors } = await hub.gql(UPDATE, { id, input: { name: 'Ateliers de musique', purpose: '' } }, cultureFacilitator);
    expect(errors).toBeUndefined();
    expect(data.updateCircle).toMatchObject({ name: 'Ateliers de musique', purpose: null, changes: { updatedBy: { email: cultureFacilitator } } });
  });

  it('refuses an empty name, an unknown circle and a member who does not facilitate it', async () => {
    const empty = await hub.gql(UPDATE, { id: circleByCode('1120').id, input: { name: ' ' } }, admin);
    expect(firstError(empty)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const unknown = await hub.gql(UPDATE, { id: 'c0000000-0000-4000-8000-999999999999', input: { name: 'X' } }, admin);
    expect(firstError(unknown)?.extensions.code).toBe('NOT_FOUND');
    expect(firstError(unknown)?.message).toMatch(/Cercle inconnu/);
    const notFacilitator = await hub.gql(UPDATE, { id: circleByCode('1120').id, input: { name: 'X' } }, plainMember);
    expect(firstError(notFacilitator)?.extensions.code).toBe('FORBIDDEN');
    expect((await hub.sql('SELECT name FROM circle WHERE id = $1', [circleByCode('1120').id]))[0].name).toBe('Ateliers de musique');
  });

  it('changes a code and its sub-circles follow; a taken code is refused', async () => {
    const pole = circleByCode('1100').id;
    const taken = await hub.gql(UPDATE, { id: pole, input: { analyticCode: '1200' } }, admin);
    expect(firstError(taken)?.message).toMatch(/1200 est déjà pris par le cercle « Arts visuels »/);
    const { data, errors } = await hub.gql(UPDATE, { id: pole, input: { analyticCode: '1400' } }, admin);
    expect(errors).toBeUndefined();
    expect(data.updateCircle.analyticCode).toBe('1400');
    expect(await codeOf(circleByCode('1110').id)).toBe('1410');
    expect(await codeOf(circleByCode('1111').id)).toBe('1411');
    await hub.gql(UPDATE, { id: pole, input: { analyticCode: '1100' } }, admin);
    expect(await codeOf(circleByCode('1111').id)).toBe('1111');
  });

  it('moves a project with its actions under another pôle, taking the new prefix', async () => {
    const { data, errors } = await hub.gql(MOVE, { id: circleByCode('1110').id, parentId: circleByCode('1200').id }, admin);
    expect(errors).toBeUndefined();
    expect(data.moveCircle).toEqual({ analyticCode: '1220', parent: { analyticCode: '1200' } });
    expect(await codeOf(circleByCode('1111').id)).toBe('1221');
    const back = await hub.gql(MOVE, { id: circleByCode('1110').id, parentId: circleByCode('1100').id, code: '1110' }, admin);
    expect(back.data.moveCircle.analyticCode).toBe('1110');
    expect(await codeOf(circleByCode('1111').id)).toBe('1111');
  });

  it('refuses to move a group, into the wrong kind, into its own parent, or with a code of another prefix', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ id: circleByCode('1000').id, parentId: circleByCode('2000').id }, /Un groupe est un cercle de premier niveau/],
      [{ id: circleByCode('1110').id, parentId: circleByCode('1120').id }, /Un projet se place dans un groupe ou un pôle/],
      [{ id: circleByCode('1110').id, parentId: circleByCode('1100').id }, /déjà dans « Programmation »/],
      [{ id: circleByCode('1110').id, parentId: circleByCode('1200').id, code: '1130' }, /ne prolonge pas celui du cercle parent 1200/],
      [{ id: circleByCode('1110').id, parentId: 'c0000000-0000-4000-8000-999999999999' }, /Nouveau cercle parent inconnu/],
    ];
    for (const [variables, message] of cases) {
      const result = await hub.gql(MOVE, variables, admin);
      expect(firstError(result)?.extensions.code).toBe('BAD_USER_INPUT');
      expect(firstError(result)?.message).toMatch(message);
    }
    expect(await codeOf(circleByCode('1110').id)).toBe('1110');
  });

  it('archives a circle with its sub-circles, keeps their history, and keeps their codes reserved', async () => {
    const project = circleByCode('4110').id;
    const notFacilitator = await hub.gql(ARCHIVE, { id: project }, cultureFacilitator);
    expect(firstError(notFacilitator)?.extensions.code).toBe('FORBIDDEN');
    const { data, errors } = await hub.gql(ARCHIVE, { id: project }, 'noah.boyer@laraffinerie.re');
    expect(errors).toBeUndefined();
    expect(data.archiveCircle.archived).toBe(true);
    const tree = await hub.gql('{ circles { analyticCode } all: circles(includeArchived: true) { analyticCode archived } }');
    expect(tree.data.circles.map((c: any) => c.analyticCode)).not.toContain('4111');
    expect(tree.data.all.find((c: any) => c.analyticCode === '4111')).toEqual({ analyticCode: '4111', archived: true });
    const again = await hub.gql(ARCHIVE, { id: project }, admin);
    expect(firstError(again)?.message).toMatch(/déjà archivé/);
    const reuse = await hub.gql(CREATE, { input: { kind: 'PROJECT', name: 'Autre', parentId: circleByCode('4100').id, analyticCode: '4110' } }, admin);
    expect(firstError(reuse)?.message).toMatch(/déjà pris par le cercle « Jardin partagé »/);
    const rename = await hub.gql(UPDATE, { id: project, input: { name: 'X' } }, admin);
    expect(firstError(rename)?.message).toMatch(/archivé/);
  });
});
