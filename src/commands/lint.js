import { formatProblem, lintWiki } from '../lint/lint.js';
export async function cmdLint(settings, deps) {
    const started = deps.clock.now();
    const { problems, checked } = await lintWiki(settings.root, settings.configFile);
    const durationMs = deps.clock.now() - started;
    const counts = `${checked.pages} pages, ${checked.entries} entries, ${checked.seenLines} seen ids, ${checked.facts} pinned facts`;
    const verdict = problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'}` : 'no problems';
    const lines = problems.map(formatProblem);
    const text = [...lines, `lint: ${verdict} (${counts}; ${durationMs} ms)`].join('\n');
    const summary = [
        `### wiki-daily lint: ${verdict}`,
        '',
        `Checked ${counts}.`,
        ...(problems.length ? ['', '```', ...lines.slice(0, 500), ...(lines.length > 500 ? [`… ${lines.length - 500} more`] : []), '```'] : []),
    ].join('\n');
    return {
        exitCode: problems.length ? 1 : 0,
        json: { ok: problems.length === 0, problems, checked, durationMs },
        text,
        summary,
        outputs: { status: problems.length ? 'failed' : 'success' },
    };
}
