/** Planned edits as one unified diff (dry runs, job summary). */
import { createTwoFilesPatch } from 'diff';
/** Git-style `a/`/`b/` names; a new file is diffed against /dev/null. Empty string when nothing changes. */
export function unifiedDiff(edits) {
    return [...edits]
        .filter((e) => e.before !== e.after)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((e) => createTwoFilesPatch(e.before === undefined ? '/dev/null' : `a/${e.path}`, `b/${e.path}`, e.before ?? '', e.after, undefined, undefined, {
        context: 3,
    })
        // The "=====" separator line is diff's own Index header; git-style consumers do not expect it.
        .replace(/^=+\n/, ''))
        .join('');
}
