import type { Problem } from './problems';

/** Files above this size are refused before their text is read, so a huge file cannot hang the page. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Checked on the file's size alone, before anything is read (and before the reader is loaded). */
export function sizeProblem(bytes: number): Problem | null {
  if (bytes === 0) return { path: '', message: 'the file is empty' };
  if (bytes > MAX_FILE_BYTES) {
    const megabytes = (bytes / 1024 / 1024).toFixed(1);
    return { path: '', message: `the file is ${megabytes} MB; the portal reads files of up to 50 MB` };
  }
  return null;
}
