import autocannon from 'autocannon';
import { request as send } from 'undici';

/** Runs in a child process so that the load tool's memory and CPU are not counted as the hub's. */
export interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  durationS: number;
  /** Instead of a steady load: every client sends one request at the same moment, `count` times, each wave after a
   * pause longer than the caches' lifetime (the moment a cache has just expired and everyone asks at once). */
  waves?: Waves;
}

export interface Waves {
  count: number;
  pauseMs: number;
}

export interface LoadResult {
  times: number[];
  requests: number;
  non2xx: number;
  errors: number;
  rps: number;
}

/** Waves of simultaneous requests; the rate is counted over the waves only, pauses left out. */
async function runWaves(request: LoadRequest, waves: Waves): Promise<LoadResult> {
  const times: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let busyMs = 0;
  // undici's request rather than fetch: the load tool shares the machine's cores with the hub, so it keeps its own work small.
  const one = async () => {
    const started = performance.now();
    try {
      const response = await send(request.url, { method: 'POST', headers: request.headers, body: request.body });
      await response.body.arrayBuffer();
      if (response.statusCode < 200 || response.statusCode > 299) non2xx += 1;
      times.push(performance.now() - started);
    } catch {
      errors += 1;
    }
  };
  for (let wave = 0; wave < waves.count; wave += 1) {
    await new Promise((resolve) => setTimeout(resolve, waves.pauseMs));
    const started = performance.now();
    await Promise.all(Array.from({ length: request.connections }, one));
    busyMs += performance.now() - started;
  }
  return { times, requests: times.length + errors, non2xx, errors, rps: busyMs ? (times.length / busyMs) * 1000 : 0 };
}

process.once('message', (request: LoadRequest) => {
  if (request.waves) {
    runWaves(request, request.waves).then(
      (reply) => process.send!(reply, () => process.exit(0)),
      (error: unknown) => process.send!({ error: String(error) }, () => process.exit(1)),
    );
    return;
  }
  const times: number[] = [];
  const instance = autocannon(
    { url: request.url, method: 'POST', headers: request.headers, body: request.body, connections: request.connections, duration: request.durationS },
    (error, result) => {
      if (error) {
        process.send!({ error: String(error) }, () => process.exit(1));
        return;
      }
      const reply: LoadResult = { times, requests: result.requests.total, non2xx: result.non2xx, errors: result.errors, rps: result.requests.average };
      process.send!(reply, () => process.exit(0));
    },
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
});
