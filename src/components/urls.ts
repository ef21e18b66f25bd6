export function answerUrl(id: string, capabilityId?: string): string {
  return `/assessment/answer/?id=${encodeURIComponent(id)}${capabilityId ? `&capability=${encodeURIComponent(capabilityId)}` : ''}`;
}

export function resultsUrl(id: string): string {
  return `/assessment/results/?id=${encodeURIComponent(id)}`;
}
