import { DdpRemoteError, loginRefused, ocecoError } from '../errors.js';
import { parseOcecoDate, parseOcecoId } from '../mapping.js';
import type { DdpConnection } from './connection.js';

export interface DdpCredentials {
  email: string;
  password: string;
}

export interface DdpSession {
  /** The citoyen id the hub is logged in as. */
  userId: string;
  /** Meteor resume token, reused on reconnection instead of the password. */
  token: string;
  tokenExpires: Date | null;
  /** Whether the session came from the resume token rather than the password. */
  resumed: boolean;
}

interface LoginResult {
  id?: unknown;
  token?: unknown;
  tokenExpires?: unknown;
}

/** Logs in over DDP: first with the resume token if there is one, then with `{email, pwd}` (Oceco's Communecter handler). */
export async function ddpLogin(connection: DdpConnection, credentials: DdpCredentials, resumeToken: string | undefined, timeoutMs: number): Promise<DdpSession> {
  if (resumeToken) {
    try {
      return sessionOf(await connection.call<LoginResult>('login', [{ resume: resumeToken }], timeoutMs), true);
    } catch (error) {
      // An expired or forgotten token (403 « You've been logged out by the server ») falls back to the password.
      if (!(error instanceof DdpRemoteError)) throw error;
    }
  }
  try {
    const result = await connection.call<LoginResult>('login', [{ email: credentials.email, pwd: credentials.password }], timeoutMs);
    return sessionOf(result, false);
  } catch (error) {
    if (error instanceof DdpRemoteError) throw loginRefused(error);
    throw error;
  }
}

function sessionOf(result: LoginResult | undefined, resumed: boolean): DdpSession {
  const userId = parseOcecoId(result?.id);
  if (!userId || typeof result?.token !== 'string') {
    throw ocecoError('SERVER', 'réponse de connexion illisible');
  }
  return { userId, token: result.token, tokenExpires: parseOcecoDate(result.tokenExpires), resumed };
}
