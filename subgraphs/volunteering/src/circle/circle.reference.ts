import type { CircleRef } from './circle.type.js';

/** The gateway sends `{__typename, id, ocecoProjectId}`; everything this subgraph adds is resolved from it. */
export function resolveCircleReference(reference: Pick<CircleRef, 'id' | 'ocecoProjectId'>): Pick<CircleRef, 'id' | 'ocecoProjectId'> {
  return reference;
}
