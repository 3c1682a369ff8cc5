import type { Circle } from './circle.type.js';

/** The gateway sends `{ __typename, id }`: the events of a circle are found from its id alone. */
export function resolveCircleReference(reference: Pick<Circle, 'id'>): Circle {
  return { id: reference.id };
}
