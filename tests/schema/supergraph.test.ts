import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph } from '@alambic/stack';

const schemaDir = path.resolve(__dirname, '../../schema');
const committed = (file: string) => readFileSync(path.join(schemaDir, file), 'utf8');

describe('the committed schema', () => {
  it('is what the subgraphs compose to today (run `npm run compose` after changing a subgraph)', async () => {
    const { subgraphs, supergraphSdl } = await composeSupergraph();
    for (const { name, sdl } of subgraphs) {
      expect(committed(`${name}.graphql`), `schema/${name}.graphql`).toBe(`${sdl.trim()}\n`);
    }
    expect(committed('supergraph.graphql'), 'schema/supergraph.graphql').toBe(`${supergraphSdl.trim()}\n`);
  });

  it('has Member and Circle owned by internal and extended by at least two other subgraphs', async () => {
    const { subgraphs } = await composeSupergraph();
    const declaring = (type: string) => subgraphs.filter((s) => new RegExp(`type ${type}\\s+@key\\(fields: "id"`).test(s.sdl)).map((s) => s.name);
    expect(declaring('Circle')).toContain('internal');
    expect(declaring('Member')).toContain('internal');
    const extenders = new Set([...declaring('Circle'), ...declaring('Member')].filter((n) => n !== 'internal'));
    expect(extenders.size).toBeGreaterThanOrEqual(2);
  });
});
