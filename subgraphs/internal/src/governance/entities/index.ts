import { DecisionEntity } from './decision.entity.js';
import { DocLinkEntity } from './doc-link.entity.js';
import { IndicatorEntity } from './indicator.entity.js';
import { ObjectiveEntity } from './objective.entity.js';
import { TensionEntity } from './tension.entity.js';

export { DecisionEntity, DocLinkEntity, IndicatorEntity, ObjectiveEntity, TensionEntity };
export type * from './decision.entity.js';
export type * from './tension.entity.js';
export type * from './indicator.entity.js';
export const governanceEntities = [DecisionEntity, TensionEntity, ObjectiveEntity, IndicatorEntity, DocLinkEntity];
