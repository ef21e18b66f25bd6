/** A schema problem as people read it: where ("answers[3].level") and what is wrong. */
interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

export function describeIssues(issues: readonly IssueLike[], limit = 5): string[] {
  const lines = issues.slice(0, limit).map((issue) => {
    const where = formatPath(issue.path);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  if (issues.length > limit) lines.push(`and ${issues.length - limit} more`);
  return lines;
}
