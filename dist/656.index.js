export const id = 656;
export const ids = [656];
export const modules = {

/***/ 64656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractArticleLinks: () => (/* binding */ extractArticleLinks),
/* harmony export */   extractArticleMeta: () => (/* binding */ extractArticleMeta)
/* harmony export */ });
/* harmony import */ var node_html_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26369);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87672);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85874);
/**
 * HTML sources: a listing page (e.g. a broadcaster's person page) gives article links; each article
 * page gives its title and publication date. Link-only collection: no article text is kept.
 */




/** Pages are untrusted input; parse them once with the same options everywhere. */
function parseHtml(html) {
    return (0,node_html_parser__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
}
function compilePattern(linkPattern) {
    try {
        return new RegExp(linkPattern);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WikiDailyError */ .WA(`invalid linkPattern ${JSON.stringify(linkPattern)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/**
 * Article links on a page: absolute http(s), fragment removed, de-duplicated, in page order, matching
 * `linkPattern` (tested against both the absolute URL and the href as written), at most `max`.
 */
function extractArticleLinks(html, pageUrl, linkPattern, max) {
    const pattern = compilePattern(linkPattern);
    if (max <= 0)
        return [];
    const root = parseHtml(html);
    const baseHref = root.querySelector('base[href]')?.getAttribute('href');
    const base = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteHttpUrl */ .Lh)(baseHref, pageUrl) ?? pageUrl;
    const seen = new Set();
    const links = [];
    for (const a of root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')?.trim();
        if (!href || href.startsWith('#'))
            continue;
        const absolute = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteHttpUrl */ .Lh)(href, base);
        if (!absolute)
            continue;
        const url = new URL(absolute);
        url.hash = '';
        const link = url.href;
        if (seen.has(link) || !(pattern.test(link) || pattern.test(href)))
            continue;
        seen.add(link);
        links.push(link);
        if (links.length >= max)
            break;
    }
    return links;
}
function metaContent(root, ...keys) {
    for (const key of keys) {
        for (const attr of ['property', 'name', 'itemprop']) {
            const value = root.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content')?.trim();
            if (value)
                return value;
        }
    }
    return undefined;
}
/** The first date-looking text on the page that parses (the article's "입력" date comes first on Korean pages). */
function firstDateInText(root, timezone) {
    for (const el of root.querySelectorAll('script, style, noscript, template, head'))
        el.remove();
    const text = (root.querySelector('body') ?? root).structuredText;
    for (const m of text.matchAll(_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .DATE_IN_TEXT */ .b)) {
        const iso = (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._)(m[0], timezone);
        if (iso)
            return iso;
    }
    return undefined;
}
/**
 * Title (og:title, else <title>) and publication instant (article:published_time, else the first
 * date-looking text on the page) of an article page. `url` only names the page (it is never fetched).
 */
function extractArticleMeta(html, url, timezone) {
    const root = parseHtml(html);
    const out = {};
    const title = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(metaContent(root, 'og:title') ?? root.querySelector('title')?.text, _text_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TITLE_CHARS */ .m1);
    if (title)
        out.title = title;
    const published = (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._)(metaContent(root, 'article:published_time', 'datePublished'), timezone) ?? firstDateInText(root, timezone);
    if (published)
        out.published = published;
    return out;
}


/***/ })

};
