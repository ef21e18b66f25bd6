import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PORTAL_NAME } from '../lib/exchange/methods';

/** The portal's name and version as files record them: the version is package.json's, read at build. */
export function portalInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version?: string };
  return { name: PORTAL_NAME, version: pkg.version ?? 'unknown' };
}
