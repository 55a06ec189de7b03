/** Warnings and failing sources annotated one by one; the rest are counted in one last annotation. */
export const ANNOTATION_CAP = 20;
/** One `error` annotation per config problem, at its file and line. */
export function configAnnotations(file, locations, fallback) {
    const list = locations.length ? locations : [{ message: fallback }];
    return list.map((l) => ({
        level: 'error',
        title: 'wiki-daily config',
        message: l.message,
        file,
        ...(l.line ? { line: l.line } : {}),
        ...(l.column ? { column: l.column } : {}),
    }));
}
/** Each failing source, then each warning of the run, as `warning` annotations (capped). */
export function reportAnnotations(r, cap = ANNOTATION_CAP) {
    const all = [
        ...r.sources
            .filter((s) => s.outcome === 'failed')
            .map((s) => ({ level: 'warning', title: `source ${s.id} failed`, message: s.error ?? 'failed' })),
        ...r.warnings.map((w) => ({ level: 'warning', title: 'wiki-daily', message: w })),
    ];
    if (all.length <= cap)
        return all;
    const shown = all.slice(0, cap);
    shown.push({
        level: 'warning',
        title: 'wiki-daily',
        message: `${all.length - cap} more warnings not annotated (${all.length} in all); see the job summary and the log`,
    });
    return shown;
}
