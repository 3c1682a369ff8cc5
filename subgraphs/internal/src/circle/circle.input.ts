import { Field, ID, InputType } from 'type-graphql';
import { CircleKind } from './circle.type.js';

@InputType('CreateCircleInput', { description: 'Un nouveau cercle : groupe, pôle, projet ou action.' })
export class CreateCircleInput {
  @Field(() => CircleKind, { description: 'Niveau du cercle.' })
  kind: CircleKind;

  @Field(() => String, { description: 'Nom du cercle (obligatoire).' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'Cercle parent : un groupe pour un pôle, un groupe ou un pôle pour un projet, un projet pour une action ; vide pour un groupe.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Raison d’être du cercle.' })
  purpose?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code analytique à quatre chiffres qui prolonge celui du parent ; vide pour prendre le premier code libre.',
  })
  analyticCode?: string | null;
}

@InputType('UpdateCircleInput', { description: 'Ce qui change dans un cercle ; un champ absent reste tel quel.' })
export class UpdateCircleInput {
  @Field(() => String, { nullable: true, description: 'Nouveau nom.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Nouvelle raison d’être (une chaîne vide l’efface).' })
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: 'Nouveau code analytique ; ceux des sous-cercles suivent.' })
  analyticCode?: string | null;
}
