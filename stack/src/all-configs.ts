// The configuration alone: the gateway itself (Apollo Gateway, GraphiQL's bundle) is loaded by its own thread only.
import { loadGatewayConfig, type GatewayConfig } from '@alambic/gateway/config';
import { loadInternalConfig, type InternalConfig } from '@alambic/internal';
import { ConfigError } from '@alambic/subgraph-kit';
import { loadStackConfig, type StackConfig } from './config.js';
import { upstreamSpecs, type UpstreamSettings } from './subgraphs/specs.js';

export interface AllConfigs {
  stack: StackConfig;
  gateway: GatewayConfig;
  internal: InternalConfig;
  upstreams: UpstreamSettings;
}

/** Reads every package's configuration before anything starts, and reports all problems together. */
export function loadAllConfigs(env: NodeJS.ProcessEnv, repoRoot: string): AllConfigs {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (error instanceof ConfigError) {
        problems.push(...error.problems);
        return undefined;
      }
      throw error;
    }
  };
  const stack = attempt(() => loadStackConfig(env, repoRoot));
  const gateway = attempt(() => loadGatewayConfig(env));
  const internal = attempt(() => loadInternalConfig(env));
  const upstreams = {
    accounting: attempt(() => upstreamSpecs.accounting.loadSettings(env)),
    events: attempt(() => upstreamSpecs.events.loadSettings(env)),
    volunteering: attempt(() => upstreamSpecs.volunteering.loadSettings(env)),
  } as UpstreamSettings;
  if (problems.length > 0) throw new ConfigError(problems);
  return { stack: stack!, gateway: gateway!, internal: internal!, upstreams };
}
