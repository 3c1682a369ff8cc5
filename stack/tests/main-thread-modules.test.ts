import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const stackDist = path.resolve(__dirname, '../dist');

/** The packages a fresh Node process holds after loading one of the stack's compiled entry points. */
function loadedPackages(entry: string): string[] {
  const script = `require(${JSON.stringify(path.join(stackDist, entry))});
    const names = new Set(Object.keys(require.cache).map((file) => (/node_modules\\/((@[^/]+\\/)?[^/]+)/.exec(file) ?? [])[1]).filter(Boolean));
    process.stdout.write(JSON.stringify([...names]));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
}

describe('the hub’s main thread', () => {
  // The gateway (Apollo Gateway, GraphiQL's 10 MB bundle) lives on its own thread; composition runs only when asked.
  // Loading them on the main thread too cost its heap 30 MB and made every garbage collection longer.
  it.each(['stack.js', 'index.js'])('does not load the gateway or the composition library from %s', (entry) => {
    const packages = loadedPackages(entry);
    expect(packages).toContain('type-graphql');
    expect(packages).not.toContain('@apollo/gateway');
    expect(packages).not.toContain('@graphql-yoga/render-graphiql');
    expect(packages).not.toContain('@apollo/composition');
  });
});
