import type { Capability, DimensionId } from '../../../src/schemas/questionnaire';

export interface CapabilityOptions {
  id: string;
  dimension?: DimensionId;
  order?: number;
  weight?: number;
}

const levelNames = ['Ad hoc', 'Repeatable', 'Defined', 'Managed', 'Optimised'] as const;

/** A valid capability with five levels; each level's `next` names the level it leads to. */
export function makeCapability({ id, dimension = 'process', order = 1, weight = 1 }: CapabilityOptions): Capability {
  return {
    id,
    dimension,
    order,
    title: `Capability ${id}`,
    question: `How well does the organisation handle ${id}?`,
    why: `Because ${id} decides whether models stay useful once they reach production.`,
    weight,
    lifecycle: ['deployment'],
    roles: ['ml-engineer'],
    levels: levelNames.map((name, level) => {
      const observe = `You would see ${id} practised at level ${level} across the teams.`;
      return level < 4 ? { level, name, observe, next: `${id}: step from ${level} to ${level + 1}` } : { level, name, observe };
    }),
  };
}
