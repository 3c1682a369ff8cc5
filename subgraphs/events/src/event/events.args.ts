import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class EventsArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Seulement les évènements pas encore terminés.' })
  upcoming: boolean;

  @Field(() => Date, { nullable: true, description: 'Seulement les évènements qui se terminent à partir de cet instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Seulement les évènements qui commencent au plus tard à cet instant.' })
  to?: Date | null;
}
