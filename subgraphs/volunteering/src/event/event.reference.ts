import type { EventRef } from './event.type.js';

/** The gateway sends `{__typename, id, name, start}`; everything this subgraph adds is resolved from it. */
export function resolveEventReference(reference: Pick<EventRef, 'id' | 'name' | 'start'>): Pick<EventRef, 'id' | 'name' | 'start'> {
  return reference;
}
