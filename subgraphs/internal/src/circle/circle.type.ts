import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ChangeStamp, toChangeStamp } from '../audit/change-stamp.type.js';
import type { CircleEntity } from '../entities/index.js';

export enum CircleKind {
  GROUP = 'GROUP',
  POLE = 'POLE',
  PROJECT = 'PROJECT',
  ACTION = 'ACTION',
}

registerEnumType(CircleKind, {
  name: 'CircleKind',
  description: 'Niveau d’un cercle dans l’organisation (un chiffre du code analytique chacun).',
  valuesConfig: {
    GROUP: { description: 'Groupe : cercle de premier niveau (1er chiffre).' },
    POLE: { description: 'Pôle : cercle dans un groupe (2e chiffre).' },
    PROJECT: { description: 'Projet, avec son compte analytique (3e chiffre).' },
    ACTION: { description: 'Action : unité de travail d’un projet (4e chiffre).' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType('Circle', { description: 'Un cercle de La Raffinerie : groupe, pôle, projet ou action.' })
export class Circle {
  @Field(() => ID, { description: 'Identifiant du cercle.' })
  id: string;

  @Field(() => String, { description: 'Nom du cercle.' })
  name: string;

  @Field(() => CircleKind, { description: 'Niveau du cercle.' })
  kind: CircleKind;

  @Field(() => String, { description: 'Code analytique à quatre chiffres (groupe, pôle, projet, action), celui du compte analytique Odoo.' })
  analyticCode: string;

  @Field(() => String, { nullable: true, description: 'Raison d’être du cercle.' })
  purpose: string | null;

  @Field(() => Boolean, { description: 'Vrai quand le cercle est archivé (son historique reste consultable).' })
  archived: boolean;

  @Field(() => String, { nullable: true, description: 'Identifiant du projet Oceco (un « pôle » dans Oceco) où le cercle publie ses actions bénévoles.' })
  ocecoProjectId: string | null;

  @Field(() => Date, { nullable: true, description: 'Date d’archivage, vide pour un cercle actif.' })
  archivedAt: Date | null;

  @Field(() => ChangeStamp, { description: 'Qui a créé et modifié le cercle, et quand.' })
  changes: ChangeStamp;

  parentId: string | null;
}

export function toCircle(entity: CircleEntity): Circle {
  return Object.assign(new Circle(), {
    id: entity.id,
    name: entity.name,
    kind: entity.kind as CircleKind,
    analyticCode: entity.analyticCode,
    purpose: entity.purpose,
    archived: entity.archivedAt !== null,
    ocecoProjectId: entity.ocecoProjectId,
    archivedAt: entity.archivedAt,
    changes: toChangeStamp(entity),
    parentId: entity.parentId,
  });
}
