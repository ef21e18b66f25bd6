import { db } from './db';

/** Small settings kept between visits, such as the name a reviewer answers under. */
export async function getMeta(key: string): Promise<unknown> {
  return (await db().meta.get(key))?.value;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await db().meta.put({ key, value });
}
