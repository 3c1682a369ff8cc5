import { Field, ID, InputType } from 'type-graphql';
import type { InternalContext } from '../context.js';
import { MemberEntity } from '../entities/index.js';
import { isActiveTerm } from '../role/vacancy.js';
import { Implication } from './member.type.js';

@InputType('DirectoryFilter', { description: 'Filtres de l’annuaire ; un filtre absent ne filtre pas.' })
export class DirectoryFilter {
  @Field(() => String, { nullable: true, description: 'Mots cherchés dans le nom, les pronoms, les compétences et les badges (pas dans les coordonnées).' })
  search?: string | null;

  @Field(() => Implication, { nullable: true, description: 'Seulement cette implication.' })
  implication?: Implication | null;

  @Field(() => ID, { nullable: true, description: 'Seulement les personnes qui tiennent aujourd’hui un rôle dans ce cercle.' })
  circleId?: string | null;

  @Field(() => String, { nullable: true, description: 'Seulement les personnes qui ont cette compétence (sans tenir compte des majuscules ni des accents).' })
  skill?: string | null;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The directory: members by name, filtered. Contact fields never take part in the search (they may be hidden). */
export async function directory(ctx: InternalContext, filter: DirectoryFilter | null | undefined): Promise<MemberEntity[]> {
  const rows = await ctx.db.getRepository(MemberEntity).find({ order: { lastName: 'ASC', firstName: 'ASC' } });
  rows.forEach((row) => ctx.loaders.memberById.prime(row.id, row));
  if (!filter) return rows;
  const words = fold(filter.search ?? '').split(/\s+/).filter(Boolean);
  const skill = filter.skill ? fold(filter.skill.trim()) : null;
  let holders: Set<string> | null = null;
  if (filter.circleId) {
    const roles = await ctx.loaders.rolesByCircleId.load(filter.circleId);
    const terms = (await ctx.loaders.termsByRoleId.loadMany(roles.map((r) => r.id))).flatMap((t) => (t instanceof Error ? [] : t));
    holders = new Set(terms.filter((t) => isActiveTerm(t, ctx.today)).map((t) => t.memberId));
  }
  return rows.filter((m) => {
    if (filter.implication && m.implication !== filter.implication) return false;
    if (holders && !holders.has(m.id)) return false;
    if (skill && !m.skills.some((s) => fold(s) === skill)) return false;
    const haystack = fold([m.firstName, m.lastName, m.pronouns ?? '', ...m.skills, ...(m.badges ?? [])].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}
