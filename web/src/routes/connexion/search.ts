import { implicationLabels, type DemoLogin } from '$lib/api/auth';

/** Lower case without accents, so « theo » finds « Théo ». */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

/** The demo members whose name, email or implication contains every word of the search. */
export function filterMembers(members: readonly DemoLogin[], search: string): DemoLogin[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...members];
  return members.filter((member) => {
    const haystack = fold(`${member.displayName} ${member.email} ${implicationLabels[member.implication] ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
}
