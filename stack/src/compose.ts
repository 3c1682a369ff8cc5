import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import { buildAccountingSchema } from '@alambic/accounting';
import { buildEventsSchema } from '@alambic/events';
import { buildInternalSchema } from '@alambic/internal';
import { printFederatedSchema } from '@alambic/subgraph-kit';
import { buildVolunteeringSchema } from '@alambic/volunteering';
import { parse } from 'graphql';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoRoutingUrls } from './ports.js';

export interface Composition {
  subgraphs: Array<{ name: string; url: string; sdl: string }>;
  supergraphSdl: string;
  hints: string[];
}

const builders = {
  internal: buildInternalSchema,
  accounting: buildAccountingSchema,
  events: buildEventsSchema,
  volunteering: buildVolunteeringSchema,
};

/** Prints every subgraph's SDL and composes the supergraph in-process (no rover needed). */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs = await Promise.all(
    Object.entries(builders).map(async ([name, build]) => ({ name, url: demoRoutingUrls[name], sdl: printFederatedSchema(await build()) })),
  );
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new Error(`La composition du supergraphe a échoué :\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return { subgraphs, supergraphSdl: result.supergraphSdl, hints: result.hints.map((h) => h.toString()) };
}

export const schemaDir = path.resolve(__dirname, '../../schema');

/** `npm run compose`: writes schema/<name>.graphql and schema/supergraph.graphql. */
async function main() {
  const { subgraphs, supergraphSdl, hints } = await composeSupergraph();
  mkdirSync(schemaDir, { recursive: true });
  for (const { name, sdl } of subgraphs) writeFileSync(path.join(schemaDir, `${name}.graphql`), `${sdl.trim()}\n`);
  writeFileSync(path.join(schemaDir, 'supergraph.graphql'), `${supergraphSdl.trim()}\n`);
  for (const hint of hints) console.log(`indice : ${hint}`);
  console.log(`supergraphe composé : ${subgraphs.map((s) => s.name).join(', ')} → schema/supergraph.graphql`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
