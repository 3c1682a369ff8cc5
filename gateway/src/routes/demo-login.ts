import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE, SESSION_TTL_SECONDS, signSession } from '../session.js';
import type { GatewayContext } from '../data-sources/signed-data-source.js';

const service: GatewayContext = { identity: { kind: 'service', memberId: null, isAdmin: true, requestId: 'demo-login' } };

interface DemoLoginOptions {
  apollo: ApolloServer<GatewayContext>;
  sessionSecret: string;
  /** Whether the cookie needs HTTPS. @default false */
  secureCookie?: boolean;
}

async function run<T>(apollo: ApolloServer<GatewayContext>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: service });
  if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) {
    throw new Error('Annuaire indisponible');
  }
  return response.body.singleResult.data as T;
}

/** Demo sign-in: pick a demo member by email, no password. Only registered when DEMO_LOGIN is on. */
export function registerDemoLogin(app: FastifyInstance, { apollo, sessionSecret, secureCookie = false }: DemoLoginOptions): void {
  app.get('/auth/demo-logins', async (_request, reply) => {
    try {
      const data = await run<{ memberAccounts: Array<{ displayName: string; loginEmail: string; implication: string }> }>(
        apollo,
        '{ memberAccounts { displayName loginEmail implication } }',
      );
      return { members: data.memberAccounts.map(({ displayName, loginEmail, implication }) => ({ displayName, email: loginEmail, implication })) };
    } catch {
      reply.code(503);
      return { error: 'L’annuaire des membres est indisponible pour le moment.' };
    }
  });

  app.post<{ Body: { email?: unknown } }>('/auth/demo-login', async (request, reply) => {
    const email = request.body?.email;
    if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(email)) {
      reply.code(400);
      return { error: 'Indiquez l’adresse électronique d’un membre de démonstration.' };
    }
    const data = await run<{ memberByEmail: { id: string; displayName: string; isAdmin: boolean } | null }>(
      apollo,
      'query($email: String!) { memberByEmail(email: $email) { id displayName isAdmin } }',
      { email },
    ).catch(() => null);
    if (!data) {
      reply.code(503);
      return { error: 'L’annuaire des membres est indisponible pour le moment.' };
    }
    if (!data.memberByEmail) {
      reply.code(404);
      return { error: `Aucun membre n’a l’adresse ${email}.` };
    }
    const member = data.memberByEmail;
    reply.setCookie(SESSION_COOKIE, signSession({ memberId: member.id, isAdmin: member.isAdmin }, sessionSecret), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookie,
      maxAge: SESSION_TTL_SECONDS,
    });
    return { member: { id: member.id, displayName: member.displayName } };
  });

  app.post('/auth/logout', async (_request, reply) => {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
}
