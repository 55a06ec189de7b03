import { entryId, safeCanonical } from '../../gate/canonical.js';
import { gateItems } from '../../gate/gate.js';
import { parseSeen, SeenIndex } from '../../gate/seen.js';
import { listFiles, readTextFiles } from '../../fsutil.js';
import { seenEntriesAmong } from '../../gate/seenfile.js';
import { existingIdsAmong } from '../../pages/wikiindex.js';
import { candidateId, openWikiView } from '../../pages/wikiview.js';
import { scanExisting } from '../../pages/scan.js';
async function listMarkdown(root, dir) {
    return (await listFiles(root, dir)).filter((f) => f.endsWith('.md'));
}
/** Every page the planner may read or touch, by root-relative path. */
export async function readWiki(root, config) {
    const p = config.pages;
    const paths = new Set([
        ...(await listMarkdown(root, p.pagesDir)),
        ...(await listMarkdown(root, p.newsDir)),
        p.queuePage,
        p.poolPage,
        p.indexPage,
        p.newsIndexPage,
        p.dailyReportPage,
        p.systemStatusPage,
        config.routing.defaultPage,
        ...config.routing.rules.map((r) => r.page),
    ]);
    return readTextFiles(root, paths);
}
/**
 * Every link already in a page, as the entry id its canonical URL would get, plus the ids written in
 * entry blocks. Ids are short and scheme-insensitive, and entry blocks already carry them, so the set
 * stays small (bench: about 50 MB less at 100,000 entries than a set of canonical URLs).
 */
export function existingEntryIds(wiki) {
    const raw = scanExisting(wiki);
    const ids = new Set(raw.ids);
    for (const u of raw.urls) {
        const c = safeCanonical(u);
        if (c)
            ids.add(entryId(c));
    }
    return ids;
}
/** Open the wiki through its index; `dirty`: root-relative paths a person changed (read and hashed, not trusted to git). */
export async function readWikiState(ctx, dirty) {
    const { settings, config } = ctx;
    const view = await openWikiView(settings.root, config, dirty ? { dirty } : {});
    if (view.refresh.rebuilt)
        ctx.logger.debug(`wiki index: ${view.refresh.rebuilt}; every page read once`);
    else if (view.refresh.rescanned.length)
        ctx.logger.debug(`wiki index: ${view.refresh.rescanned.length} changed file(s) read again`);
    const seenText = view.seenText;
    const known = dirty ?? new Set();
    if (seenText === undefined || view.seenTrusted)
        return { view, seenText, seenHasBadLines: false, warnings: [], dirty: known };
    const seen = parseSeen(seenText, config.pages.seenFile, { keepBadLines: true });
    const warnings = seen
        .badLines()
        .map((b) => `${config.pages.seenFile}:${b.line}: ${b.problem} (line kept as it is, not used as an id)`);
    return { view, seenText, seen, seenHasBadLines: warnings.length > 0, warnings, dirty: known };
}
export function gate(collected, state, config) {
    const candidates = new Set();
    for (const item of collected.items) {
        const id = candidateId(item);
        if (id)
            candidates.add(id);
    }
    const ids = existingIdsAmong(state.view.index, candidates);
    let seen = state.seen;
    if (!seen) {
        seen = new SeenIndex();
        if (state.seenText !== undefined)
            for (const e of seenEntriesAmong(state.seenText, candidates))
                seen.add(e.id, e.date, e.url);
    }
    return gateItems({ items: collected.items, config, seen, existing: { urls: new Set(), ids } });
}
