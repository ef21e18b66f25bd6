import type { WeightProfile } from '../schemas/backlog';
import { db } from './db';

export async function listWeightProfiles(): Promise<WeightProfile[]> {
  return db().weightProfiles.toArray();
}

export async function putWeightProfile(profile: WeightProfile): Promise<void> {
  await db().weightProfiles.put(profile);
}

export async function deleteWeightProfile(id: string): Promise<void> {
  await db().weightProfiles.delete(id);
}
