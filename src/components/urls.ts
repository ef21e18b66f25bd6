export function answerUrl(id: string, capabilityId?: string): string {
  return withBase(
    `/assessment/answer/?id=${encodeURIComponent(id)}${capabilityId ? `&capability=${encodeURIComponent(capabilityId)}` : ''}`,
  );
}

export function resultsUrl(id: string): string {
  return withBase(`/assessment/results/?id=${encodeURIComponent(id)}`);
}

/** A governance review (one revision of it); the backlog links here too. */
export function reviewUrl(id: string, itemId?: string): string {
  return withBase(`/governance/review/?id=${encodeURIComponent(id)}${itemId ? `#item-${encodeURIComponent(itemId)}` : ''}`);
}

/** A use case's page in the backlog. */
export function backlogUseCaseUrl(id: string): string {
  return withBase(`/backlog/use-case/?id=${encodeURIComponent(id)}`);
}

/**
 * A path inside the portal, under the base it is deployed at (`base` in astro.config.mjs, e.g.
 * "/portal/"), so every link and fetch works on a sub-path as well as at the root.
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
