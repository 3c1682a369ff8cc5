import { EventOrganiserEntity } from './event-organiser.entity.js';
import { MappingChangeEntity } from './mapping-change.entity.js';
import { ProductEventEntity } from './product-event.entity.js';

export { EventOrganiserEntity, MappingChangeEntity, ProductEventEntity };
export type { MappingAction } from './mapping-change.entity.js';

export const entities = [ProductEventEntity, EventOrganiserEntity, MappingChangeEntity];
