/** The gateway's session routes (`/auth/*`): plain JSON over fetch, cookie kept by the browser. */

export type Implication = 'CORE_MEMBER' | 'VOLUNTEER' | 'DISCOVERER';

export interface DemoLogin {
  displayName: string;
  email: string;
  implication: Implication;
}

export interface SignedInMember {
  id: string;
  displayName: string;
}

/** A failed call: `status` is the HTTP status, 0 when the server could not be reached. */
export class AuthRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'AuthRequestError';
  }
}

const DIRECTORY_DOWN = 'L’annuaire des membres est indisponible pour le moment. Réessayez dans un instant.';

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch {
    throw new AuthRequestError('Le serveur Alambic ne répond pas. Vérifiez votre connexion puis réessayez.', 0);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  if (response.status === 503) throw new AuthRequestError(DIRECTORY_DOWN, 503);
  const serverMessage = (payload as { error?: unknown } | null)?.error;
  throw new AuthRequestError(
    typeof serverMessage === 'string' && serverMessage ? serverMessage : `Le serveur a répondu ${response.status}.`,
    response.status,
  );
}

/** The demo members one can sign in as (demo mode only). */
export async function fetchDemoLogins(): Promise<DemoLogin[]> {
  try {
    const { members } = await request<{ members: DemoLogin[] }>('GET', '/auth/demo-logins');
    return members;
  } catch (error) {
    if (error instanceof AuthRequestError && error.status === 404) {
      throw new AuthRequestError('La connexion de démonstration n’est pas activée sur ce serveur.', 404);
    }
    throw error;
  }
}

/** Opens a session as the demo member with this email; the gateway sets the session cookie. */
export async function demoLogin(email: string): Promise<SignedInMember> {
  const { member } = await request<{ member: SignedInMember }>('POST', '/auth/demo-login', { email });
  return member;
}

/** Closes the session (the gateway clears the cookie). */
export async function logout(): Promise<void> {
  await request<unknown>('POST', '/auth/logout', {});
}

export const implicationLabels: Record<Implication, string> = {
  CORE_MEMBER: 'Raffineur·euse',
  VOLUNTEER: 'Volontaire',
  DISCOVERER: 'Découvreur·euse',
};
