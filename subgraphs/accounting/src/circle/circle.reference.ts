import type { Circle } from './circle.type.js';

/** The gateway sends `{ __typename, id, analyticCode }` (the `@requires`); nothing to fetch here. */
export function resolveCircleReference(reference: Pick<Circle, 'id'> & Partial<Pick<Circle, 'analyticCode'>>): Partial<Circle> {
  return reference;
}
