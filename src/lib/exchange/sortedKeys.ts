/** The keys an object had and the order they are written in, remembered for the next object. */
interface KeyOrder {
  keys: string[];
  order: string[];
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

// Rows of a table share their shape, and so do the objects at one depth inside them: the sorted
// order of the last object seen at each depth is used again when the next one has the same keys.
function copy(value: object, depth: number, orders: (KeyOrder | undefined)[]): unknown {
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      out[index] = item !== null && typeof item === 'object' ? copy(item, depth + 1, orders) : item;
    }
    return out;
  }
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  const known = orders[depth];
  let order: string[];
  if (known && sameKeys(known.keys, keys)) order = known.order;
  else {
    order = [...keys].sort();
    orders[depth] = { keys, order };
  }
  const out: Record<string, unknown> = {};
  for (let index = 0; index < order.length; index += 1) {
    const key = order[index] as string;
    const member = source[key];
    if (member === undefined) continue;
    const written = member !== null && typeof member === 'object' ? copy(member, depth + 1, orders) : member;
    // Assigning "__proto__" would set the prototype; a file's "__proto__" key stays a plain key.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: written, enumerable: true, writable: true, configurable: true });
    else out[key] = written;
  }
  return out;
}

/**
 * A copy with every object's keys in code-unit order, undefined members dropped, so the same
 * data always gives the same JSON. Written as plain loops, and without sorting the keys of every
 * row again, because a whole workspace passes through it on every export.
 */
export function withSortedKeys(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? copy(value, 0, []) : value;
}
