import type { ChartCircle, ChartRole } from './queries';

/** One circle placed on the chart: a row per circle, indented by depth, its roles as dots under its name. */
export interface PlacedCircle {
  circle: ChartCircle;
  depth: number;
  x: number;
  y: number;
  /** Where the vertical connector from the parent starts. */
  parentX: number | null;
  parentY: number | null;
  dots: Array<{ role: ChartRole; cx: number; cy: number; state: RoleState }>;
  height: number;
}

export type RoleState = 'filled' | 'vacant' | 'optional';

export const INDENT = 18;
export const DOT = 12;
const NAME_ROW = 24;
const DOT_ROW = 16;
const GAP = 8;

export function roleState(role: ChartRole): RoleState {
  if (role.vacant) return 'vacant';
  return role.fillers.length > 0 ? 'filled' : 'optional';
}

const stateOrder: Record<RoleState, number> = { vacant: 0, filled: 1, optional: 2 };

/** Lays the circles out as indented trees that fit `width`: one column on a phone, groups spread over
 * up to three columns (each group in the shortest one) on a wider screen. The dots wrap when needed. */
export function layoutChart(circles: readonly ChartCircle[], width: number): { placed: PlacedCircle[]; height: number } {
  const children = new Map<string | null, ChartCircle[]>();
  const ids = new Set(circles.map((c) => c.id));
  for (const circle of circles) {
    const key = circle.parent && ids.has(circle.parent.id) ? circle.parent.id : null;
    children.set(key, [...(children.get(key) ?? []), circle]);
  }
  for (const list of children.values()) list.sort((a, b) => a.analyticCode.localeCompare(b.analyticCode));

  const columns = Math.max(1, Math.min(3, Math.floor(width / 330)));
  const columnWidth = width / columns;
  const bottoms = Array.from({ length: columns }, () => 14);
  const placed: PlacedCircle[] = [];
  const visit = (circle: ChartCircle, depth: number, parent: PlacedCircle | null, left: number, column: number) => {
    const y = bottoms[column];
    const x = left + 12 + depth * INDENT;
    const perLine = Math.max(4, Math.floor((left + columnWidth - x - 16) / (DOT + 2)));
    const roles = [...circle.roles].sort((a, b) => stateOrder[roleState(a)] - stateOrder[roleState(b)] || a.name.localeCompare(b.name, 'fr'));
    const dots = roles.map((role, i) => ({
      role,
      cx: x + 14 + (i % perLine) * (DOT + 2),
      cy: y + NAME_ROW + Math.floor(i / perLine) * DOT_ROW - 2,
      state: roleState(role),
    }));
    const lines = Math.ceil(roles.length / perLine);
    const height = NAME_ROW + lines * DOT_ROW + GAP;
    const node: PlacedCircle = { circle, depth, x, y, parentX: parent ? parent.x : null, parentY: parent ? parent.y : null, dots, height };
    placed.push(node);
    bottoms[column] = y + height;
    for (const child of children.get(circle.id) ?? []) visit(child, depth + 1, node, left, column);
  };
  for (const root of children.get(null) ?? []) {
    const column = bottoms.indexOf(Math.min(...bottoms));
    visit(root, 0, null, column * columnWidth, column);
    bottoms[column] += 6;
  }
  return { placed, height: Math.max(...bottoms) + 4 };
}
