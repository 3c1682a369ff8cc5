import { In, type DataSource } from 'typeorm';
import { entityLoader } from '@alambic/subgraph-kit';
import { groupedLoader } from '../grouped-loader.js';
import { DecisionEntity, DocLinkEntity, IndicatorEntity, ObjectiveEntity, TensionEntity } from './entities/index.js';

/** Per-request loaders of the governance records hanging from circles, roles and objectives. */
export function createGovernanceLoaders(db: DataSource) {
  const decisions = db.getRepository(DecisionEntity);
  const tensions = db.getRepository(TensionEntity);
  const objectives = db.getRepository(ObjectiveEntity);
  const indicators = db.getRepository(IndicatorEntity);
  const docLinks = db.getRepository(DocLinkEntity);
  return {
    decisionById: entityLoader((ids) => decisions.findBy({ id: In([...ids]) })),
    decisionsByCircleId: groupedLoader(
      (ids) => decisions.find({ where: { circleId: In([...ids]) }, order: { createdAt: 'DESC' } }),
      (d) => d.circleId,
    ),
    tensionsByCircleId: groupedLoader((ids) => tensions.find({ where: { circleId: In([...ids]) }, order: { createdAt: 'DESC' } }), (t) => t.circleId),
    objectivesByCircleId: groupedLoader(
      (ids) => objectives.find({ where: { circleId: In([...ids]) }, order: { semester: 'DESC', title: 'ASC' } }),
      (o) => o.circleId,
    ),
    indicatorsByObjectiveId: groupedLoader(
      (ids) => indicators.find({ where: { objectiveId: In([...ids]) }, order: { position: 'ASC' } }),
      (i) => i.objectiveId,
    ),
    docLinksByCircleId: groupedLoader((ids) => docLinks.find({ where: { circleId: In([...ids]) }, order: { title: 'ASC' } }), (l) => l.circleId ?? ''),
    docLinksByRoleId: groupedLoader((ids) => docLinks.find({ where: { roleId: In([...ids]) }, order: { title: 'ASC' } }), (l) => l.roleId ?? ''),
  };
}
