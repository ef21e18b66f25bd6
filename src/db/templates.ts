import type { CustomTemplate } from '../schemas/governance';
import { db } from './db';

export const customTemplateKey = (id: string, version: string): string => `${id}@${version}`;

export async function listCustomTemplates(): Promise<CustomTemplate[]> {
  return db().templates.toArray();
}

/** Adds an imported template; refuses to replace one with the same id and version. */
export async function addCustomTemplate(record: CustomTemplate): Promise<void> {
  await db().templates.add(record);
}

export async function deleteCustomTemplate(key: string): Promise<void> {
  await db().templates.delete(key);
}
