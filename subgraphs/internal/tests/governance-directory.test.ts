import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circleByCode, memberByEmail } from '@alambic/demo-data';
import { firstError, startInternal, type InternalUnderTest } from './support/governance-db.js';

let hub: InternalUnderTest;
const maelle = memberByEmail('maelle.grondin@laraffinerie.re');
const noah = memberByEmail('noah.boyer@laraffinerie.re');
const camille = memberByEmail('camille.payet@laraffinerie.re');
const theo = memberByEmail('theo.fontaine@laraffinerie.re');
const lea = memberByEmail('lea.riviere@laraffinerie.re');
const louis = memberByEmail('louis.clain@laraffinerie.re');

const CONTACT = `query($id: ID!) { member(id: $id) { email contact { email phone emailVisibility phoneVisibility emailHidden phoneHidden } } }`;
const contactAs = async (id: string, as: string) => (await hub.gql(CONTACT, { id }, as)).data.member.contact;
const PROFILE = `mutation($id: ID!, $input: ProfileInput!) { updateProfile(memberId: $id, input: $input) { displayName pronouns skills badges implication contact { phone phoneVisibility emailVisibility } } }`;

beforeAll(async () => {
  hub = await startInternal();
});

afterAll(async () => {
  await hub?.stop();
});

describe('contact visibility', () => {
  it('shows a CIRCLES email to members sharing a circle where both hold a role, and to nobody else', async () => {
    // Maëlle chose CIRCLES for her email; Inès holds a role in Culture with her, Hugo holds no role.
    expect(await contactAs(maelle.id, 'ines.techer@laraffinerie.re')).toMatchObject({ email: maelle.email, emailVisibility: 'CIRCLES', emailHidden: false });
    expect(await contactAs(maelle.id, 'hugo.robert@laraffinerie.re')).toMatchObject({ email: null, emailVisibility: 'CIRCLES', emailHidden: true });
  });

  it('does not count an ended term as sharing a circle', async () => {
    const [role] = await hub.sql(`SELECT id FROM role WHERE circle_id = $1 AND template_key = 'ambassador'`, [circleByCode('1000').id]);
    await hub.sql(`INSERT INTO role_assignment (role_id, member_id, starts_on, ends_on) VALUES ($1, $2, '2025-01-01', '2025-06-30')`, [role.id, louis.id]);
    expect((await contactAs(maelle.id, louis.email)).email).toBeNull();
  });

  it('hides a NOBODY field from everyone, admins included, but never from the member', async () => {
    expect((await contactAs(noah.id, camille.email)).email).toBeNull();
    expect((await contactAs(noah.id, noah.email)).email).toBe(noah.email);
    expect(await contactAs(theo.id, 'anais.etheve@laraffinerie.re')).toMatchObject({ phone: null, phoneHidden: true, phoneVisibility: 'NOBODY' });
    expect((await contactAs(theo.id, theo.email)).phone).toBe(theo.phone);
  });

  it('shows a CIRCLES phone inside shared circles only, and a MEMBERS phone to every member', async () => {
    expect((await contactAs(camille.id, lea.email)).phone).toBe(camille.phone);
    expect((await contactAs(camille.id, theo.email)).phone).toBeNull();
    expect((await contactAs(lea.id, 'hugo.robert@laraffinerie.re')).phone).toBe(lea.phone);
  });

  it('keeps the account email and Oceco id resolvable for federation (@requires) while the contact email is hidden', async () => {
    const { data, errors } = await hub.gql(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Member { email ocecoUserId contact { email } } } }',
      { r: [{ __typename: 'Member', id: noah.id }] },
      'hugo.robert@laraffinerie.re',
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0]).toEqual({ email: noah.email, ocecoUserId: noah.ocecoUserId, contact: { email: null } });
  });
});

describe('profiles', () => {
  it('lets a member edit their own profile and visibility, recording who and when', async () => {
    const { data, errors } = await hub.gql(
      PROFILE,
      { id: noah.id, input: { pronouns: ' il ', skills: ['permaculture', 'apiculture', 'permaculture'], phone: '0692 11 22 33', phoneVisibility: 'MEMBERS', emailVisibility: 'MEMBERS' } },
      noah.email,
    );
    expect(errors).toBeUndefined();
    expect(data.updateProfile).toMatchObject({ pronouns: 'il', skills: ['permaculture', 'apiculture'], contact: { phone: '0692 11 22 33', phoneVisibility: 'MEMBERS', emailVisibility: 'MEMBERS' } });
    expect((await contactAs(noah.id, camille.email)).email).toBe(noah.email);
    const [row] = await hub.sql('SELECT updated_by, updated_at > created_at AS changed FROM member WHERE id = $1', [noah.id]);
    expect(row).toEqual({ updated_by: noah.id, changed: true });
  });

  it.each([
    ['an empty first name', { firstName: '  ' }, 'firstName', /prénom est obligatoire/],
    ['a phone that is not a number', { phone: 'appelez-moi' }, 'phone', /n’est pas un numéro/],
  ])('refuses %s and writes nothing', async (_label, input, field, message) => {
    const before = await hub.sql('SELECT first_name, phone FROM member WHERE id = $1', [noah.id]);
    const result = await hub.gql(PROFILE, { id: noah.id, input }, noah.email);
    expect(firstError(result)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(firstError(result)?.message).toMatch(message);
    expect(await hub.sql('SELECT first_name, phone FROM member WHERE id = $1', [noah.id])).toEqual(before);
  });

  it('refuses someone else’s profile, badges set by a non-admin, and an unknown member', async () => {
    const other = await hub.gql(PROFILE, { id: noah.id, input: { pronouns: 'x' } }, 'hugo.robert@laraffinerie.re');
    expect(firstError(other)?.extensions.code).toBe('FORBIDDEN');
    expect(firstError(other)?.message).toMatch(/son propre profil/);
    const badges = await hub.gql(PROFILE, { id: noah.id, input: { badges: ['Admin'] } }, noah.email);
    expect(firstError(badges)?.extensions.code).toBe('FORBIDDEN');
    const unknown = await hub.gql(PROFILE, { id: 'b0000000-0000-4000-8000-999999999999', input: {} }, camille.email);
    expect(firstError(unknown)?.extensions.code).toBe('NOT_FOUND');
    expect((await hub.sql('SELECT pronouns, badges FROM member WHERE id = $1', [noah.id]))[0]).toEqual({ pronouns: 'il', badges: ['Permaculture'] });
  });

  it('lets an admin set implication and badges', async () => {
    const { data, errors } = await hub.gql(PROFILE, { id: louis.id, input: { implication: 'VOLUNTEER', badges: ['Son'] } }, camille.email);
    expect(errors).toBeUndefined();
    expect(data.updateProfile).toMatchObject({ implication: 'VOLUNTEER', badges: ['Son'] });
  });
});

describe('the directory', () => {
  const DIRECTORY = 'query($f: DirectoryFilter) { members(filter: $f) { displayName } }';
  const names = async (filter: Record<string, unknown> | null) => (await hub.gql(DIRECTORY, { f: filter })).data.members.map((m: any) => m.displayName);

  it('searches names, skills and badges without accents or case, never contact fields', async () => {
    expect(await names({ search: 'PERMACULTURE' })).toEqual(['Noah Boyer']);
    expect(await names({ search: 'maelle' })).toEqual(['Maëlle Grondin']);
    expect(await names({ search: 'laraffinerie' })).toEqual([]);
  });

  it('filters by implication, by circle (active terms only) and by skill', async () => {
    expect(await names({ implication: 'DISCOVERER' })).toEqual(['Enzo Lauret', 'Jade Sautron']);
    expect(await names({ circleId: circleByCode('1000').id })).toEqual(['Maëlle Grondin', 'Camille Payet', 'Inès Técher']);
    expect(await names({ skill: 'Cuisine' })).toEqual(['Emma Dijoux', 'Théo Fontaine']);
    expect(await names(null)).toHaveLength(20);
  });

  it('lists the roles a member holds today', async () => {
    const { data } = await hub.gql('query($id: ID!) { member(id: $id) { now: roles(activeOnly: true) { role { name circle { analyticCode } } } all: roles { id } } }', { id: maelle.id });
    expect(data.member.now.map((t: any) => `${t.role.circle.analyticCode} ${t.role.name}`).sort()).toEqual(['1000 Facilitateur·trice', '1000 Programmation', '1100 Budget']);
  });
});
