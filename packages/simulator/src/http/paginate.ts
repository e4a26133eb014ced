import { Problem } from './problem.ts';

const DEFAULT_LIMIT = 20;

/** One page of `items` after an opaque cursor; the cursor encodes the offset. */
export function paginate<T>(items: readonly T[], query: { cursor?: string | undefined; limit?: number | undefined } = {}): { data: T[]; nextCursor: string | null } {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor);
  const data = items.slice(offset, offset + limit);
  const next = offset + data.length;
  return { data, nextCursor: next < items.length ? encodeCursor(next) : null };
}

function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`).replace(/=+$/, '');
}

function decodeCursor(cursor: string): number {
  try {
    const match = /^o:(\d+)$/.exec(atob(cursor));
    if (match) return Number(match[1]);
  } catch {
    // fall through to the problem below
  }
  throw new Problem(400, 'invalid_cursor', 'The cursor is not one this API gave out.', {
    errors: [{ pointer: '/cursor', code: 'invalid_cursor', detail: 'Unknown cursor' }],
  });
}
