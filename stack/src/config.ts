import { EnvReader } from '@alambic/subgraph-kit';
import path from 'node:path';

export interface StackConfig {
  /** Where the embedded PostgreSQL and the demo secrets live. */
  dataDir: string;
  /** First of the hub's ports: gateway at base, subgraphs at base+1…4, simulators at base+10…12. */
  portBase: number;
  /** Port of the embedded PostgreSQL. */
  postgresPort: number;
}

export function loadStackConfig(env: NodeJS.ProcessEnv, repoRoot: string): StackConfig {
  const reader = new EnvReader(env);
  const config = {
    dataDir: path.resolve(repoRoot, reader.string('DATA_DIR', { default: '.data' }) ?? '.data'),
    portBase: reader.int('PORT_BASE', { default: 4000, min: 1024, max: 65000 }) ?? 4000,
    postgresPort: reader.int('PG_PORT', { default: 5440, min: 1024, max: 65535 }) ?? 5440,
  };
  reader.finish();
  return Object.freeze(config);
}
