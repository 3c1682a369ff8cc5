import DataLoader from 'dataloader';

/** A per-request loader of entities by id: one batched fetch, results in the order of the keys, null when missing. */
export function entityLoader<T extends { id: string }>(fetchMany: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await fetchMany(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
