import { gql } from '@urql/core';
import { client } from './graphql/client';
import { describeError, isUnauthenticated } from './graphql/errors';
import type { SignedInMember } from './api/auth';

const MeQuery = gql<{ me: SignedInMember | null }, Record<string, never>>`
  query Moi {
    me {
      id
      displayName
    }
  }
`;

export type SessionStatus = 'unknown' | 'loading' | 'signed-in' | 'signed-out' | 'error';

/** Who is signed in, shared by the layout and the sign-in page. */
class Session {
  #member = $state<SignedInMember | null>(null);
  #status = $state<SessionStatus>('unknown');
  #error = $state<string | null>(null);

  get member() {
    return this.#member;
  }
  get status() {
    return this.#status;
  }
  get error() {
    return this.#error;
  }

  /** Asks the gateway who the session cookie belongs to (`me` is null without a session). */
  async load(): Promise<SessionStatus> {
    this.#status = 'loading';
    this.#error = null;
    const result = await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      this.#member = result.data.me;
      this.#status = result.data.me ? 'signed-in' : 'signed-out';
    } else {
      this.#member = null;
      this.#status = isUnauthenticated(result.error) ? 'signed-out' : 'error';
      this.#error = result.error ? describeError(result.error) : 'Réponse vide du serveur.';
    }
    return this.#status;
  }

  signedIn(member: SignedInMember): void {
    this.#member = member;
    this.#status = 'signed-in';
    this.#error = null;
  }

  signedOut(): void {
    this.#member = null;
    this.#status = 'signed-out';
    this.#error = null;
  }
}

export const session = new Session();
