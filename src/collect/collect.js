import { errorMessage } from '../errors.js';
import { extractArticleLinks, extractArticleMeta } from '../feeds/html.js';
import { parseFeedText } from '../feeds/parse.js';
import { sourceUrl } from '../feeds/urls.js';
function baseReport(source, url, res) {
    const report = {
        id: source.id,
        kind: source.kind,
        url: res.url ?? url,
        outcome: res.outcome,
        items: 0,
        durationMs: res.durationMs,
        bytesDownloaded: res.bytesDownloaded,
        attempts: res.attempts,
    };
    if (res.status !== undefined)
        report.httpStatus = res.status;
    if (res.error)
        report.error = res.error;
    return report;
}
async function collectHtml(source, text, pageUrl, fetcher, timezone) {
    const links = extractArticleLinks(text, pageUrl, source.linkPattern, source.maxLinks);
    const warnings = [];
    let bytes = 0;
    const items = await Promise.all(links.map(async (link) => {
        if (!source.follow)
            return { sourceId: source.id, sourceKind: 'html', title: link, link, ...(source.name ? { outlet: source.name } : {}), ...(source.kindHint ? { kindHint: source.kindHint } : {}) };
        const res = await fetcher.fetch(link, { sourceId: source.id });
        bytes += res.bytesDownloaded;
        if (res.outcome === 'failed' || res.text === undefined) {
            warnings.push(`${link}: ${res.error ?? 'no body'}`);
            return undefined;
        }
        const meta = extractArticleMeta(res.text, link, timezone);
        if (!meta.title) {
            warnings.push(`${link}: no title found`);
            return undefined;
        }
        const item = { sourceId: source.id, sourceKind: 'html', title: meta.title, link };
        if (meta.published)
            item.published = meta.published;
        if (source.name)
            item.outlet = source.name;
        if (source.kindHint)
            item.kindHint = source.kindHint;
        return item;
    }));
    return { items: items.filter((i) => i !== undefined), warnings, bytes };
}
async function collectOne(source, config, fetcher, logger) {
    const url = sourceUrl(source, config.http);
    const res = await fetcher.fetch(url, { sourceId: source.id });
    const report = baseReport(source, url, res);
    if (res.outcome === 'failed' || res.text === undefined) {
        report.outcome = 'failed';
        report.error ??= 'no response body';
        logger.warn(`source ${source.id}: ${report.error}`);
        return { report, items: [] };
    }
    try {
        let items;
        let warnings;
        if (source.kind === 'html') {
            const r = await collectHtml(source, res.text, res.finalUrl || url, fetcher, config.timezone);
            items = r.items;
            warnings = r.warnings;
            report.bytesDownloaded += r.bytes;
        }
        else {
            const r = parseFeedText(res.text, { source, url: res.finalUrl || url, timezone: config.timezone });
            items = r.items;
            warnings = r.warnings;
        }
        report.items = items.length;
        if (warnings.length)
            report.warnings = warnings;
        return { report, items };
    }
    catch (err) {
        // A body that is not a usable feed is a failed source, never "ok with 0 items".
        report.outcome = 'failed';
        // Parse errors name the source for logs; the report already says which source it is.
        const prefix = `source '${source.id}': `;
        const message = errorMessage(err);
        report.error = message.startsWith(prefix) ? message.slice(prefix.length) : message;
        logger.warn(`source ${source.id}: ${report.error}`);
        return { report, items: [] };
    }
}
export async function collectSources(config, fetcher, logger, onProgress) {
    const enabled = config.sources.filter((s) => s.enabled);
    const progress = { sourcesDone: 0, sourcesTotal: enabled.length, items: 0, failures: 0 };
    const counted = async (s) => {
        const r = await collectOne(s, config, fetcher, logger);
        progress.sourcesDone++;
        progress.items += r.items.length;
        if (r.report.outcome === 'failed')
            progress.failures++;
        onProgress?.({ ...progress });
        return r;
    };
    const results = await Promise.all(enabled.map(counted));
    return {
        sources: results.map((r) => r.report),
        items: results.flatMap((r) => r.items),
    };
}
