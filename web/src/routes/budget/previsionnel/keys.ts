/** Where a key sends the active cell of a grid of `rows` × `columns`; 'leave' lets the browser move focus out. */
export type Position = { r: number; c: number };

export function nextPosition(key: string, shift: boolean, at: Position, rows: number, columns: number): Position | 'leave' | null {
  const clamp = (r: number, c: number): Position => ({ r: Math.max(0, Math.min(rows - 1, r)), c: Math.max(0, Math.min(columns - 1, c)) });
  switch (key) {
    case 'ArrowUp':
      return clamp(at.r - 1, at.c);
    case 'ArrowDown':
      return clamp(at.r + 1, at.c);
    case 'ArrowLeft':
      return clamp(at.r, at.c - 1);
    case 'ArrowRight':
      return clamp(at.r, at.c + 1);
    case 'Home':
      return clamp(at.r, 0);
    case 'End':
      return clamp(at.r, columns - 1);
    case 'Enter':
      return clamp(at.r + (shift ? -1 : 1), at.c);
    case 'Tab': {
      const index = at.r * columns + at.c + (shift ? -1 : 1);
      if (index < 0 || index >= rows * columns) return 'leave';
      return { r: Math.floor(index / columns), c: index % columns };
    }
    default:
      return null;
  }
}

/** A key that starts typing an amount in a cell. */
export const startsAmount = (key: string) => /^[0-9.,]$/.test(key);
