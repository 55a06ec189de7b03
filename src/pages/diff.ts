/** Planned edits as one unified diff (dry runs, job summary). */
import { createTwoFilesPatch } from 'diff';
import type { PageEdit } from './plan.js';
import { compareStrings } from '../order.js';

/** Git-style `a/`/`b/` names; a new file is diffed against /dev/null. Empty string when nothing changes. */
export function unifiedDiff(edits: readonly PageEdit[]): string {
  return [...edits]
    .filter((e) => e.before !== e.after)
    .sort((a, b) => compareStrings(a.path, b.path))
    .map((e) =>
      createTwoFilesPatch(e.before === undefined ? '/dev/null' : `a/${e.path}`, `b/${e.path}`, e.before ?? '', e.after, undefined, undefined, {
        context: 3,
      })
        // The "=====" separator line is diff's own Index header; git-style consumers do not expect it.
        .replace(/^=+\n/, ''),
    )
    .join('');
}
