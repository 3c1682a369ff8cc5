/** Parts of the npm `xmlrpc` package used on their own (it publishes no typings for them): the client's request
 * serializer, and the request parser with which the simulator reads method calls exactly as the client writes them. */
declare module 'xmlrpc/lib/serializer.js' {
  export function serializeMethodCall(method: string, params: unknown[], encoding?: string): string;
}

declare module 'xmlrpc/lib/deserializer.js' {
  import type { Readable } from 'node:stream';

  class Deserializer {
    constructor(encoding?: string);
    deserializeMethodCall(stream: Readable, callback: (error: Error | null, method?: string, params?: unknown[]) => void): void;
  }
  export = Deserializer;
}
