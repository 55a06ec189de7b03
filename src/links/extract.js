/**
 * Every link of the wiki's pages with the places it is written: entry blocks, ordinary markdown
 * links, autolinks and bare URLs (the same reader the planner uses to know which links a page already
 * has, scan.ts), line by line so each place has a line number. Code fences are skipped: a URL shown as
 * code is an example, not a link. Pure: texts in, links out.
 */
import { PageError } from '../errors.js';
import { parseEntries } from '../pages/entries.js';
import { FenceTracker, splitLines, toLf } from '../pages/lines.js';
import { findRegions } from '../pages/regions.js';
import { extractUrls } from '../pages/scan.js';
import { headingText } from '../pages/toc.js';
/** `](scheme:…)` with a scheme other than http(s): links, but not ones an HTTP request can check. */
const OTHER_SCHEME = /\]\(\s*<?([a-z][a-z0-9+.-]*:[^\s)>]+)/gi;
/** The URL a link is checked (and reported) as; undefined when it does not parse. */
function linkKey(raw) {
    try {
        const u = new URL(raw);
        u.hash = '';
        return u.href;
    }
    catch {
        return undefined;
    }
}
/** File line → plain title of the entry block covering it. */
function entryTitles(text, file) {
    const titles = new Map();
    for (const region of findRegions(text, file)) {
        if (!region.name.startsWith('entries:'))
            continue;
        const body = toLf(text.slice(region.bodyStart, region.bodyEnd));
        for (const entry of parseEntries(body, file).entries) {
            const title = entry.title === undefined ? '' : headingText(entry.title);
            if (!title)
                continue;
            // Body line 1 is the line after the begin marker.
            for (let l = entry.line; l <= entry.endLine; l++)
                titles.set(region.beginLine + l, title);
        }
    }
    return titles;
}
export function extractLinks(pages) {
    const byUrl = new Map();
    const errors = [];
    const add = (url, http, place) => {
        let link = byUrl.get(url);
        if (!link) {
            link = { url, http, places: [] };
            byUrl.set(url, link);
        }
        // The same URL twice on one line is one place.
        if (!link.places.some((p) => p.file === place.file && p.line === place.line))
            link.places.push(place);
    };
    for (const file of [...pages.keys()].sort()) {
        const text = pages.get(file);
        let titles = new Map();
        try {
            titles = entryTitles(text, file);
        }
        catch (err) {
            if (!(err instanceof PageError))
                throw err;
            errors.push(err);
        }
        const fence = new FenceTracker();
        for (const line of splitLines(text)) {
            if (fence.push(line.text))
                continue;
            if (!line.text.includes(':'))
                continue;
            const title = titles.get(line.number);
            const place = { file, line: line.number, ...(title ? { title } : {}) };
            for (const raw of extractUrls(line.text)) {
                const key = linkKey(raw);
                add(key ?? raw, key !== undefined, place);
            }
            for (const m of line.text.matchAll(OTHER_SCHEME)) {
                if (!/^https?:/i.test(m[1]))
                    add(m[1], false, place);
            }
        }
    }
    const links = [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    return { links, errors };
}
