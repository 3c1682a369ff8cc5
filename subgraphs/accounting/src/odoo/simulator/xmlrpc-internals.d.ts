/** The request parser of the npm `xmlrpc` package, used by the simulator to read method calls
 * exactly as the real client writes them (it has no published typings). */
declare module 'xmlrpc/lib/deserializer.js' {
  import type { Readable } from 'node:stream';

  class Deserializer {
    constructor(encoding?: string);
    deserializeMethodCall(stream: Readable, callback: (error: Error | null, method?: string, params?: unknown[]) => void): void;
  }
  export = Deserializer;
}
