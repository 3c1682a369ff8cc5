import { ConfigError } from './config.js';
import type { Logger } from './logger.js';
import type { SubgraphServer } from './server.js';

export interface StandaloneSubgraph {
  server: SubgraphServer;
  port: number;
  host: string;
  logger: Logger;
  /** Closed after the server, in order (a simulator, a database…). */
  alsoClose?: Array<() => Promise<void>>;
}

/** Runs one subgraph as its own process (`npm start -w subgraphs/<name>`): a configuration error is printed
 * and ends the process; SIGINT/SIGTERM close the server then everything it started, within a deadline. */
export function runStandalone(name: string, start: () => Promise<StandaloneSubgraph>, deadlineMs = 10_000): void {
  const boot = async () => {
    const { server, port, host, logger, alsoClose = [] } = await start();
    const url = await server.listen(port, host);
    logger.info({ url: `${url}/graphql` }, `sous-graphe ${name} prêt`);
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, `arrêt du sous-graphe ${name}`);
      setTimeout(() => process.exit(1), deadlineMs).unref();
      await server.close();
      for (const close of alsoClose) await close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  };
  boot().catch((error: unknown) => {
    const message = error instanceof ConfigError ? error.message : `Le sous-graphe ${name} n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
}
