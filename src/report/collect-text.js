const NEWEST_SHOWN = 3;
export function collectListing(r, verbose) {
    const lines = [];
    for (const s of r.sources) {
        const items = [...(s.itemList ?? [])].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
        const head = `${s.outcome === 'failed' ? '✗' : '✓'} ${s.id} (${s.kind}): ${s.items} item${s.items === 1 ? '' : 's'} · ${s.outcome}${s.httpStatus ? ` ${s.httpStatus}` : ''}${s.warnings?.length ? ` · ${s.warnings.length} warning(s)` : ''}`;
        lines.push(head);
        if (s.outcome === 'failed' && s.error)
            lines.push(`    ${s.error}`);
        // The warnings themselves, always: a count alone sends the person to --json to learn what went wrong.
        for (const w of s.warnings ?? [])
            lines.push(`    warning: ${w}`);
        const shown = verbose ? items : items.slice(0, NEWEST_SHOWN);
        for (const it of shown)
            lines.push(`    ${it.published ? it.published.slice(0, 10) : '(no date) '}  ${it.title}${verbose ? `\n                ${it.link}` : ''}`);
        if (items.length > shown.length)
            lines.push(`    … ${items.length - shown.length} more (--verbose lists them all)`);
    }
    return lines.join('\n');
}
