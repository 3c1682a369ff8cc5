import 'reflect-metadata';
import { members, odooDemo } from '@alambic/demo-data';
import { ConfigError } from '@alambic/subgraph-kit';
import { startStack, type RunningStack } from './stack.js';

const shutdownDeadlineMs = 15_000;

function banner(stack: RunningStack): string {
  const lines = [
    '',
    `Alambic est prêt : ${stack.gatewayUrl}`,
    `  Interface web            ${stack.gatewayUrl}/`,
    `  GraphQL et explorateur   ${stack.gatewayUrl}/graphql`,
    `  Santé / disponibilité    ${stack.gatewayUrl}/health   ${stack.gatewayUrl}/ready`,
    `  PostgreSQL               ${stack.database.embedded ? 'embarqué (dossier .data/postgres)' : 'DATABASE_URL'}`,
  ];
  for (const s of Object.values(stack.subgraphs)) {
    const upstream = s.simulator ? `${s.upstream} — simulateur ${s.simulator.url}` : s.upstream;
    lines.push(`  subgraph ${s.name.padEnd(15)} ${s.url}   (${upstream})`);
  }
  const admins = members.filter((m) => m.isAdmin).map((m) => m.email);
  lines.push(
    '',
    'Connexion de démonstration (sans mot de passe) : ouvrez l’interface et choisissez un membre, par exemple',
    `  ${members[2].email}, ${members[3].email} ; administration : ${admins.join(', ')}`,
    `Simulateur Odoo : base « ${odooDemo.database} », identifiant ${odooDemo.login}.`,
    'Ctrl+C arrête tout, PostgreSQL compris.',
    '',
  );
  return lines.join('\n');
}

async function main() {
  let stopping = false;
  // A hub without its door serves nobody: stop, so that whatever supervises the process restarts it.
  const stack: RunningStack = await startStack({
    onGatewayCrash: () => {
      if (stopping) return;
      stopping = true;
      void stack.stop().finally(() => process.exit(1));
    },
  });
  process.stdout.write(banner(stack));
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal} reçu : arrêt d’Alambic…\n`);
    const deadline = setTimeout(() => {
      process.stderr.write('Arrêt trop long : sortie forcée.\n');
      process.exit(1);
    }, shutdownDeadlineMs);
    await stack.stop();
    clearTimeout(deadline);
    process.stdout.write('Alambic est arrêté.\n');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Alambic n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
