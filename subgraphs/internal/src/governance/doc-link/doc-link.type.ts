import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ChangeStamp, toChangeStamp } from '../../audit/change-stamp.type.js';
import type { DocLinkEntity } from '../entities/index.js';

@ObjectType('DocLink', { description: 'Un lien vers la documentation (le wiki du collectif), attaché à un cercle, un rôle ou un processus.' })
export class DocLink {
  @Field(() => ID, { description: 'Identifiant du lien.' })
  id: string;

  @Field(() => String, { description: 'Intitulé de la page.' })
  title: string;

  @Field(() => String, { description: 'Adresse de la page.' })
  url: string;

  @Field(() => String, { nullable: true, description: 'Le processus documenté, s’il s’agit d’un processus (« Décision par consentement »…).' })
  process: string | null;

  @Field(() => ChangeStamp, { description: 'Qui l’a ajouté, et quand.' })
  changes: ChangeStamp;

  circleId: string | null;
  roleId: string | null;
}

export function toDocLink(row: DocLinkEntity): DocLink {
  return Object.assign(new DocLink(), {
    id: row.id,
    title: row.title,
    url: row.url,
    process: row.process,
    changes: toChangeStamp(row),
    circleId: row.circleId,
    roleId: row.roleId,
  });
}

@InputType('DocLinkInput', { description: 'Un lien de documentation, attaché à un seul objet : un cercle, un rôle ou un processus.' })
export class DocLinkInput {
  @Field(() => String, { description: 'Intitulé (obligatoire).' })
  title: string;

  @Field(() => String, { description: 'Adresse http(s) de la page.' })
  url: string;

  @Field(() => ID, { nullable: true, description: 'Le cercle documenté.' })
  circleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Le rôle documenté.' })
  roleId?: string | null;

  @Field(() => String, { nullable: true, description: 'Le processus documenté, nommé en clair.' })
  process?: string | null;
}
