import type { InternalContext } from '../context.js';
import { toCircle, type Circle } from './circle.type.js';

export async function resolveCircleReference(reference: Pick<Circle, 'id'>, ctx: InternalContext): Promise<Circle | null> {
  const row = await ctx.loaders.circleById.load(reference.id);
  return row ? toCircle(row) : null;
}
