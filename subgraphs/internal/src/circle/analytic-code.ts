/** The collective's digits rule for analytic codes: four digits — group, pôle, project, action —,
 * a child extends its parent's prefix with its own digit at its level, zeros for the levels below.
 * A project may sit directly in a group: its pôle digit is then 0 (group 1000 → project 1010). */
export type Kind = 'GROUP' | 'POLE' | 'PROJECT' | 'ACTION';

export const levelOf: Record<Kind, number> = { GROUP: 0, POLE: 1, PROJECT: 2, ACTION: 3 };

/** The kinds a circle of each kind may be placed in (none: a group is a root). */
export const allowedParents: Record<Kind, Kind[]> = {
  GROUP: [],
  POLE: ['GROUP'],
  PROJECT: ['GROUP', 'POLE'],
  ACTION: ['PROJECT'],
};

export const kindLabel: Record<Kind, string> = { GROUP: 'un groupe', POLE: 'un pôle', PROJECT: 'un projet', ACTION: 'une action' };

/** Why `code` does not fit a circle of `kind` under a parent with `parentCode`, or null when it fits. */
export function codeProblem(code: string, kind: Kind, parentCode: string | null): string | null {
  if (!/^[0-9]{4}$/.test(code)) return `Le code analytique doit compter exactement quatre chiffres (reçu « ${code.slice(0, 20)} »).`;
  const level = levelOf[kind];
  if (code[level] === '0') return `Le code analytique de ${kindLabel[kind]} doit avoir un chiffre de 1 à 9 en position ${level + 1} (reçu ${code}).`;
  if (!/^0*$/.test(code.slice(level + 1))) {
    return `Le code analytique de ${kindLabel[kind]} se termine par des zéros après le chiffre ${level + 1} (reçu ${code}).`;
  }
  if (parentCode !== null && code.slice(0, level) !== parentCode.slice(0, level)) {
    return `Le code analytique ${code} ne prolonge pas celui du cercle parent ${parentCode} : il doit commencer par ${parentCode.slice(0, level)}.`;
  }
  return null;
}

/** The first free code for a new circle of `kind` under `parentCode` (digits 1 to 9), or null when all nine are taken. */
export function nextFreeCode(kind: Kind, parentCode: string | null, taken: ReadonlySet<string>): string | null {
  const level = levelOf[kind];
  const prefix = (parentCode ?? '').slice(0, level).padEnd(level, '0');
  for (let digit = 1; digit <= 9; digit++) {
    const code = `${prefix}${digit}`.padEnd(4, '0');
    if (!taken.has(code)) return code;
  }
  return null;
}

/** A descendant's code once its ancestor at `level` moved from `oldCode` to `newCode`. */
export function recode(descendantCode: string, level: number, newCode: string): string {
  return newCode.slice(0, level + 1) + descendantCode.slice(level + 1);
}
