import { parseOcecoId, type OcecoDocument } from '../mapping.js';
import type { DdpDataMessage } from './protocol.js';

/** A local copy of the documents a DDP server publishes, kept current by `added`/`changed`/`removed`. */
export class CollectionMirror {
  private readonly collections = new Map<string, Map<string, OcecoDocument>>();
  private changes = 0;

  /** Increases on every applied message; lets readers memoise what they derive. */
  get version(): number {
    return this.changes;
  }

  apply(message: DdpDataMessage): void {
    const id = parseOcecoId(message.id);
    if (!id) return;
    const collection = this.collection(message.collection);
    this.changes++;
    switch (message.msg) {
      case 'added':
        collection.set(id, { ...(message.fields ?? {}) });
        return;
      case 'changed': {
        // DDP sends whole top-level fields; `cleared` lists the removed ones.
        const next = { ...(collection.get(id) ?? {}), ...(message.fields ?? {}) };
        for (const field of message.cleared ?? []) delete next[field];
        collection.set(id, next);
        return;
      }
      case 'removed':
        collection.delete(id);
        return;
    }
  }

  /** The documents of one collection, by id. */
  documents(name: string): ReadonlyMap<string, OcecoDocument> {
    return this.collections.get(name) ?? new Map();
  }

  get(name: string, id: string): OcecoDocument | undefined {
    return this.collections.get(name)?.get(id);
  }

  private collection(name: string): Map<string, OcecoDocument> {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new Map();
      this.collections.set(name, collection);
    }
    return collection;
  }
}
