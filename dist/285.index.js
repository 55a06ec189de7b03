export const id = 285;
export const ids = [285,710];
export const modules = {

/***/ 92446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdLinks: () => (/* binding */ cmdLinks)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fsutil.ts
var fsutil = __webpack_require__(62072);
// EXTERNAL MODULE: ./src/git/publish.ts
var publish = __webpack_require__(21191);
// EXTERNAL MODULE: ./src/git/repo.ts
var git_repo = __webpack_require__(14134);
// EXTERNAL MODULE: ./src/http/cache.ts + 1 modules
var cache = __webpack_require__(41007);
// EXTERNAL MODULE: ./src/http/fetcher.ts + 1 modules
var http_fetcher = __webpack_require__(31619);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/order.ts
var order = __webpack_require__(5395);
;// CONCATENATED MODULE: ./src/links/check.ts
/**
 * Checking links through the one fetcher (per-host limit, global cap, timeouts, retries, Retry-After,
 * redirects): HEAD first, GET reading only the first bytes when HEAD is refused. Results are kept in
 * the state folder for `links.keepDays`, so a check within that window sends no request.
 */




const LINK_OUTCOMES = (/* unused pure expression or super */ null && (['ok', 'redirected', 'broken', 'unreachable', 'skipped']));
/** HEAD answers that mean "ask with GET" rather than "this link is broken". */
const HEAD_REFUSED = new Set([405, 403, 501]);
const keptResult = schemas/* strictObject */.rej({
    outcome: schemas/* enum */.k5n(['ok', 'redirected', 'broken', 'unreachable']),
    status: schemas/* number */.aig().int().min(100).max(999).optional(),
    finalUrl: schemas/* string */.YjP().optional(),
    reason: schemas/* string */.YjP().optional(),
    checkedAt: schemas/* number */.aig().int().nonnegative(),
});
const stateFile = schemas/* strictObject */.rej({ version: schemas/* literal */.euz(1), results: schemas/* record */.g1P(schemas/* string */.YjP(), keptResult) });
/**
 * The kept results. A missing file is empty; an unreadable or invalid one is reported and treated as
 * empty (the next check rewrites it): losing it costs requests, never a wrong answer.
 */
async function readKeptResults(file, logger) {
    let text;
    try {
        text = await (0,fsutil/* readIfExists */.OR)(file);
    }
    catch (err) {
        logger.warn(`${file}: kept link results not readable (${(0,src_errors/* errorMessage */.gJ)(err)}); every link is checked again`);
        return new Map();
    }
    if (text === undefined)
        return new Map();
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        logger.warn(`${file}: kept link results are not JSON (${(0,src_errors/* errorMessage */.gJ)(err)}); every link is checked again`);
        return new Map();
    }
    const parsed = stateFile.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        logger.warn(`${file}: kept link results are invalid (${issue ? `${issue.path.join('.') || '(top level)'}: ${issue.message}` : 'unknown'}); every link is checked again`);
        return new Map();
    }
    return new Map(Object.entries(parsed.data.results));
}
/** Keep results younger than `keepDays`, sorted by URL so the file is stable. */
async function writeKeptResults(file, results, now, keepDays) {
    const maxAge = keepDays * 86_400_000;
    const entries = [...results].filter(([, r]) => now - r.checkedAt < maxAge && r.checkedAt <= now).sort(([a], [b]) => (0,order/* compareStrings */.K)(a, b));
    await (0,fsutil.writeFileAtomic)(file, `${JSON.stringify({ version: 1, results: Object.fromEntries(entries) })}\n`);
}
function hostMatches(pattern, u) {
    const p = pattern.toLowerCase();
    const host = p.includes(':') ? u.host : u.hostname;
    return host === p || host.endsWith(`.${p}`);
}
/** The exclusion that applies to a URL, if any. */
function exclusionFor(url, settings) {
    const u = new URL(url);
    for (const rule of settings.exclude) {
        if (rule.length > 2 && rule.startsWith('/') && rule.endsWith('/')) {
            if (new RegExp(rule.slice(1, -1)).test(url))
                return rule;
        }
        else if (hostMatches(rule, u))
            return rule;
    }
    return undefined;
}
/** The per-host override with the longest matching key. */
function overrideFor(url, settings) {
    const u = new URL(url);
    const key = Object.keys(settings.hosts)
        .filter((k) => hostMatches(k, u))
        .sort((a, b) => b.length - a.length)[0];
    return key === undefined ? undefined : settings.hosts[key];
}
/** A fetch result as a link outcome. */
function classify(url, r) {
    if (r.outcome !== 'failed') {
        return r.finalUrl !== url
            ? { url, outcome: 'redirected', ...(r.status ? { status: r.status } : {}), finalUrl: r.finalUrl }
            : { url, outcome: 'ok', ...(r.status ? { status: r.status } : {}) };
    }
    const reason = r.error ?? 'failed';
    // An HTTP answer that is not a success (4xx, 5xx after retries, a redirect loop): the server is
    // there and says no. No answer at all (DNS, refused, reset, timeout): unreachable.
    if (r.status !== undefined)
        return { url, outcome: 'broken', status: r.status, reason };
    return { url, outcome: 'unreachable', reason };
}
async function checkOne(url, opts) {
    const override = overrideFor(url, opts.settings);
    const userAgent = override?.userAgent;
    const get = () => opts.fetcher.fetch(url, { probe: { method: 'GET', readBytes: opts.settings.readBytes, ...(userAgent ? { userAgent } : {}) } });
    let r;
    if (override?.method === 'get')
        r = await get();
    else {
        r = await opts.fetcher.fetch(url, { probe: { method: 'HEAD', ...(userAgent ? { userAgent } : {}) } });
        if (r.outcome === 'failed' && r.status !== undefined && HEAD_REFUSED.has(r.status))
            r = await get();
    }
    return { ...classify(url, r), checkedAt: opts.now() };
}
/**
 * One result per link, in the links' order. Each URL is requested at most once (HEAD, maybe GET);
 * all are started together and the fetcher's limits pace them.
 */
async function checkLinks(links, opts) {
    const maxAge = opts.settings.keepDays * 86_400_000;
    const now = opts.now();
    return Promise.all(links.map(async (link) => {
        if (!link.http)
            return { url: link.url, outcome: 'skipped', reason: 'not an http(s) link' };
        const excluded = exclusionFor(link.url, opts.settings);
        if (excluded)
            return { url: link.url, outcome: 'skipped', reason: `excluded by links.exclude "${excluded}"` };
        const kept = opts.refresh ? undefined : opts.kept.get(link.url);
        if (kept && now - kept.checkedAt < maxAge && kept.checkedAt <= now)
            return { url: link.url, ...kept, fromState: true };
        return checkOne(link.url, opts);
    }));
}
/** The kept results after a check: the old ones, with this check's fresh answers replacing theirs. */
function mergeKept(kept, results) {
    const out = new Map(kept);
    for (const r of results) {
        if (r.outcome === 'skipped' || r.fromState || r.checkedAt === undefined)
            continue;
        out.set(r.url, {
            outcome: r.outcome,
            ...(r.status !== undefined ? { status: r.status } : {}),
            ...(r.finalUrl !== undefined ? { finalUrl: r.finalUrl } : {}),
            ...(r.reason !== undefined ? { reason: r.reason } : {}),
            checkedAt: r.checkedAt,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/pages/entries.ts
var entries = __webpack_require__(18472);
// EXTERNAL MODULE: ./src/pages/lines.ts
var lines = __webpack_require__(47751);
// EXTERNAL MODULE: ./src/pages/regions.ts
var regions = __webpack_require__(78345);
// EXTERNAL MODULE: ./src/pages/scan.ts
var scan = __webpack_require__(79451);
// EXTERNAL MODULE: ./src/pages/toc.ts
var toc = __webpack_require__(14494);
;// CONCATENATED MODULE: ./src/links/extract.ts
/**
 * Every link of the wiki's pages with the places it is written: entry blocks, ordinary markdown
 * links, autolinks and bare URLs (the same reader the planner uses to know which links a page already
 * has, scan.ts), line by line so each place has a line number. Code fences are skipped: a URL shown as
 * code is an example, not a link. Pure: texts in, links out.
 */






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
    for (const region of (0,regions/* findRegions */.zo)(text, file)) {
        if (!region.name.startsWith('entries:'))
            continue;
        const body = (0,lines/* toLf */.yj)(text.slice(region.bodyStart, region.bodyEnd));
        for (const entry of (0,entries/* parseEntries */.Km)(body, file).entries) {
            const title = entry.title === undefined ? '' : (0,toc/* headingText */.ky)(entry.title);
            if (!title)
                continue;
            // Body line 1 is the line after the begin marker.
            for (let l = entry.line; l <= entry.endLine; l++)
                titles.set(region.beginLine + l, title);
        }
    }
    return titles;
}
function extractLinks(pages) {
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
            if (!(err instanceof src_errors/* PageError */.AX))
                throw err;
            errors.push(err);
        }
        const fence = new lines/* FenceTracker */.GB();
        for (const line of (0,lines/* splitLines */.uz)(text)) {
            if (fence.push(line.text))
                continue;
            if (!line.text.includes(':'))
                continue;
            const title = titles.get(line.number);
            const place = { file, line: line.number, ...(title ? { title } : {}) };
            for (const raw of (0,scan/* extractUrls */.q6)(line.text)) {
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

// EXTERNAL MODULE: ./src/pages/byyear.ts
var byyear = __webpack_require__(94730);
// EXTERNAL MODULE: ./src/pages/indexes.ts + 1 modules
var indexes = __webpack_require__(89561);
// EXTERNAL MODULE: ./src/pages/sanitize.ts
var sanitize = __webpack_require__(24421);
;// CONCATENATED MODULE: ./src/links/report.ts
/**
 * What a link check shows: the --json value, the terminal text, the job summary, the warning
 * annotations and the report page (pages/link_health.md). Pure. The page holds no date or time, so
 * an identical check leaves it byte for byte as it was (nothing to commit).
 */




const LINK_HEALTH_REGION = 'link-health';
function linkReportJson(c) {
    const count = (o) => c.results.filter((r) => r.outcome === o).length;
    const skipped = count('skipped');
    return {
        checked: c.results.length - skipped,
        ok: count('ok'),
        redirected: count('redirected'),
        broken: count('broken'),
        unreachable: count('unreachable'),
        skipped,
        requests: c.requests,
        fromState: c.results.filter((r) => r.fromState).length,
        links: c.results.map((r, i) => ({
            url: r.url,
            outcome: r.outcome,
            status: r.status ?? null,
            ...(r.finalUrl !== undefined ? { finalUrl: r.finalUrl } : {}),
            ...(r.reason !== undefined ? { reason: r.reason } : {}),
            places: c.links[i].places.map((p) => ({ file: p.file, line: p.line })),
        })),
    };
}
const LABEL = {
    ok: '정상 ok',
    redirected: '리디렉션 redirected',
    broken: '깨짐 broken',
    unreachable: '연결 불가 unreachable',
    skipped: '제외 skipped',
};
function countsTable(j) {
    return [
        '| 결과 | 링크 수 |',
        '|---|---:|',
        `| 확인 checked | ${j.checked} |`,
        ...['ok', 'redirected', 'broken', 'unreachable', 'skipped'].map((o) => `| ${LABEL[o]} | ${j[o]} |`),
    ];
}
/** `<url>` when the URL can be written safely, else the URL as escaped text. */
function urlText(url) {
    const safe = (0,sanitize/* safeLink */.o3)(url);
    return safe ? `<${safe}>` : (0,sanitize/* inlineText */.ln)(url, 200);
}
function problemText(r) {
    if (r.outcome === 'broken')
        return `깨짐 (HTTP ${r.status ?? '?'})`;
    return `연결 불가 (${(0,sanitize/* inlineText */.ln)(r.reason ?? 'no answer', 120)})`;
}
/** The body of the report region (LF). `pages` gives page titles for the group headings. */
function renderLinkHealthBody(c, reportPage, pages) {
    const j = linkReportJson(c);
    const out = [...countsTable(j), ''];
    const bad = new Map();
    const redirected = [];
    c.results.forEach((r, i) => {
        const places = c.links[i].places;
        if (r.outcome === 'redirected')
            redirected.push({ result: r, places });
        if (r.outcome !== 'broken' && r.outcome !== 'unreachable')
            return;
        for (const place of places) {
            const list = bad.get(place.file) ?? [];
            list.push({ place, result: r });
            bad.set(place.file, list);
        }
    });
    out.push('## 깨진 링크와 연결 불가', '');
    if (bad.size === 0)
        out.push('없음.', '');
    for (const file of [...bad.keys()].sort()) {
        const title = (0,sanitize/* inlineText */.ln)((0,indexes/* pageTitle */.W)(pages.get(file) ?? '') ?? external_node_path_default().posix.basename(file, '.md'), 100);
        out.push(`### [${title}](${(0,indexes/* relativeLink */.Nk)(reportPage, file)})`, '');
        const rows = bad.get(file).sort((a, b) => a.place.line - b.place.line || (a.result.url < b.result.url ? -1 : 1));
        for (const { place, result } of rows) {
            const entry = place.title ? ` ${(0,sanitize/* inlineText */.ln)(place.title, 120)} —` : '';
            out.push(`- ${place.line}행:${entry} ${urlText(result.url)} — ${problemText(result)}`);
        }
        out.push('');
    }
    out.push('## 리디렉션', '');
    if (redirected.length === 0)
        out.push('없음.', '');
    else {
        for (const { result, places } of redirected) {
            const where = places.map((p) => `${(0,sanitize/* inlineText */.ln)(p.file, 200)}:${p.line}`).join(', ');
            out.push(`- ${urlText(result.url)} → ${urlText(result.finalUrl ?? '')} (${where})`);
        }
        out.push('');
    }
    while (out[out.length - 1] === '')
        out.pop();
    return `${out.join('\n')}\n`;
}
const SKELETON = (name) => `# 링크 상태\n\n위키 문서의 링크를 \`wiki-daily links\`가 확인한 결과입니다. 자동으로 다시 쓰는 부분은 아래 영역뿐입니다.\n\n<!-- wiki-daily:begin ${name} -->\n<!-- wiki-daily:end ${name} -->\n`;
/** The report page: the existing page with its region replaced (text outside it kept), or a new page. */
function renderLinkHealthPage(existing, body, file) {
    const text = (0,regions/* ensureRegion */.v8)(existing ?? SKELETON(LINK_HEALTH_REGION), LINK_HEALTH_REGION, undefined, file);
    return (0,regions/* replaceRegion */.t1)(text, LINK_HEALTH_REGION, body, file);
}
function renderLinkText(j, c) {
    const lines = [
        `links: ${j.checked} checked — ${j.ok} ok, ${j.redirected} redirected, ${j.broken} broken, ${j.unreachable} unreachable; ${j.skipped} skipped ` +
            `(${j.requests} requests, ${j.fromState} answers kept from an earlier check)`,
    ];
    c.results.forEach((r, i) => {
        if (r.outcome !== 'broken' && r.outcome !== 'unreachable')
            return;
        for (const p of c.links[i].places)
            lines.push(`  ${p.file}:${p.line}: ${r.outcome} ${r.url}${r.status ? ` (HTTP ${r.status})` : r.reason ? ` (${r.reason})` : ''}`);
    });
    return lines.join('\n');
}
/** A markdown table cell: one line, pipes escaped. */
function cell(s) {
    return (0,sanitize/* inlineText */.ln)(s, 300);
}
function renderLinkSummary(j, c, maxRows = 100) {
    const out = ['## wiki-daily links', '', ...countsTable(j), ''];
    const rows = [];
    c.results.forEach((r, i) => {
        if (r.outcome !== 'broken' && r.outcome !== 'unreachable')
            return;
        for (const p of c.links[i].places) {
            rows.push(`| ${cell(`${p.file}:${p.line}`)} | ${r.outcome} | ${r.status ?? ''} | ${cell(r.url)} | ${cell(p.title ?? '')} |`);
        }
    });
    if (rows.length) {
        out.push('| place | outcome | status | link | entry |', '|---|---|---:|---|---|', ...rows.slice(0, maxRows));
        if (rows.length > maxRows)
            out.push('', `… and ${rows.length - maxRows} more (see the report page)`);
        out.push('');
    }
    return out.join('\n');
}
/** One warning per place of a broken link, at most `max`. */
function linkAnnotations(c, max) {
    const out = [];
    c.results.forEach((r, i) => {
        if (r.outcome !== 'broken')
            return;
        for (const p of c.links[i].places) {
            out.push({ file: p.file, line: p.line, title: 'broken link', message: `broken link (HTTP ${r.status ?? '?'}): ${r.url}` });
        }
    });
    return out.slice(0, max);
}

// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(29834);
;// CONCATENATED MODULE: ./src/commands/links.ts
/**
 * `wiki-daily links [--refresh] [--json]`: check every link of the wiki's pages, write the report page
 * (pages/link_health.md) when its content changed, and on Actions commit and push it through the same
 * safe commit and push as the daily run. Exit 1 only when more links are broken than links.failAbove.
 */















/** Kept link results in the state folder. */
function linkStateFile(stateDir) {
    return external_node_path_default().join((0,state/* statePaths */.V)(stateDir).root, 'links.json');
}
/**
 * The pages whose links are checked: every .md under pagesDir except the report page itself and the
 * knowledge pages, which only repeat links written elsewhere.
 */
async function readLinkPages(root, config) {
    const own = new Set([config.links.page, config.pages.byYearPage, config.pages.timelinePage].map(fsutil/* posixPath */.HQ));
    const files = (await (0,fsutil/* listFiles */.CS)(root, (0,fsutil/* posixPath */.HQ)(config.pages.pagesDir))).filter((f) => f.endsWith('.md') && !own.has(f) && !(0,byyear/* isYearPage */.BN)(config, f));
    const pages = new Map();
    for (const f of files)
        pages.set(f, await (0,promises_.readFile)(external_node_path_default().join(root, f), 'utf8'));
    return pages;
}
async function cmdLinks(settings, deps) {
    const config = await (0,load/* loadConfig */.Z9)(settings.configFile);
    const { logger, clock } = deps;
    const pages = await readLinkPages(settings.root, config);
    const found = extractLinks(pages);
    for (const e of found.errors)
        logger.warn(`${e.message} (links on this page are checked without entry titles)`);
    const stateFile = linkStateFile(settings.stateDir);
    const kept = await readKeptResults(stateFile, logger);
    const fetcher = new http_fetcher.Fetcher({ ...config.http, timeoutMs: config.links.timeoutMs }, new cache.NoHttpCache(), { logger, clock });
    let results;
    try {
        results = await checkLinks(found.links, { fetcher, settings: config.links, kept, now: () => clock.now(), refresh: settings.refresh });
    }
    finally {
        await fetcher.close();
    }
    const check = { links: found.links, results, requests: fetcher.stats().requests };
    if (!settings.dryRun)
        await writeKeptResults(stateFile, mergeKept(kept, results), clock.now(), config.links.keepDays);
    const pageRel = (0,fsutil/* posixPath */.HQ)(config.links.page);
    const pageFile = external_node_path_default().join(settings.root, pageRel);
    const before = await (0,fsutil/* readIfExists */.OR)(pageFile);
    const after = renderLinkHealthPage(before, renderLinkHealthBody(check, pageRel, pages), pageRel);
    const changed = after !== before;
    if (changed && !settings.dryRun)
        await (0,fsutil.writeFileAtomic)(pageFile, after);
    let commitSha = '';
    if (changed && !settings.dryRun && settings.onActions) {
        // On Actions the page reaches the wiki as a commit of exactly this file, pushed like the daily run's.
        const repo = (0,git_repo/* openRepo */.B)(settings.root, logger);
        const message = config.links.commitMessage.replace(/\{date\}/g, (0,time/* localDate */.gD)(clock.now(), config.timezone));
        const published = await (0,publish/* commitAndPush */.tk)(repo, [pageRel], message, config, {
            push: settings.push,
            ...(settings.token ? { token: settings.token } : {}),
            clock,
        });
        commitSha = published.sha ?? '';
        if (published.push && !published.push.pushed)
            throw new src_errors/* GitError */.XS(`${pageRel} committed (${commitSha.slice(0, 8)}) but not pushed: ${published.push.error ?? 'unknown error'}`);
    }
    const json = linkReportJson(check);
    const failAbove = config.links.failAbove;
    const failed = failAbove !== undefined && json.broken > failAbove;
    const verdict = failed ? `${json.broken} broken links, more than links.failAbove (${failAbove})\n` : '';
    return {
        exitCode: failed ? 1 : 0,
        json,
        // The first line is what the Action reports as the failure.
        text: `${verdict}${renderLinkText(json, check)}\n${changed ? (settings.dryRun ? `would write ${pageRel}` : `wrote ${pageRel}`) : `${pageRel} unchanged`}`,
        summary: renderLinkSummary(json, check),
        outputs: {
            status: failed ? 'failed' : 'success',
            checked: String(json.checked),
            broken: String(json.broken),
            'changed-files': changed && !settings.dryRun ? pageRel : '',
            'commit-sha': commitSha,
        },
        annotations: linkAnnotations(check, config.links.maxAnnotations),
    };
}


/***/ }),

/***/ 21191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ botIdentity),
/* harmony export */   tk: () => (/* binding */ commitAndPush),
/* harmony export */   y: () => (/* binding */ pushOptionsFor)
/* harmony export */ });
function botIdentity(config) {
    return { name: config.git.authorName, email: config.git.authorEmail };
}
function pushOptionsFor(config, token, clock) {
    return {
        remote: config.git.remote,
        ...(config.git.branch ? { branch: config.git.branch } : {}),
        attempts: config.git.pushAttempts,
        ...(token ? { token } : {}),
        clock,
    };
}
/** Commit exactly `files` as the bot and, when `push` is set, push the commit. Never pushes a no-op. */
async function commitAndPush(repo, files, message, config, opts) {
    const commit = await repo.commitFiles([...files], message, botIdentity(config));
    const out = { committed: commit.committed, ...(commit.sha ? { sha: commit.sha } : {}) };
    if (!commit.committed || !opts.push)
        return out;
    out.push = await repo.push(pushOptionsFor(config, opts.token, opts.clock));
    if (out.push.sha)
        out.sha = out.push.sha;
    return out;
}


/***/ }),

/***/ 42710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ BananaSlug)
});

// UNUSED EXPORTS: slug

;// CONCATENATED MODULE: ./node_modules/github-slugger/regex.js
// This module is generated by `script/`.
/* eslint-disable no-control-regex, no-misleading-character-class, no-useless-escape */
const regex = /[\0-\x1F!-,\.\/:-@\[-\^`\{-\xA9\xAB-\xB4\xB6-\xB9\xBB-\xBF\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0378\u0379\u037E\u0380-\u0385\u0387\u038B\u038D\u03A2\u03F6\u0482\u0530\u0557\u0558\u055A-\u055F\u0589-\u0590\u05BE\u05C0\u05C3\u05C6\u05C8-\u05CF\u05EB-\u05EE\u05F3-\u060F\u061B-\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u06FD\u06FE\u0700-\u070F\u074B\u074C\u07B2-\u07BF\u07F6-\u07F9\u07FB\u07FC\u07FE\u07FF\u082E-\u083F\u085C-\u085F\u086B-\u089F\u08B5\u08C8-\u08D2\u08E2\u0964\u0965\u0970\u0984\u098D\u098E\u0991\u0992\u09A9\u09B1\u09B3-\u09B5\u09BA\u09BB\u09C5\u09C6\u09C9\u09CA\u09CF-\u09D6\u09D8-\u09DB\u09DE\u09E4\u09E5\u09F2-\u09FB\u09FD\u09FF\u0A00\u0A04\u0A0B-\u0A0E\u0A11\u0A12\u0A29\u0A31\u0A34\u0A37\u0A3A\u0A3B\u0A3D\u0A43-\u0A46\u0A49\u0A4A\u0A4E-\u0A50\u0A52-\u0A58\u0A5D\u0A5F-\u0A65\u0A76-\u0A80\u0A84\u0A8E\u0A92\u0AA9\u0AB1\u0AB4\u0ABA\u0ABB\u0AC6\u0ACA\u0ACE\u0ACF\u0AD1-\u0ADF\u0AE4\u0AE5\u0AF0-\u0AF8\u0B00\u0B04\u0B0D\u0B0E\u0B11\u0B12\u0B29\u0B31\u0B34\u0B3A\u0B3B\u0B45\u0B46\u0B49\u0B4A\u0B4E-\u0B54\u0B58-\u0B5B\u0B5E\u0B64\u0B65\u0B70\u0B72-\u0B81\u0B84\u0B8B-\u0B8D\u0B91\u0B96-\u0B98\u0B9B\u0B9D\u0BA0-\u0BA2\u0BA5-\u0BA7\u0BAB-\u0BAD\u0BBA-\u0BBD\u0BC3-\u0BC5\u0BC9\u0BCE\u0BCF\u0BD1-\u0BD6\u0BD8-\u0BE5\u0BF0-\u0BFF\u0C0D\u0C11\u0C29\u0C3A-\u0C3C\u0C45\u0C49\u0C4E-\u0C54\u0C57\u0C5B-\u0C5F\u0C64\u0C65\u0C70-\u0C7F\u0C84\u0C8D\u0C91\u0CA9\u0CB4\u0CBA\u0CBB\u0CC5\u0CC9\u0CCE-\u0CD4\u0CD7-\u0CDD\u0CDF\u0CE4\u0CE5\u0CF0\u0CF3-\u0CFF\u0D0D\u0D11\u0D45\u0D49\u0D4F-\u0D53\u0D58-\u0D5E\u0D64\u0D65\u0D70-\u0D79\u0D80\u0D84\u0D97-\u0D99\u0DB2\u0DBC\u0DBE\u0DBF\u0DC7-\u0DC9\u0DCB-\u0DCE\u0DD5\u0DD7\u0DE0-\u0DE5\u0DF0\u0DF1\u0DF4-\u0E00\u0E3B-\u0E3F\u0E4F\u0E5A-\u0E80\u0E83\u0E85\u0E8B\u0EA4\u0EA6\u0EBE\u0EBF\u0EC5\u0EC7\u0ECE\u0ECF\u0EDA\u0EDB\u0EE0-\u0EFF\u0F01-\u0F17\u0F1A-\u0F1F\u0F2A-\u0F34\u0F36\u0F38\u0F3A-\u0F3D\u0F48\u0F6D-\u0F70\u0F85\u0F98\u0FBD-\u0FC5\u0FC7-\u0FFF\u104A-\u104F\u109E\u109F\u10C6\u10C8-\u10CC\u10CE\u10CF\u10FB\u1249\u124E\u124F\u1257\u1259\u125E\u125F\u1289\u128E\u128F\u12B1\u12B6\u12B7\u12BF\u12C1\u12C6\u12C7\u12D7\u1311\u1316\u1317\u135B\u135C\u1360-\u137F\u1390-\u139F\u13F6\u13F7\u13FE-\u1400\u166D\u166E\u1680\u169B-\u169F\u16EB-\u16ED\u16F9-\u16FF\u170D\u1715-\u171F\u1735-\u173F\u1754-\u175F\u176D\u1771\u1774-\u177F\u17D4-\u17D6\u17D8-\u17DB\u17DE\u17DF\u17EA-\u180A\u180E\u180F\u181A-\u181F\u1879-\u187F\u18AB-\u18AF\u18F6-\u18FF\u191F\u192C-\u192F\u193C-\u1945\u196E\u196F\u1975-\u197F\u19AC-\u19AF\u19CA-\u19CF\u19DA-\u19FF\u1A1C-\u1A1F\u1A5F\u1A7D\u1A7E\u1A8A-\u1A8F\u1A9A-\u1AA6\u1AA8-\u1AAF\u1AC1-\u1AFF\u1B4C-\u1B4F\u1B5A-\u1B6A\u1B74-\u1B7F\u1BF4-\u1BFF\u1C38-\u1C3F\u1C4A-\u1C4C\u1C7E\u1C7F\u1C89-\u1C8F\u1CBB\u1CBC\u1CC0-\u1CCF\u1CD3\u1CFB-\u1CFF\u1DFA\u1F16\u1F17\u1F1E\u1F1F\u1F46\u1F47\u1F4E\u1F4F\u1F58\u1F5A\u1F5C\u1F5E\u1F7E\u1F7F\u1FB5\u1FBD\u1FBF-\u1FC1\u1FC5\u1FCD-\u1FCF\u1FD4\u1FD5\u1FDC-\u1FDF\u1FED-\u1FF1\u1FF5\u1FFD-\u203E\u2041-\u2053\u2055-\u2070\u2072-\u207E\u2080-\u208F\u209D-\u20CF\u20F1-\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F-\u215F\u2189-\u24B5\u24EA-\u2BFF\u2C2F\u2C5F\u2CE5-\u2CEA\u2CF4-\u2CFF\u2D26\u2D28-\u2D2C\u2D2E\u2D2F\u2D68-\u2D6E\u2D70-\u2D7E\u2D97-\u2D9F\u2DA7\u2DAF\u2DB7\u2DBF\u2DC7\u2DCF\u2DD7\u2DDF\u2E00-\u2E2E\u2E30-\u3004\u3008-\u3020\u3030\u3036\u3037\u303D-\u3040\u3097\u3098\u309B\u309C\u30A0\u30FB\u3100-\u3104\u3130\u318F-\u319F\u31C0-\u31EF\u3200-\u33FF\u4DC0-\u4DFF\u9FFD-\u9FFF\uA48D-\uA4CF\uA4FE\uA4FF\uA60D-\uA60F\uA62C-\uA63F\uA673\uA67E\uA6F2-\uA716\uA720\uA721\uA789\uA78A\uA7C0\uA7C1\uA7CB-\uA7F4\uA828-\uA82B\uA82D-\uA83F\uA874-\uA87F\uA8C6-\uA8CF\uA8DA-\uA8DF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA954-\uA95F\uA97D-\uA97F\uA9C1-\uA9CE\uA9DA-\uA9DF\uA9FF\uAA37-\uAA3F\uAA4E\uAA4F\uAA5A-\uAA5F\uAA77-\uAA79\uAAC3-\uAADA\uAADE\uAADF\uAAF0\uAAF1\uAAF7-\uAB00\uAB07\uAB08\uAB0F\uAB10\uAB17-\uAB1F\uAB27\uAB2F\uAB5B\uAB6A-\uAB6F\uABEB\uABEE\uABEF\uABFA-\uABFF\uD7A4-\uD7AF\uD7C7-\uD7CA\uD7FC-\uD7FF\uE000-\uF8FF\uFA6E\uFA6F\uFADA-\uFAFF\uFB07-\uFB12\uFB18-\uFB1C\uFB29\uFB37\uFB3D\uFB3F\uFB42\uFB45\uFBB2-\uFBD2\uFD3E-\uFD4F\uFD90\uFD91\uFDC8-\uFDEF\uFDFC-\uFDFF\uFE10-\uFE1F\uFE30-\uFE32\uFE35-\uFE4C\uFE50-\uFE6F\uFE75\uFEFD-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF3E\uFF40\uFF5B-\uFF65\uFFBF-\uFFC1\uFFC8\uFFC9\uFFD0\uFFD1\uFFD8\uFFD9\uFFDD-\uFFFF]|\uD800[\uDC0C\uDC27\uDC3B\uDC3E\uDC4E\uDC4F\uDC5E-\uDC7F\uDCFB-\uDD3F\uDD75-\uDDFC\uDDFE-\uDE7F\uDE9D-\uDE9F\uDED1-\uDEDF\uDEE1-\uDEFF\uDF20-\uDF2C\uDF4B-\uDF4F\uDF7B-\uDF7F\uDF9E\uDF9F\uDFC4-\uDFC7\uDFD0\uDFD6-\uDFFF]|\uD801[\uDC9E\uDC9F\uDCAA-\uDCAF\uDCD4-\uDCD7\uDCFC-\uDCFF\uDD28-\uDD2F\uDD64-\uDDFF\uDF37-\uDF3F\uDF56-\uDF5F\uDF68-\uDFFF]|\uD802[\uDC06\uDC07\uDC09\uDC36\uDC39-\uDC3B\uDC3D\uDC3E\uDC56-\uDC5F\uDC77-\uDC7F\uDC9F-\uDCDF\uDCF3\uDCF6-\uDCFF\uDD16-\uDD1F\uDD3A-\uDD7F\uDDB8-\uDDBD\uDDC0-\uDDFF\uDE04\uDE07-\uDE0B\uDE14\uDE18\uDE36\uDE37\uDE3B-\uDE3E\uDE40-\uDE5F\uDE7D-\uDE7F\uDE9D-\uDEBF\uDEC8\uDEE7-\uDEFF\uDF36-\uDF3F\uDF56-\uDF5F\uDF73-\uDF7F\uDF92-\uDFFF]|\uD803[\uDC49-\uDC7F\uDCB3-\uDCBF\uDCF3-\uDCFF\uDD28-\uDD2F\uDD3A-\uDE7F\uDEAA\uDEAD-\uDEAF\uDEB2-\uDEFF\uDF1D-\uDF26\uDF28-\uDF2F\uDF51-\uDFAF\uDFC5-\uDFDF\uDFF7-\uDFFF]|\uD804[\uDC47-\uDC65\uDC70-\uDC7E\uDCBB-\uDCCF\uDCE9-\uDCEF\uDCFA-\uDCFF\uDD35\uDD40-\uDD43\uDD48-\uDD4F\uDD74\uDD75\uDD77-\uDD7F\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDFF\uDE12\uDE38-\uDE3D\uDE3F-\uDE7F\uDE87\uDE89\uDE8E\uDE9E\uDEA9-\uDEAF\uDEEB-\uDEEF\uDEFA-\uDEFF\uDF04\uDF0D\uDF0E\uDF11\uDF12\uDF29\uDF31\uDF34\uDF3A\uDF45\uDF46\uDF49\uDF4A\uDF4E\uDF4F\uDF51-\uDF56\uDF58-\uDF5C\uDF64\uDF65\uDF6D-\uDF6F\uDF75-\uDFFF]|\uD805[\uDC4B-\uDC4F\uDC5A-\uDC5D\uDC62-\uDC7F\uDCC6\uDCC8-\uDCCF\uDCDA-\uDD7F\uDDB6\uDDB7\uDDC1-\uDDD7\uDDDE-\uDDFF\uDE41-\uDE43\uDE45-\uDE4F\uDE5A-\uDE7F\uDEB9-\uDEBF\uDECA-\uDEFF\uDF1B\uDF1C\uDF2C-\uDF2F\uDF3A-\uDFFF]|\uD806[\uDC3B-\uDC9F\uDCEA-\uDCFE\uDD07\uDD08\uDD0A\uDD0B\uDD14\uDD17\uDD36\uDD39\uDD3A\uDD44-\uDD4F\uDD5A-\uDD9F\uDDA8\uDDA9\uDDD8\uDDD9\uDDE2\uDDE5-\uDDFF\uDE3F-\uDE46\uDE48-\uDE4F\uDE9A-\uDE9C\uDE9E-\uDEBF\uDEF9-\uDFFF]|\uD807[\uDC09\uDC37\uDC41-\uDC4F\uDC5A-\uDC71\uDC90\uDC91\uDCA8\uDCB7-\uDCFF\uDD07\uDD0A\uDD37-\uDD39\uDD3B\uDD3E\uDD48-\uDD4F\uDD5A-\uDD5F\uDD66\uDD69\uDD8F\uDD92\uDD99-\uDD9F\uDDAA-\uDEDF\uDEF7-\uDFAF\uDFB1-\uDFFF]|\uD808[\uDF9A-\uDFFF]|\uD809[\uDC6F-\uDC7F\uDD44-\uDFFF]|[\uD80A\uD80B\uD80E-\uD810\uD812-\uD819\uD824-\uD82B\uD82D\uD82E\uD830-\uD833\uD837\uD839\uD83D\uD83F\uD87B-\uD87D\uD87F\uD885-\uDB3F\uDB41-\uDBFF][\uDC00-\uDFFF]|\uD80D[\uDC2F-\uDFFF]|\uD811[\uDE47-\uDFFF]|\uD81A[\uDE39-\uDE3F\uDE5F\uDE6A-\uDECF\uDEEE\uDEEF\uDEF5-\uDEFF\uDF37-\uDF3F\uDF44-\uDF4F\uDF5A-\uDF62\uDF78-\uDF7C\uDF90-\uDFFF]|\uD81B[\uDC00-\uDE3F\uDE80-\uDEFF\uDF4B-\uDF4E\uDF88-\uDF8E\uDFA0-\uDFDF\uDFE2\uDFE5-\uDFEF\uDFF2-\uDFFF]|\uD821[\uDFF8-\uDFFF]|\uD823[\uDCD6-\uDCFF\uDD09-\uDFFF]|\uD82C[\uDD1F-\uDD4F\uDD53-\uDD63\uDD68-\uDD6F\uDEFC-\uDFFF]|\uD82F[\uDC6B-\uDC6F\uDC7D-\uDC7F\uDC89-\uDC8F\uDC9A-\uDC9C\uDC9F-\uDFFF]|\uD834[\uDC00-\uDD64\uDD6A-\uDD6C\uDD73-\uDD7A\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDE41\uDE45-\uDFFF]|\uD835[\uDC55\uDC9D\uDCA0\uDCA1\uDCA3\uDCA4\uDCA7\uDCA8\uDCAD\uDCBA\uDCBC\uDCC4\uDD06\uDD0B\uDD0C\uDD15\uDD1D\uDD3A\uDD3F\uDD45\uDD47-\uDD49\uDD51\uDEA6\uDEA7\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3\uDFCC\uDFCD]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85-\uDE9A\uDEA0\uDEB0-\uDFFF]|\uD838[\uDC07\uDC19\uDC1A\uDC22\uDC25\uDC2B-\uDCFF\uDD2D-\uDD2F\uDD3E\uDD3F\uDD4A-\uDD4D\uDD4F-\uDEBF\uDEFA-\uDFFF]|\uD83A[\uDCC5-\uDCCF\uDCD7-\uDCFF\uDD4C-\uDD4F\uDD5A-\uDFFF]|\uD83B[\uDC00-\uDDFF\uDE04\uDE20\uDE23\uDE25\uDE26\uDE28\uDE33\uDE38\uDE3A\uDE3C-\uDE41\uDE43-\uDE46\uDE48\uDE4A\uDE4C\uDE50\uDE53\uDE55\uDE56\uDE58\uDE5A\uDE5C\uDE5E\uDE60\uDE63\uDE65\uDE66\uDE6B\uDE73\uDE78\uDE7D\uDE7F\uDE8A\uDE9C-\uDEA0\uDEA4\uDEAA\uDEBC-\uDFFF]|\uD83C[\uDC00-\uDD2F\uDD4A-\uDD4F\uDD6A-\uDD6F\uDD8A-\uDFFF]|\uD83E[\uDC00-\uDFEF\uDFFA-\uDFFF]|\uD869[\uDEDE-\uDEFF]|\uD86D[\uDF35-\uDF3F]|\uD86E[\uDC1E\uDC1F]|\uD873[\uDEA2-\uDEAF]|\uD87A[\uDFE1-\uDFFF]|\uD87E[\uDE1E-\uDFFF]|\uD884[\uDF4B-\uDFFF]|\uDB40[\uDC00-\uDCFF\uDDF0-\uDFFF]/g

;// CONCATENATED MODULE: ./node_modules/github-slugger/index.js


const own = Object.hasOwnProperty

/**
 * Slugger.
 */
class BananaSlug {
  /**
   * Create a new slug class.
   */
  constructor () {
    /** @type {Record<string, number>} */
    // eslint-disable-next-line no-unused-expressions
    this.occurrences

    this.reset()
  }

  /**
   * Generate a unique slug.
  *
  * Tracks previously generated slugs: repeated calls with the same value
  * will result in different slugs.
  * Use the `slug` function to get same slugs.
   *
   * @param  {string} value
   *   String of text to slugify
   * @param  {boolean} [maintainCase=false]
   *   Keep the current case, otherwise make all lowercase
   * @return {string}
   *   A unique slug string
   */
  slug (value, maintainCase) {
    const self = this
    let result = slug(value, maintainCase === true)
    const originalSlug = result

    while (own.call(self.occurrences, result)) {
      self.occurrences[originalSlug]++
      result = originalSlug + '-' + self.occurrences[originalSlug]
    }

    self.occurrences[result] = 0

    return result
  }

  /**
   * Reset - Forget all previous slugs
   *
   * @return void
   */
  reset () {
    this.occurrences = Object.create(null)
  }
}

/**
 * Generate a slug.
 *
 * Does not track previously generated slugs: repeated calls with the same value
 * will result in the exact same slug.
 * Use the `GithubSlugger` class to get unique slugs.
 *
 * @param  {string} value
 *   String of text to slugify
 * @param  {boolean} [maintainCase=false]
 *   Keep the current case, otherwise make all lowercase
 * @return {string}
 *   A unique slug string
 */
function slug (value, maintainCase) {
  if (typeof value !== 'string') return ''
  if (!maintainCase) value = value.toLowerCase()
  return value.replace(regex, '').replace(/ /g, '-')
}


/***/ })

};
