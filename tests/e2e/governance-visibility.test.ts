import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circleByCode, memberByEmail } from '@alambic/demo-data';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let hugo: string;

beforeAll(async () => {
  hub = await startTestHub();
  hugo = await hub.login('hugo.robert@laraffinerie.re');
});

afterAll(async () => {
  await hub?.stack.stop();
});

describe('governance through the gateway', () => {
  it('applies contact visibility while the fields other subgraphs require still resolve', async () => {
    const noah = memberByEmail('noah.boyer@laraffinerie.re');
    const { data, errors } = await hub.gql(
      'query($f: DirectoryFilter) { members(filter: $f) { displayName contact { email emailHidden } volunteer { linked balance } } }',
      { f: { search: 'Noah' } },
      hugo,
    );
    expect(errors).toBeUndefined();
    // Noah hides his email from everyone; volunteering still gets `email` and `ocecoUserId` through @requires.
    expect(data.members).toEqual([{ displayName: 'Noah Boyer', contact: { email: null, emailHidden: true }, volunteer: { linked: true, balance: noah.ocecoCredits } }]);
    const self = await hub.gql('{ me { contact { email } } }', {}, await hub.login(noah.email));
    expect(self.data.me.contact.email).toBe(noah.email);
  });

  it('records who changed what from the session, and refuses in French what the member may not do', async () => {
    const raised = await hub.gql(
      'mutation($input: TensionInput!) { raiseTension(input: $input) { raisedBy { displayName } changes { createdBy { displayName } } } }',
      { input: { circleId: circleByCode('5000').id, title: 'Pas de référent le dimanche', kind: 'OPERATIONAL' } },
      hugo,
    );
    expect(raised.errors).toBeUndefined();
    expect(raised.data.raiseTension).toEqual({ raisedBy: { displayName: 'Hugo Robert' }, changes: { createdBy: { displayName: 'Hugo Robert' } } });
    const refused = await hub.gql('mutation($input: CreateCircleInput!) { createCircle(input: $input) { id } }', { input: { kind: 'GROUP', name: 'Bien-être' } }, hugo);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(refused.errors?.[0].message).toMatch(/réservé aux administrateur·rices/);
    expect(JSON.stringify(refused.errors)).not.toMatch(/stack|http:\/\//);
  });
});
