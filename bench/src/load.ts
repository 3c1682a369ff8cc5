import autocannon from 'autocannon';

/** Runs in a child process so that the load tool's memory and CPU are not counted as the hub's. */
export interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  durationS: number;
}

export interface LoadResult {
  times: number[];
  requests: number;
  non2xx: number;
  errors: number;
  rps: number;
}

process.once('message', (request: LoadRequest) => {
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
