/**
 * Named crash points, for the crash test: with WIKI_DAILY_CRASH_AT=<point> (or <point>:<n>, the n-th
 * time the point is reached, 1-based) the process kills itself with SIGKILL right there, as `kill -9`
 * from outside would, but at a place the test can name. Without the variable this is a no-op.
 *
 * The points a daily run passes are listed in CRASH_POINTS, so the test can draw from them.
 */
export const CRASH_POINTS = [
    'after-lock',
    'after-reconcile',
    'after-backup',
    'after-collect',
    'after-journal',
    'apply-write',
    'before-seen',
    'after-apply',
    'commit-before-ref',
    'commit-after-ref',
    'after-commit',
    'before-push',
    'after-push',
    'before-report',
];
const hits = new Map();
export function crashPoint(name) {
    const spec = process.env.WIKI_DAILY_CRASH_AT;
    if (!spec)
        return;
    const [point, nth] = spec.split(':');
    if (point !== name)
        return;
    const n = (hits.get(name) ?? 0) + 1;
    hits.set(name, n);
    if (n === Number(nth ?? '1'))
        process.kill(process.pid, 'SIGKILL');
}
