/**
 * The improvement roadmap. For every capability answered with a level and given a higher target,
 * the gap is target minus current level, and its priority is gap x weight: a two-level gap on a
 * capability weighted 1.5 (priority 3) comes before a one-level gap weighted 2 (priority 2).
 * Ties go to the larger weight, then to questionnaire order. Each entry carries the step that
 * lifts the capability one level from where it is now, and the steps after it up to the target.
 * Capabilities with a target but answered "don't know" are listed apart: find out first.
 */
import type { Capability } from '../schemas/questionnaire';
import type { CapabilityResult } from './scoring';

interface RoadmapStep {
  fromLevel: number;
  toLevel: number;
  action: string;
}

interface RoadmapItem {
  capability: Capability;
  current: number;
  target: number;
  gap: number;
  priority: number;
  steps: RoadmapStep[];
}

export interface Roadmap {
  items: RoadmapItem[];
  unknown: Capability[];
}

export function buildRoadmap(capabilities: readonly Capability[], results: readonly CapabilityResult[]): Roadmap {
  const byId = new Map(results.map((result) => [result.capabilityId, result]));
  const items: RoadmapItem[] = [];
  const unknown: Capability[] = [];
  capabilities.forEach((capability) => {
    const result = byId.get(capability.id);
    if (!result || result.target === null) return;
    if (result.state === 'dont-know' || result.state === 'unanswered') {
      if (result.state === 'dont-know') unknown.push(capability);
      return;
    }
    if (result.state !== 'level' || result.level === null || result.target <= result.level) return;
    const steps: RoadmapStep[] = [];
    for (let level = result.level; level < result.target; level += 1) {
      steps.push({ fromLevel: level, toLevel: level + 1, action: capability.levels[level]?.next ?? '' });
    }
    const gap = result.target - result.level;
    items.push({ capability, current: result.level, target: result.target, gap, priority: gap * capability.weight, steps });
  });
  const order = new Map(capabilities.map((capability, index) => [capability.id, index]));
  items.sort(
    (a, b) =>
      b.priority - a.priority ||
      b.capability.weight - a.capability.weight ||
      (order.get(a.capability.id) ?? 0) - (order.get(b.capability.id) ?? 0),
  );
  return { items, unknown };
}
