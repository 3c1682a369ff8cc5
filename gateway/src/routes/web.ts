import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Serves the built web UI; unknown paths get the single-page app so client-side routes work on reload. */
export async function registerWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const index = path.join(webDir, 'index.html');
  if (!existsSync(index)) {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('Interface web non construite : lancez « npm run build » puis relancez.'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: webDir, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/graphql') && !request.url.startsWith('/auth/') && !path.extname(request.url.split('?')[0]);
    if (isPage) return reply.sendFile('index.html');
    return reply.code(404).send({ error: 'Introuvable' });
  });
}
