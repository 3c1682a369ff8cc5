import http from 'node:http';
import { tibilletDemo } from '@alambic/demo-data';

export const DEMO_KEY = tibilletDemo.apiKey;

/** A raw GET to the simulator, with a chosen Host header and Authorization (none when `authorization` is null). */
export function rawGet(
  base: string,
  path: string,
  options: { authorization?: string | null; host?: string } = {},
): Promise<{ status: number; body: any; text: string }> {
  const { authorization = `Api-Key ${DEMO_KEY}`, host } = options;
  const url = new URL(path, base);
  const headers: Record<string, string> = {};
  if (authorization !== null) headers.authorization = authorization;
  if (host) headers.host = host;
  return new Promise((resolve, reject) => {
    const req = http.request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, body, text });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** A fixed clock for the simulator and the subgraph. */
export const at = (iso: string) => () => new Date(iso);
