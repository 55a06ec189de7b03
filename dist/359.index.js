export const id = 359;
export const ids = [359];
export const modules = {

/***/ 50189:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ MalformedError),
/* harmony export */   I$: () => (/* binding */ DetectError),
/* harmony export */   mB: () => (/* binding */ ParseError)
/* harmony export */ });
/* unused harmony export GenerateError */
//#region src/common/errors.ts
var DetectError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "DetectError";
	}
};
var GenerateError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "GenerateError";
	}
};
var MalformedError = class extends Error {
	constructor(message, options) {
		super(message, options);
		this.name = "MalformedError";
	}
};
var ParseError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "ParseError";
	}
};
//#endregion



/***/ }),

/***/ 67359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ common_parse_parse)
});

// EXTERNAL MODULE: ./node_modules/feedsmith/dist/common/errors.mjs
var errors = __webpack_require__(50189);
;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/acast/common/config.mjs
//#region src/namespaces/acast/common/config.ts
const uris = [
	"https://schema.acast.com/1.0/",
	"http://schema.acast.com/1.0/",
	"https://schema.acast.com/1.0",
	"http://schema.acast.com/1.0"
];
const stopNodes = [
	"*.acast:showid",
	"*.acast:showurl",
	"*.acast:settings",
	"*.acast:importedfeed",
	"*.acast:episodeid",
	"*.acast:episodeurl"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/admin/common/config.mjs
//#region src/namespaces/admin/common/config.ts
const config_uris = [
	"http://webns.net/mvcb/",
	"https://webns.net/mvcb/",
	"http://webns.net/mvcb",
	"https://webns.net/mvcb"
];
const config_stopNodes = ["*.admin:errorreportsto", "*.admin:generatoragent"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/app/common/config.mjs
//#region src/namespaces/app/common/config.ts
const common_config_uris = [
	"http://www.w3.org/2007/app",
	"https://www.w3.org/2007/app",
	"http://www.w3.org/2007/app/",
	"https://www.w3.org/2007/app/"
];
const common_config_stopNodes = ["*.app:draft", "*.app:edited"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/arxiv/common/config.mjs
//#region src/namespaces/arxiv/common/config.ts
const arxiv_common_config_uris = [
	"http://arxiv.org/schemas/atom",
	"https://arxiv.org/schemas/atom",
	"http://arxiv.org/schemas/atom/",
	"https://arxiv.org/schemas/atom/"
];
const arxiv_common_config_stopNodes = [
	"*.arxiv:affiliation",
	"*.arxiv:comment",
	"*.arxiv:journal_ref",
	"*.arxiv:doi"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/atom/common/config.mjs
//#region src/namespaces/atom/common/config.ts
const atom_common_config_uris = [
	"http://www.w3.org/2005/Atom",
	"https://www.w3.org/2005/Atom",
	"http://www.w3.org/2005/Atom/",
	"https://www.w3.org/2005/Atom/",
	"http://purl.org/atom/ns#",
	"https://purl.org/atom/ns#"
];
const textConstructs = (/* unused pure expression or super */ null && ([
	"title",
	"subtitle",
	"rights",
	"summary",
	"content"
]));
const personPaths = (parent) => [
	`${parent}.name`,
	`${parent}.uri`,
	`${parent}.url`,
	`${parent}.email`
];
const feedPaths = [
	...personPaths("author"),
	"category",
	...personPaths("contributor"),
	"generator",
	"icon",
	"id",
	"link",
	"logo",
	"rights",
	"subtitle",
	"tagline",
	"title",
	"updated",
	"modified"
];
const entryPaths = [
	...personPaths("author"),
	"category",
	"content",
	...personPaths("contributor"),
	"id",
	"link",
	"published",
	"issued",
	"created",
	"rights",
	...personPaths("source.author"),
	"source.category",
	...personPaths("source.contributor"),
	"source.generator",
	"source.icon",
	"source.id",
	"source.link",
	"source.logo",
	"source.rights",
	"source.subtitle",
	"source.title",
	"source.updated",
	"source.modified",
	"summary",
	"title",
	"updated",
	"modified"
];
const prefixSegments = (path) => {
	return path.split(".").map((segment) => `atom:${segment}`).join(".");
};
const atom_common_config_stopNodes = [.../* @__PURE__ */ new Set([...feedPaths, ...entryPaths])].map((path) => {
	return `*.${prefixSegments(path)}`;
});
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/blogchannel/common/config.mjs
//#region src/namespaces/blogchannel/common/config.ts
const blogchannel_common_config_uris = [
	"http://backend.userland.com/blogChannelModule",
	"https://backend.userland.com/blogChannelModule",
	"http://backend.userland.com/blogChannelModule/",
	"https://backend.userland.com/blogChannelModule/"
];
const blogchannel_common_config_stopNodes = [
	"*.blogchannel:blogroll",
	"*.blogchannel:blink",
	"*.blogchannel:mysubscriptions"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/cc/common/config.mjs
//#region src/namespaces/cc/common/config.ts
const cc_common_config_uris = [
	"http://creativecommons.org/ns#",
	"https://creativecommons.org/ns#",
	"http://web.resource.org/cc/",
	"https://web.resource.org/cc/",
	"http://web.resource.org/cc",
	"https://web.resource.org/cc"
];
const cc_common_config_stopNodes = [
	"*.cc:license",
	"*.cc:morepermissions",
	"*.cc:attributionname",
	"*.cc:attributionurl",
	"*.cc:useguidelines",
	"*.cc:permits",
	"*.cc:requires",
	"*.cc:prohibits",
	"*.cc:jurisdiction",
	"*.cc:legalcode",
	"*.cc:deprecatedon"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/content/common/config.mjs
//#region src/namespaces/content/common/config.ts
const content_common_config_uris = [
	"http://purl.org/rss/1.0/modules/content/",
	"https://purl.org/rss/1.0/modules/content/",
	"http://purl.org/rss/1.0/modules/content",
	"https://purl.org/rss/1.0/modules/content"
];
const content_common_config_stopNodes = ["*.content:encoded"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/creativecommons/common/config.mjs
//#region src/namespaces/creativecommons/common/config.ts
const creativecommons_common_config_uris = [
	"http://backend.userland.com/creativeCommonsRssModule",
	"https://backend.userland.com/creativeCommonsRssModule",
	"http://backend.userland.com/creativeCommonsRssModule/",
	"https://backend.userland.com/creativeCommonsRssModule/",
	"http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html",
	"https://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html",
	"http://cyber.law.harvard.edu/rss/creativeCommonsRssModule",
	"https://cyber.law.harvard.edu/rss/creativeCommonsRssModule"
];
const creativecommons_common_config_stopNodes = ["*.creativecommons:license"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/dc/common/config.mjs
//#region src/namespaces/dc/common/config.ts
const dc_common_config_uris = [
	"http://purl.org/dc/elements/1.1/",
	"https://purl.org/dc/elements/1.1/",
	"http://purl.org/dc/elements/1.1",
	"https://purl.org/dc/elements/1.1",
	"http://dublincore.org/documents/dcmi-namespace/",
	"https://dublincore.org/documents/dcmi-namespace/",
	"http://dublincore.org/documents/dcmi-namespace",
	"https://dublincore.org/documents/dcmi-namespace",
	"http://purl.org/dc/elements/1.0/",
	"https://purl.org/dc/elements/1.0/",
	"http://purl.org/dc/elements/1.0",
	"https://purl.org/dc/elements/1.0"
];
const dc_common_config_stopNodes = [
	"*.dc:title",
	"*.dc:creator",
	"*.dc:subject",
	"*.dc:description",
	"*.dc:publisher",
	"*.dc:contributor",
	"*.dc:date",
	"*.dc:type",
	"*.dc:format",
	"*.dc:identifier",
	"*.dc:source",
	"*.dc:language",
	"*.dc:relation",
	"*.dc:coverage",
	"*.dc:rights"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/dcterms/common/config.mjs
//#region src/namespaces/dcterms/common/config.ts
const dcterms_common_config_uris = [
	"http://purl.org/dc/terms/",
	"https://purl.org/dc/terms/",
	"http://purl.org/dc/terms",
	"https://purl.org/dc/terms",
	"http://dublincore.org/documents/dcmi-terms/",
	"https://dublincore.org/documents/dcmi-terms/",
	"http://dublincore.org/documents/dcmi-terms",
	"https://dublincore.org/documents/dcmi-terms",
	"http://dublincore.org/specifications/dublin-core/dcmi-terms/",
	"https://dublincore.org/specifications/dublin-core/dcmi-terms/",
	"http://dublincore.org/specifications/dublin-core/dcmi-terms",
	"https://dublincore.org/specifications/dublin-core/dcmi-terms"
];
const dcterms_common_config_stopNodes = [
	"*.dcterms:abstract",
	"*.dcterms:accrualmethod",
	"*.dcterms:accrualperiodicity",
	"*.dcterms:accrualpolicy",
	"*.dcterms:alternative",
	"*.dcterms:audience",
	"*.dcterms:bibliographiccitation",
	"*.dcterms:contributor",
	"*.dcterms:coverage",
	"*.dcterms:creator",
	"*.dcterms:date",
	"*.dcterms:description",
	"*.dcterms:educationlevel",
	"*.dcterms:extent",
	"*.dcterms:format",
	"*.dcterms:hasformat",
	"*.dcterms:haspart",
	"*.dcterms:hasversion",
	"*.dcterms:identifier",
	"*.dcterms:instructionalmethod",
	"*.dcterms:language",
	"*.dcterms:license",
	"*.dcterms:mediator",
	"*.dcterms:medium",
	"*.dcterms:provenance",
	"*.dcterms:publisher",
	"*.dcterms:relation",
	"*.dcterms:rightsholder",
	"*.dcterms:source",
	"*.dcterms:spatial",
	"*.dcterms:subject",
	"*.dcterms:temporal",
	"*.dcterms:title",
	"*.dcterms:type",
	"*.dcterms:accessrights",
	"*.dcterms:available",
	"*.dcterms:conformsto",
	"*.dcterms:created",
	"*.dcterms:dateaccepted",
	"*.dcterms:datecopyrighted",
	"*.dcterms:datesubmitted",
	"*.dcterms:isformatof",
	"*.dcterms:ispartof",
	"*.dcterms:isreferencedby",
	"*.dcterms:isreplacedby",
	"*.dcterms:isrequiredby",
	"*.dcterms:issued",
	"*.dcterms:isversionof",
	"*.dcterms:modified",
	"*.dcterms:references",
	"*.dcterms:replaces",
	"*.dcterms:requires",
	"*.dcterms:rights",
	"*.dcterms:tableofcontents",
	"*.dcterms:valid"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/feedpress/common/config.mjs
//#region src/namespaces/feedpress/common/config.ts
const feedpress_common_config_uris = [
	"https://feed.press/xmlns",
	"http://feed.press/xmlns",
	"https://feed.press/xmlns/",
	"http://feed.press/xmlns/",
	"https://feedpress.com/xmlns",
	"http://feedpress.com/xmlns",
	"https://feedpress.com/xmlns/",
	"http://feedpress.com/xmlns/",
	"http://feedpress.it/xmlns",
	"https://feedpress.it/xmlns",
	"http://feedpress.it/xmlns/",
	"https://feedpress.it/xmlns/"
];
const feedpress_common_config_stopNodes = [
	"*.feedpress:link",
	"*.feedpress:newsletterid",
	"*.feedpress:locale",
	"*.feedpress:podcastid",
	"*.feedpress:cssfile"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/geo/common/config.mjs
//#region src/namespaces/geo/common/config.ts
const geo_common_config_uris = ["http://www.w3.org/2003/01/geo/wgs84_pos#", "https://www.w3.org/2003/01/geo/wgs84_pos#"];
const geo_common_config_stopNodes = [
	"*.geo:lat",
	"*.geo:long",
	"*.geo:alt"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/georss/common/config.mjs
//#region src/namespaces/georss/common/config.ts
const georss_common_config_uris = [
	"http://www.georss.org/georss",
	"http://www.georss.org/georss/",
	"https://www.georss.org/georss",
	"https://www.georss.org/georss/"
];
const georss_common_config_stopNodes = [
	"*.georss:point",
	"*.georss:line",
	"*.georss:polygon",
	"*.georss:box",
	"*.georss:featuretypetag",
	"*.georss:relationshiptag",
	"*.georss:featurename",
	"*.georss:elev",
	"*.georss:floor",
	"*.georss:radius"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/googleplay/common/config.mjs
//#region src/namespaces/googleplay/common/config.ts
const googleplay_common_config_uris = [
	"https://www.google.com/schemas/play-podcasts/1.0/",
	"http://www.google.com/schemas/play-podcasts/1.0/",
	"https://www.google.com/schemas/play-podcasts/1.0",
	"http://www.google.com/schemas/play-podcasts/1.0",
	"https://www.google.com/schemas/play-podcasts/1.0/play-podcasts.xsd",
	"http://www.google.com/schemas/play-podcasts/1.0/play-podcasts.xsd"
];
const googleplay_common_config_stopNodes = [
	"*.googleplay:author",
	"*.googleplay:description",
	"*.googleplay:email",
	"*.googleplay:block",
	"*.googleplay:explicit",
	"*.googleplay:image",
	"*.googleplay:new-feed-url",
	"*.googleplay:category"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/itunes/common/config.mjs
//#region src/namespaces/itunes/common/config.ts
const itunes_common_config_uris = ["http://www.itunes.com/dtds/podcast-1.0.dtd", "https://www.itunes.com/dtds/podcast-1.0.dtd"];
const itunes_common_config_stopNodes = [
	"*.itunes:author",
	"*.itunes:title",
	"*.itunes:duration",
	"*.itunes:explicit",
	"*.itunes:episode",
	"*.itunes:season",
	"*.itunes:episodetype",
	"*.itunes:block",
	"*.itunes:summary",
	"*.itunes:subtitle",
	"*.itunes:keywords",
	"*.itunes:name",
	"*.itunes:email",
	"*.itunes:type",
	"*.itunes:new-feed-url",
	"*.itunes:complete",
	"*.itunes:applepodcastsverify"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/media/common/config.mjs
//#region src/namespaces/media/common/config.ts
const media_common_config_uris = [
	"http://search.yahoo.com/mrss/",
	"https://search.yahoo.com/mrss/",
	"http://search.yahoo.com/mrss",
	"https://search.yahoo.com/mrss",
	"http://video.search.yahoo.com/mrss",
	"http://video.search.yahoo.com/mrss/",
	"https://video.search.yahoo.com/mrss",
	"https://video.search.yahoo.com/mrss/",
	"http://www.rssboard.org/media-rss",
	"http://www.rssboard.org/media-rss/",
	"https://www.rssboard.org/media-rss",
	"https://www.rssboard.org/media-rss/",
	"http://search.yahoo.com/searchmonkey/media/",
	"https://search.yahoo.com/searchmonkey/media/",
	"http://search.yahoo.com/searchmonkey/media",
	"https://search.yahoo.com/searchmonkey/media",
	"http://tools.search.yahoo.com/mrss/",
	"https://tools.search.yahoo.com/mrss/",
	"http://tools.search.yahoo.com/mrss",
	"https://tools.search.yahoo.com/mrss"
];
const media_common_config_stopNodes = [
	"*.media:rating",
	"*.media:adult",
	"*.media:title",
	"*.media:description",
	"*.media:category",
	"*.media:hash",
	"*.media:credit",
	"*.media:copyright",
	"*.media:text",
	"*.media:restriction",
	"*.media:keywords",
	"*.media:comment",
	"*.media:response",
	"*.media:backlink",
	"*.media:license",
	"*.media:location",
	"*.media:param",
	"*.media:scene.scenetitle",
	"*.media:scene.scenedescription",
	"*.media:scene.scenestarttime",
	"*.media:scene.sceneendtime"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/opensearch/common/config.mjs
//#region src/namespaces/opensearch/common/config.ts
const opensearch_common_config_uris = [
	"http://a9.com/-/spec/opensearch/1.1/",
	"https://a9.com/-/spec/opensearch/1.1/",
	"http://a9.com/-/spec/opensearch/1.0/",
	"https://a9.com/-/spec/opensearch/1.0/",
	"http://a9.com/-/spec/opensearchrss/1.0/",
	"https://a9.com/-/spec/opensearchrss/1.0/"
];
const opensearch_common_config_stopNodes = [
	"*.opensearch:totalresults",
	"*.opensearch:startindex",
	"*.opensearch:itemsperpage"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/pingback/common/config.mjs
//#region src/namespaces/pingback/common/config.ts
const pingback_common_config_uris = [
	"http://madskills.com/public/xml/rss/module/pingback/",
	"https://madskills.com/public/xml/rss/module/pingback/",
	"http://madskills.com/public/xml/rss/module/pingback",
	"https://madskills.com/public/xml/rss/module/pingback"
];
const pingback_common_config_stopNodes = [
	"*.pingback:server",
	"*.pingback:target",
	"*.pingback:to"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/podcast/common/config.mjs
//#region src/namespaces/podcast/common/config.ts
const podcast_common_config_uris = [
	"https://podcastindex.org/namespace/1.0",
	"http://podcastindex.org/namespace/1.0",
	"https://podcastindex.org/namespace/1.0/",
	"http://podcastindex.org/namespace/1.0/",
	"https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"
];
const podcast_common_config_stopNodes = [
	"*.podcast:locked",
	"*.podcast:funding",
	"*.podcast:soundbite",
	"*.podcast:person",
	"*.podcast:location",
	"*.podcast:season",
	"*.podcast:episode",
	"*.podcast:trailer",
	"*.podcast:license",
	"*.podcast:guid",
	"*.podcast:medium",
	"*.podcast:contentlink",
	"*.podcast:block",
	"*.podcast:txt",
	"*.podcast:updatefrequency"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/prism/common/config.mjs
//#region src/namespaces/prism/common/config.ts
const prism_common_config_uris = [
	"http://prismstandard.org/namespaces/basic/3.0/",
	"https://prismstandard.org/namespaces/basic/3.0/",
	"http://prismstandard.org/namespaces/basic/3.0",
	"https://prismstandard.org/namespaces/basic/3.0",
	"http://prismstandard.org/namespaces/basic/2.2/",
	"https://prismstandard.org/namespaces/basic/2.2/",
	"http://prismstandard.org/namespaces/basic/2.2",
	"https://prismstandard.org/namespaces/basic/2.2",
	"http://prismstandard.org/namespaces/basic/2.1/",
	"https://prismstandard.org/namespaces/basic/2.1/",
	"http://prismstandard.org/namespaces/basic/2.1",
	"https://prismstandard.org/namespaces/basic/2.1",
	"http://prismstandard.org/namespaces/basic/2.0/",
	"https://prismstandard.org/namespaces/basic/2.0/",
	"http://prismstandard.org/namespaces/basic/2.0",
	"https://prismstandard.org/namespaces/basic/2.0",
	"http://prismstandard.org/namespaces/2.0/basic/",
	"https://prismstandard.org/namespaces/2.0/basic/",
	"http://prismstandard.org/namespaces/2.0/basic",
	"https://prismstandard.org/namespaces/2.0/basic",
	"http://prismstandard.org/namespaces/1.2/basic/",
	"https://prismstandard.org/namespaces/1.2/basic/",
	"http://prismstandard.org/namespaces/1.2/basic",
	"https://prismstandard.org/namespaces/1.2/basic",
	"http://prismstandard.org/namespaces/1.1/basic/",
	"https://prismstandard.org/namespaces/1.1/basic/",
	"http://prismstandard.org/namespaces/1.1/basic",
	"https://prismstandard.org/namespaces/1.1/basic",
	"http://prismstandard.org/namespaces/1.0/basic/",
	"https://prismstandard.org/namespaces/1.0/basic/",
	"http://prismstandard.org/namespaces/1.0/basic",
	"https://prismstandard.org/namespaces/1.0/basic",
	"http://purl.org/rss/1.0/modules/prism/",
	"https://purl.org/rss/1.0/modules/prism/",
	"http://purl.org/rss/1.0/modules/prism",
	"https://purl.org/rss/1.0/modules/prism"
];
const prism_common_config_stopNodes = [
	"*.prism:publicationname",
	"*.prism:issn",
	"*.prism:eissn",
	"*.prism:isbn",
	"*.prism:issueidentifier",
	"*.prism:issuename",
	"*.prism:issueteaser",
	"*.prism:issuetype",
	"*.prism:volume",
	"*.prism:number",
	"*.prism:edition",
	"*.prism:aggregateissuenumber",
	"*.prism:aggregationtype",
	"*.prism:coverdate",
	"*.prism:coverdisplaydate",
	"*.prism:publicationdate",
	"*.prism:publicationdisplaydate",
	"*.prism:creationdate",
	"*.prism:modificationdate",
	"*.prism:datereceived",
	"*.prism:onsaledate",
	"*.prism:onsaleday",
	"*.prism:offsaledate",
	"*.prism:killdate",
	"*.prism:copyrightyear",
	"*.prism:contenttype",
	"*.prism:alternatetitle",
	"*.prism:subtitle",
	"*.prism:teaser",
	"*.prism:keyword",
	"*.prism:seriestitle",
	"*.prism:seriesnumber",
	"*.prism:bookedition",
	"*.prism:nationalcatalognumber",
	"*.prism:productcode",
	"*.prism:uspsnumber",
	"*.prism:publishingfrequency",
	"*.prism:channel",
	"*.prism:subchannel1",
	"*.prism:subchannel2",
	"*.prism:subchannel3",
	"*.prism:subchannel4",
	"*.prism:section",
	"*.prism:subsection1",
	"*.prism:subsection2",
	"*.prism:subsection3",
	"*.prism:subsection4",
	"*.prism:corporateentity",
	"*.prism:distributor",
	"*.prism:sellingagency",
	"*.prism:organization",
	"*.prism:person",
	"*.prism:platform",
	"*.prism:originplatform",
	"*.prism:device",
	"*.prism:complianceprofile",
	"*.prism:blogtitle",
	"*.prism:blogurl",
	"*.prism:link",
	"*.prism:url",
	"*.prism:bytecount",
	"*.prism:wordcount",
	"*.prism:pagecount",
	"*.prism:rating",
	"*.prism:timeperiod",
	"*.prism:versionidentifier",
	"*.prism:ticker",
	"*.prism:academicfield",
	"*.prism:event",
	"*.prism:genre",
	"*.prism:industry",
	"*.prism:location",
	"*.prism:object",
	"*.prism:profession",
	"*.prism:sport",
	"*.prism:embargodate",
	"*.prism:copyright",
	"*.prism:expirationdate",
	"*.prism:rightsagent",
	"*.prism:doi",
	"*.prism:startingpage",
	"*.prism:endingpage",
	"*.prism:pagerange",
	"*.prism:pageprogressiondirection",
	"*.prism:samplepagerange",
	"*.prism:hasalternative",
	"*.prism:hascorrection",
	"*.prism:hastranslation",
	"*.prism:isalternativeof",
	"*.prism:iscorrectionof",
	"*.prism:istranslationof",
	"*.prism:supplementtitle",
	"*.prism:supplementdisplayid",
	"*.prism:supplementstartingpage"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/psc/common/config.mjs
//#region src/namespaces/psc/common/config.ts
const psc_common_config_uris = [
	"http://podlove.org/simple-chapters",
	"https://podlove.org/simple-chapters",
	"http://podlove.org/simple-chapters/",
	"https://podlove.org/simple-chapters/"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/rawvoice/common/config.mjs
//#region src/namespaces/rawvoice/common/config.ts
const rawvoice_common_config_uris = [
	"http://www.rawvoice.com/rawvoiceRssModule/",
	"https://www.rawvoice.com/rawvoiceRssModule/",
	"http://www.rawvoice.com/rawvoiceRssModule",
	"https://www.rawvoice.com/rawvoiceRssModule",
	"https://blubrry.com/developer/rawvoice-rss",
	"http://blubrry.com/developer/rawvoice-rss",
	"https://blubrry.com/developer/rawvoice-rss/",
	"http://blubrry.com/developer/rawvoice-rss/"
];
const rawvoice_common_config_stopNodes = [
	"*.rawvoice:rating",
	"*.rawvoice:liveembed",
	"*.rawvoice:flashlivestream",
	"*.rawvoice:httplivestream",
	"*.rawvoice:shoutcastlivestream",
	"*.rawvoice:livestream",
	"*.rawvoice:location",
	"*.rawvoice:frequency",
	"*.rawvoice:mycast",
	"*.rawvoice:metamark",
	"*.rawvoice:donate",
	"*.rawvoice:embed",
	"*.rawvoice:ishd"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/rdf/common/config.mjs
//#region src/namespaces/rdf/common/config.ts
const rdf_common_config_uris = ["http://www.w3.org/1999/02/22-rdf-syntax-ns#", "https://www.w3.org/1999/02/22-rdf-syntax-ns#"];
const rdf_common_config_stopNodes = ["*.rdf:type", "*.rdf:value"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/rss/common/config.mjs
//#region src/namespaces/rss/common/config.ts
const rss_common_config_uris = [
	"http://purl.org/rss/1.0/",
	"https://purl.org/rss/1.0/",
	"http://purl.org/rss/1.0",
	"https://purl.org/rss/1.0"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/slash/common/config.mjs
//#region src/namespaces/slash/common/config.ts
const slash_common_config_uris = [
	"http://purl.org/rss/1.0/modules/slash/",
	"https://purl.org/rss/1.0/modules/slash/",
	"http://purl.org/rss/1.0/modules/slash",
	"https://purl.org/rss/1.0/modules/slash"
];
const slash_common_config_stopNodes = [
	"*.slash:section",
	"*.slash:department",
	"*.slash:comments",
	"*.slash:hit_parade"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/source/common/config.mjs
//#region src/namespaces/source/common/config.ts
const source_common_config_uris = [
	"http://source.scripting.com/",
	"https://source.scripting.com/",
	"http://source.scripting.com",
	"https://source.scripting.com"
];
const source_common_config_stopNodes = [
	"*.source:account",
	"*.source:url",
	"*.source:startday",
	"*.source:endday",
	"*.source:filename",
	"*.source:subscriptionlist",
	"*.source:cloud",
	"*.source:blogroll",
	"*.source:self",
	"*.source:markdown",
	"*.source:outline",
	"*.source:localtime",
	"*.source:linkfull",
	"*.source:inreplyto"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/spotify/common/config.mjs
//#region src/namespaces/spotify/common/config.ts
const spotify_common_config_uris = [
	"http://www.spotify.com/ns/rss",
	"https://www.spotify.com/ns/rss",
	"http://www.spotify.com/ns/rss/",
	"https://www.spotify.com/ns/rss/"
];
const spotify_common_config_stopNodes = ["*.spotify:countryoforigin"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/sy/common/config.mjs
//#region src/namespaces/sy/common/config.ts
const sy_common_config_uris = [
	"http://purl.org/rss/1.0/modules/syndication/",
	"https://purl.org/rss/1.0/modules/syndication/",
	"http://purl.org/rss/1.0/modules/syndication",
	"https://purl.org/rss/1.0/modules/syndication"
];
const sy_common_config_stopNodes = [
	"*.sy:updateperiod",
	"*.sy:updatefrequency",
	"*.sy:updatebase"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/thr/common/config.mjs
//#region src/namespaces/thr/common/config.ts
const thr_common_config_uris = [
	"http://purl.org/syndication/thread/1.0",
	"https://purl.org/syndication/thread/1.0",
	"http://purl.org/syndication/thread/1.0/",
	"https://purl.org/syndication/thread/1.0/",
	"http://purl.org/rss/1.0/modules/threading/",
	"https://purl.org/rss/1.0/modules/threading/",
	"http://purl.org/rss/1.0/modules/threading",
	"https://purl.org/rss/1.0/modules/threading"
];
const thr_common_config_stopNodes = ["*.thr:total"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/trackback/common/config.mjs
//#region src/namespaces/trackback/common/config.ts
const trackback_common_config_uris = [
	"http://madskills.com/public/xml/rss/module/trackback/",
	"https://madskills.com/public/xml/rss/module/trackback/",
	"http://madskills.com/public/xml/rss/module/trackback",
	"https://madskills.com/public/xml/rss/module/trackback"
];
const trackback_common_config_stopNodes = ["*.trackback:ping", "*.trackback:about"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/wfw/common/config.mjs
//#region src/namespaces/wfw/common/config.ts
const wfw_common_config_uris = [
	"http://wellformedweb.org/CommentAPI/",
	"https://wellformedweb.org/CommentAPI/",
	"http://wellformedweb.org/CommentAPI",
	"https://wellformedweb.org/CommentAPI"
];
const wfw_common_config_stopNodes = ["*.wfw:comment", "*.wfw:commentrss"];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/yt/common/config.mjs
//#region src/namespaces/yt/common/config.ts
const yt_common_config_uris = [
	"http://www.youtube.com/xml/schemas/2015",
	"https://www.youtube.com/xml/schemas/2015",
	"http://www.youtube.com/xml/schemas/2015/",
	"https://www.youtube.com/xml/schemas/2015/"
];
const yt_common_config_stopNodes = [
	"*.yt:videoid",
	"*.yt:channelid",
	"*.yt:playlistid"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/common/config.mjs

































//#region src/common/config.ts
const parserConfig = {
	trimValues: false,
	processEntities: false,
	htmlEntities: false,
	parseTagValue: false,
	parseAttributeValue: false,
	alwaysCreateTextNode: false,
	ignoreAttributes: false,
	ignorePiTags: true,
	ignoreDeclaration: true,
	attributeNamePrefix: "@",
	jPath: false,
	transformTagName: (name) => name.toLowerCase(),
	transformAttributeName: (name) => name.toLowerCase()
};
const builderConfig = {
	processEntities: true,
	ignoreAttributes: false,
	suppressEmptyNode: true,
	suppressBooleanAttributes: false,
	attributeNamePrefix: "@",
	format: true,
	cdataPropName: "#cdata"
};
const locales = {
	unrecognizedFeedFormat: "Unrecognized feed format",
	invalidFeedFormat: "Invalid feed format",
	invalidOpmlFormat: "Invalid OPML format",
	invalidInputOpml: "Invalid input OPML",
	invalidInputAtom: "Invalid input Atom",
	invalidInputRss: "Invalid input RSS",
	invalidInputJson: "Invalid input JSON"
};
const namespaceUris = {
	admin: config_uris,
	atom: atom_common_config_uris,
	blogChannel: blogchannel_common_config_uris,
	app: common_config_uris,
	dc: dc_common_config_uris,
	sy: sy_common_config_uris,
	content: content_common_config_uris,
	creativeCommons: creativecommons_common_config_uris,
	slash: slash_common_config_uris,
	itunes: itunes_common_config_uris,
	podcast: podcast_common_config_uris,
	psc: psc_common_config_uris,
	media: media_common_config_uris,
	georss: georss_common_config_uris,
	geo: geo_common_config_uris,
	thr: thr_common_config_uris,
	dcterms: dcterms_common_config_uris,
	wfw: wfw_common_config_uris,
	source: source_common_config_uris,
	feedpress: feedpress_common_config_uris,
	yt: yt_common_config_uris,
	googleplay: googleplay_common_config_uris,
	spotify: spotify_common_config_uris,
	rdf: rdf_common_config_uris,
	rss: rss_common_config_uris,
	rawvoice: rawvoice_common_config_uris,
	cc: cc_common_config_uris,
	opensearch: opensearch_common_config_uris,
	arxiv: arxiv_common_config_uris,
	pingback: pingback_common_config_uris,
	trackback: trackback_common_config_uris,
	prism: prism_common_config_uris,
	acast: uris
};
const namespacePrefixes = Object.entries(namespaceUris).reduce((prefixes, [prefix, uris]) => {
	for (const uri of uris) {
		const normalizedUri = uri.toLowerCase();
		prefixes[normalizedUri] = prefix.toLowerCase();
	}
	return prefixes;
}, Object.create(null));
const namespaceStopNodes = [
	...stopNodes,
	...config_stopNodes,
	...common_config_stopNodes,
	...arxiv_common_config_stopNodes,
	...atom_common_config_stopNodes,
	...blogchannel_common_config_stopNodes,
	...cc_common_config_stopNodes,
	...content_common_config_stopNodes,
	...creativecommons_common_config_stopNodes,
	...dc_common_config_stopNodes,
	...dcterms_common_config_stopNodes,
	...feedpress_common_config_stopNodes,
	...geo_common_config_stopNodes,
	...georss_common_config_stopNodes,
	...googleplay_common_config_stopNodes,
	...itunes_common_config_stopNodes,
	...media_common_config_stopNodes,
	...opensearch_common_config_stopNodes,
	...pingback_common_config_stopNodes,
	...podcast_common_config_stopNodes,
	...prism_common_config_stopNodes,
	...rawvoice_common_config_stopNodes,
	...rdf_common_config_stopNodes,
	...slash_common_config_stopNodes,
	...source_common_config_stopNodes,
	...spotify_common_config_stopNodes,
	...sy_common_config_stopNodes,
	...thr_common_config_stopNodes,
	...trackback_common_config_stopNodes,
	...wfw_common_config_stopNodes,
	...yt_common_config_stopNodes
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/node_modules/trousse/dist/is.mjs
//#region node_modules/trousse/dist/is.js
const isString = (value) => {
	return typeof value === "string";
};
const isNumber = (value) => {
	return typeof value === "number";
};
const isBoolean = (value) => {
	return typeof value === "boolean";
};
const is_isPresent = (value) => {
	return value != null;
};
const isObject = (value) => {
	return value !== null && typeof value === "object" && !Array.isArray(value);
};
const is_isPlainObject = (value) => {
	return isObject(value) && value.constructor === Object;
};
const whitespaceOnlyRegex = /^\p{White_Space}*$/u;
const is_isNonEmptyString = (value) => {
	if (!isString(value) || value === "") return false;
	const code = value.charCodeAt(0);
	if (code > 32 && code < 127) return true;
	return !whitespaceOnlyRegex.test(value);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/atom/detect/index.mjs


//#region src/feeds/atom/detect/index.ts
const feedElementRegex = /(?:^|[\s>])<(?:\w+:)?feed[\s>]/im;
const atomElementsRegex = /(<(?:\w+:)?(entry|title|link|id|updated|summary)[\s>])/i;
const detect = (value) => {
	if (!is_isNonEmptyString(value)) return false;
	if (!feedElementRegex.test(value)) return false;
	const hasAtomNamespace = namespaceUris.atom.some((uri) => value.includes(uri));
	const hasAtomElements = atomElementsRegex.test(value);
	return hasAtomNamespace || hasAtomElements;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/node_modules/trousse/dist/coercions.mjs

//#region node_modules/trousse/dist/coercions.js
const coerceNumber = (value) => {
	if (isNumber(value)) return Number.isNaN(value) ? void 0 : value;
	if (is_isNonEmptyString(value)) {
		const numeric = +value;
		return Number.isNaN(numeric) ? void 0 : numeric;
	}
};
const trueRegex = /^\p{White_Space}*true\p{White_Space}*$/iu;
const falseRegex = /^\p{White_Space}*false\p{White_Space}*$/iu;
const coerceBoolean = (value) => {
	if (isBoolean(value)) return value;
	if (is_isNonEmptyString(value)) {
		if (trueRegex.test(value)) return true;
		if (falseRegex.test(value)) return false;
	}
};
const coerceSingular = (value) => {
	return Array.isArray(value) ? value[0] : value;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/node_modules/trousse/dist/json.mjs
//#region node_modules/trousse/dist/json.js
const isWhitespaceCode = (code) => {
	return code >= 9 && code <= 13 || code === 32 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
};
const isJsonLike = (value) => {
	if (value.length < 2) return false;
	let start = 0;
	let end = value.length - 1;
	while (start < end && isWhitespaceCode(value.charCodeAt(start))) start++;
	while (end > start && isWhitespaceCode(value.charCodeAt(end))) end--;
	const first = value.charCodeAt(start);
	const last = value.charCodeAt(end);
	return first === 123 && last === 125 || first === 91 && last === 93;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/decode-codepoint.js
// Adapted from https://github.com/mathiasbynens/he/blob/36afe179392226cf1b6ccdb16ebbb7a5a844d93a/src/he.js#L106-L134
var _a;
const decodeMap = new Map([
    [0, 65533],
    // C1 Unicode control character reference replacements
    [128, 8364],
    [130, 8218],
    [131, 402],
    [132, 8222],
    [133, 8230],
    [134, 8224],
    [135, 8225],
    [136, 710],
    [137, 8240],
    [138, 352],
    [139, 8249],
    [140, 338],
    [142, 381],
    [145, 8216],
    [146, 8217],
    [147, 8220],
    [148, 8221],
    [149, 8226],
    [150, 8211],
    [151, 8212],
    [152, 732],
    [153, 8482],
    [154, 353],
    [155, 8250],
    [156, 339],
    [158, 382],
    [159, 376],
]);
/**
 * Polyfill for `String.fromCodePoint`. It is used to create a string from a Unicode code point.
 */
const fromCodePoint = 
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, n/no-unsupported-features/es-builtins
(_a = String.fromCodePoint) !== null && _a !== void 0 ? _a : ((codePoint) => {
    let output = "";
    if (codePoint > 65535) {
        codePoint -= 65536;
        output += String.fromCharCode(((codePoint >>> 10) & 1023) | 55296);
        codePoint = 56320 | (codePoint & 1023);
    }
    output += String.fromCharCode(codePoint);
    return output;
});
/**
 * Replace the given code point with a replacement character if it is a
 * surrogate or is outside the valid range. Otherwise return the code
 * point unchanged.
 */
function replaceCodePoint(codePoint) {
    var _a;
    if ((codePoint >= 55296 && codePoint <= 57343) ||
        codePoint > 1114111) {
        return 65533;
    }
    return (_a = decodeMap.get(codePoint)) !== null && _a !== void 0 ? _a : codePoint;
}
/**
 * Replace the code point if relevant, then convert it to a string.
 *
 * @deprecated Use `fromCodePoint(replaceCodePoint(codePoint))` instead.
 * @param codePoint The code point to decode.
 * @returns The decoded code point.
 */
function decodeCodePoint(codePoint) {
    return fromCodePoint(replaceCodePoint(codePoint));
}
//# sourceMappingURL=decode-codepoint.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/internal/decode-shared.js
/*
 * Shared base64 decode helper for generated decode data.
 * Assumes global atob is available.
 */
function decodeBase64(input) {
    const binary = 
    // eslint-disable-next-line n/no-unsupported-features/node-builtins
    typeof atob === "function"
        ? // Browser (and Node >=16)
            // eslint-disable-next-line n/no-unsupported-features/node-builtins
            atob(input)
        : // Older Node versions (<16)
            // eslint-disable-next-line n/no-unsupported-features/node-builtins
            typeof Buffer.from === "function"
                ? // eslint-disable-next-line n/no-unsupported-features/node-builtins
                    Buffer.from(input, "base64").toString("binary")
                : // eslint-disable-next-line unicorn/no-new-buffer, n/no-deprecated-api
                    new Buffer(input, "base64").toString("binary");
    const evenLength = binary.length & ~1; // Round down to even length
    const out = new Uint16Array(evenLength / 2);
    for (let index = 0, outIndex = 0; index < evenLength; index += 2) {
        const lo = binary.charCodeAt(index);
        const hi = binary.charCodeAt(index + 1);
        out[outIndex++] = lo | (hi << 8);
    }
    return out;
}
//# sourceMappingURL=decode-shared.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/generated/decode-data-html.js
// Generated using scripts/write-decode-map.ts

const htmlDecodeTree = /* #__PURE__ */ decodeBase64("QR08ALkAAgH6AYsDNQR2BO0EPgXZBQEGLAbdBxMISQrvCmQLfQurDKQNLw4fD4YPpA+6D/IPAAAAAAAAAAAAAAAAKhBMEY8TmxUWF2EYLBkxGuAa3RsJHDscWR8YIC8jSCSIJcMl6ie3Ku8rEC0CLjoupS7kLgAIRU1hYmNmZ2xtbm9wcnN0dVQAWgBeAGUAaQBzAHcAfgCBAIQAhwCSAJoAoACsALMAbABpAGcAO4DGAMZAUAA7gCYAJkBjAHUAdABlADuAwQDBQHIiZXZlAAJhAAFpeW0AcgByAGMAO4DCAMJAEGRyAADgNdgE3XIAYQB2AGUAO4DAAMBA8CFoYZFj4SFjcgBhZAAAoFMqAAFncIsAjgBvAG4ABGFmAADgNdg43fAlbHlGdW5jdGlvbgCgYSBpAG4AZwA7gMUAxUAAAWNzpACoAHIAAOA12Jzc6SFnbgCgVCJpAGwAZABlADuAwwDDQG0AbAA7gMQAxEAABGFjZWZvcnN1xQDYANoA7QDxAPYA+QD8AAABY3LJAM8AayNzbGFzaAAAoBYidgHTANUAAKDnKmUAZAAAoAYjeQARZIABY3J0AOAA5QDrAGEidXNlAACgNSLuI291bGxpcwCgLCFhAJJjcgAA4DXYBd1wAGYAAOA12Dnd5SF2ZdhiYwDyAOoAbSJwZXEAAKBOIgAHSE9hY2RlZmhpbG9yc3UXARoBHwE6AVIBVQFiAWQBZgGCAakB6QHtAfIBYwB5ACdkUABZADuAqQCpQIABY3B5ACUBKAE1AfUhdGUGYWmg0iJ0KGFsRGlmZmVyZW50aWFsRAAAoEUhbCJleXMAAKAtIQACYWVpb0EBRAFKAU0B8iFvbgxhZABpAGwAO4DHAMdAcgBjAAhhbiJpbnQAAKAwIm8AdAAKYQABZG5ZAV0BaSJsbGEAuGB0I2VyRG90ALdg8gA5AWkAp2NyImNsZQAAAkRNUFRwAXQBeQF9AW8AdAAAoJkiaSJudXMAAKCWIuwhdXMAoJUiaSJtZXMAAKCXIm8AAAFjc4cBlAFrKndpc2VDb250b3VySW50ZWdyYWwAAKAyImUjQ3VybHkAAAFEUZwBpAFvJXVibGVRdW90ZQAAoB0gdSJvdGUAAKAZIAACbG5wdbABtgHNAdgBbwBuAGWgNyIAoHQqgAFnaXQAvAHBAcUB8iJ1ZW50AKBhIm4AdAAAoC8i7yV1ckludGVncmFsAKAuIgABZnLRAdMBAKACIe8iZHVjdACgECJuLnRlckNsb2Nrd2lzZUNvbnRvdXJJbnRlZ3JhbAAAoDMi7yFzcwCgLypjAHIAAOA12J7ccABDoNMiYQBwAACgTSKABURKU1phY2VmaW9zAAsCEgIVAhgCGwIsAjQCOQI9AnMCfwNvoEUh9CJyYWhkAKARKWMAeQACZGMAeQAFZGMAeQAPZIABZ3JzACECJQIoAuchZXIAoCEgcgAAoKEhaAB2AACg5CoAAWF5MAIzAvIhb24OYRRkbAB0oAciYQCUY3IAAOA12AfdAAFhZkECawIAAWNtRQJnAvIjaXRpY2FsAAJBREdUUAJUAl8CYwJjInV0ZQC0YG8AdAFZAloC2WJiJGxlQWN1dGUA3WJyImF2ZQBgYGkibGRlANxi7yFuZACgxCJmJWVyZW50aWFsRAAAoEYhcAR9AgAAAAAAAIECjgIAABoDZgAA4DXYO91EoagAhQKJAm8AdAAAoNwgcSJ1YWwAAKBQIuIhbGUAA0NETFJVVpkCqAK1Au8C/wIRA28AbgB0AG8AdQByAEkAbgB0AGUAZwByAGEA7ADEAW8AdAKvAgAAAACwAqhgbiNBcnJvdwAAoNMhAAFlb7kC0AJmAHQAgAFBUlQAwQLGAs0CciJyb3cAAKDQIekkZ2h0QXJyb3cAoNQhZQDlACsCbgBnAAABTFLWAugC5SFmdAABQVLcAuECciJyb3cAAKD4J+kkZ2h0QXJyb3cAoPon6SRnaHRBcnJvdwCg+SdpImdodAAAAUFU9gL7AnIicm93AACg0iFlAGUAAKCoInAAQQIGAwAAAAALA3Iicm93AACg0SFvJHduQXJyb3cAAKDVIWUlcnRpY2FsQmFyAACgJSJuAAADQUJMUlRhJAM2AzoDWgNxA3oDciJyb3cAAKGTIUJVLAMwA2EAcgAAoBMpcCNBcnJvdwAAoPUhciJldmUAEWPlIWZ00gJDAwAASwMAAFIDaSVnaHRWZWN0b3IAAKBQKWUkZVZlY3RvcgAAoF4p5SJjdG9yQqC9IWEAcgAAoFYpaSJnaHQA1AFiAwAAaQNlJGVWZWN0b3IAAKBfKeUiY3RvckKgwSFhAHIAAKBXKWUAZQBBoKQiciJyb3cAAKCnIXIAcgBvAPcAtAIAAWN0gwOHA3IAAOA12J/c8iFvaxBhAAhOVGFjZGZnbG1vcHFzdHV4owOlA6kDsAO/A8IDxgPNA9ID8gP9AwEEFAQeBCAEJQRHAEphSAA7gNAA0EBjAHUAdABlADuAyQDJQIABYWl5ALYDuQO+A/Ihb24aYXIAYwA7gMoAykAtZG8AdAAWYXIAAOA12AjdcgBhAHYAZQA7gMgAyEDlIm1lbnQAoAgiAAFhcNYD2QNjAHIAEmF0AHkAUwLhAwAAAADpA20lYWxsU3F1YXJlAACg+yVlJ3J5U21hbGxTcXVhcmUAAKCrJQABZ3D2A/kDbwBuABhhZgAA4DXYPN3zImlsb26VY3UAAAFhaQYEDgRsAFSgdSppImxkZQAAoEIi7CNpYnJpdW0AoMwhAAFjaRgEGwRyAACgMCFtAACgcyphAJdjbQBsADuAywDLQAABaXApBC0E8yF0cwCgAyLvJG5lbnRpYWxFAKBHIYACY2Zpb3MAPQQ/BEMEXQRyBHkAJGRyAADgNdgJ3WwibGVkAFMCTAQAAAAAVARtJWFsbFNxdWFyZQAAoPwlZSdyeVNtYWxsU3F1YXJlAACgqiVwA2UEAABpBAAAAABtBGYAAOA12D3dwSFsbACgACLyI2llcnRyZgCgMSFjAPIAcQQABkpUYWJjZGZnb3JzdIgEiwSOBJMElwSkBKcEqwStBLIE5QTqBGMAeQADZDuAPgA+QO0hbWFkoJMD3GNyImV2ZQAeYYABZWl5AJ0EoASjBOQhaWwiYXIAYwAcYRNkbwB0ACBhcgAA4DXYCt0AoNkicABmAADgNdg+3eUiYXRlcgADRUZHTFNUvwTIBM8E1QTZBOAEcSJ1YWwATKBlIuUhc3MAoNsidSRsbEVxdWFsAACgZyJyI2VhdGVyAACgoirlIXNzAKB3IuwkYW50RXF1YWwAoH4qaSJsZGUAAKBzImMAcgAA4DXYotwAoGsiAARBYWNmaW9zdfkE/QQFBQgFCwUTBSIFKwVSIkRjeQAqZAABY3QBBQQFZQBrAMdiXmDpIXJjJGFyAACgDCFsJWJlcnRTcGFjZQAAoAsh8AEYBQAAGwVmAACgDSHpJXpvbnRhbExpbmUAoAAlAAFjdCYFKAXyABIF8iFvayZhbQBwAEQBMQU5BW8AdwBuAEgAdQBtAPAAAAFxInVhbAAAoE8iAAdFSk9hY2RmZ21ub3N0dVMFVgVZBVwFYwVtBXAFcwV6BZAFtgXFBckFzQVjAHkAFWTsIWlnMmFjAHkAAWRjAHUAdABlADuAzQDNQAABaXlnBWwFcgBjADuAzgDOQBhkbwB0ADBhcgAAoBEhcgBhAHYAZQA7gMwAzEAAoREhYXB/BYsFAAFjZ4MFhQVyACphaSNuYXJ5SQAAoEghbABpAGUA8wD6AvQBlQUAAKUFZaAsIgABZ3KaBZ4F8iFhbACgKyLzI2VjdGlvbgCgwiJpI3NpYmxlAAABQ1SsBbEFbyJtbWEAAKBjIGkibWVzAACgYiCAAWdwdAC8Bb8FwwVvAG4ALmFmAADgNdhA3WEAmWNjAHIAAKAQIWkibGRlAChh6wHSBQAA1QVjAHkABmRsADuAzwDPQIACY2Zvc3UA4QXpBe0F8gX9BQABaXnlBegFcgBjADRhGWRyAADgNdgN3XAAZgAA4DXYQd3jAfcFAAD7BXIAAOA12KXc8iFjeQhk6yFjeQRkgANISmFjZm9zAAwGDwYSBhUGHQYhBiYGYwB5ACVkYwB5AAxk8CFwYZpjAAFleRkGHAbkIWlsNmEaZHIAAOA12A7dcABmAADgNdhC3WMAcgAA4DXYptyABUpUYWNlZmxtb3N0AD0GQAZDBl4GawZkB2gHcAd0B80H2gdjAHkACWQ7gDwAPECAAmNtbnByAEwGTwZSBlUGWwb1IXRlOWHiIWRhm2NnAACg6ifsI2FjZXRyZgCgEiFyAACgniGAAWFleQBkBmcGagbyIW9uPWHkIWlsO2EbZAABZnNvBjQHdAAABUFDREZSVFVWYXKABp4GpAbGBssG3AYDByEHwQIqBwABbnKEBowGZyVsZUJyYWNrZXQAAKDoJ/Ihb3cAoZAhQlKTBpcGYQByAACg5CHpJGdodEFycm93AKDGIWUjaWxpbmcAAKAII28A9QGqBgAAsgZiJWxlQnJhY2tldAAAoOYnbgDUAbcGAAC+BmUkZVZlY3RvcgAAoGEp5SJjdG9yQqDDIWEAcgAAoFkpbCJvb3IAAKAKI2kiZ2h0AAABQVbSBtcGciJyb3cAAKCUIeUiY3RvcgCgTikAAWVy4AbwBmUAAKGjIkFW5gbrBnIicm93AACgpCHlImN0b3IAoFopaSNhbmdsZQBCorIi+wYAAAAA/wZhAHIAAKDPKXEidWFsAACgtCJwAIABRFRWAAoHEQcYB+8kd25WZWN0b3IAoFEpZSRlVmVjdG9yAACgYCnlImN0b3JCoL8hYQByAACgWCnlImN0b3JCoLwhYQByAACgUilpAGcAaAB0AGEAcgByAG8A9wDMAnMAAANFRkdMU1Q/B0cHTgdUB1gHXwfxJXVhbEdyZWF0ZXIAoNoidSRsbEVxdWFsAACgZiJyI2VhdGVyAACgdiLlIXNzAKChKuwkYW50RXF1YWwAoH0qaSJsZGUAAKByInIAAOA12A/dZaDYIuYjdGFycm93AKDaIWkiZG90AD9hgAFucHcAege1B7kHZwAAAkxSbHKCB5QHmwerB+UhZnQAAUFSiAeNB3Iicm93AACg9SfpJGdodEFycm93AKD3J+kkZ2h0QXJyb3cAoPYn5SFmdAABYXLcAqEHaQBnAGgAdABhAHIAcgBvAPcA5wJpAGcAaAB0AGEAcgByAG8A9wDuAmYAAOA12EPdZQByAAABTFK/B8YHZSRmdEFycm93AACgmSHpJGdodEFycm93AKCYIYABY2h0ANMH1QfXB/IAWgYAoLAh8iFva0FhAKBqIgAEYWNlZmlvc3XpB+wH7gf/BwMICQgOCBEIcAAAoAUpeQAcZAABZGzyB/kHaSR1bVNwYWNlAACgXyBsI2ludHJmAACgMyFyAADgNdgQ3e4jdXNQbHVzAKATInAAZgAA4DXYRN1jAPIA/gecY4AESmFjZWZvc3R1ACEIJAgoCDUIgQiFCDsKQApHCmMAeQAKZGMidXRlAENhgAFhZXkALggxCDQI8iFvbkdh5CFpbEVhHWSAAWdzdwA7CGEIfQjhInRpdmWAAU1UVgBECEwIWQhlJWRpdW1TcGFjZQAAoAsgaABpAAABY25SCFMIawBTAHAAYQBjAOUASwhlAHIAeQBUAGgAaQDuAFQI9CFlZAABR0xnCHUIcgBlAGEAdABlAHIARwByAGUAYQB0AGUA8gDrBGUAcwBzAEwAZQBzAPMA2wdMImluZQAKYHIAAOA12BHdAAJCbnB0jAiRCJkInAhyImVhawAAoGAgwiZyZWFraW5nU3BhY2WgYGYAAKAVIUOq7CqzCMIIzQgAAOcIGwkAAAAAAAAtCQAAbwkAAIcJAACdCcAJGQoAADQKAAFvdbYIvAjuI2dydWVudACgYiJwIkNhcAAAoG0ibyh1YmxlVmVydGljYWxCYXIAAKAmIoABbHF4ANII1wjhCOUibWVudACgCSL1IWFsVKBgImkibGRlAADgQiI4A2kic3RzAACgBCJyI2VhdGVyAACjbyJFRkdMU1T1CPoIAgkJCQ0JFQlxInVhbAAAoHEidSRsbEVxdWFsAADgZyI4A3IjZWF0ZXIAAOBrIjgD5SFzcwCgeSLsJGFudEVxdWFsAOB+KjgDaSJsZGUAAKB1IvUhbXBEASAJJwnvI3duSHVtcADgTiI4A3EidWFsAADgTyI4A2UAAAFmczEJRgn0JFRyaWFuZ2xlQqLqIj0JAAAAAEIJYQByAADgzyk4A3EidWFsAACg7CJzAICibiJFR0xTVABRCVYJXAlhCWkJcSJ1YWwAAKBwInIjZWF0ZXIAAKB4IuUhc3MA4GoiOAPsJGFudEVxdWFsAOB9KjgDaSJsZGUAAKB0IuUic3RlZAABR0x1CX8J8iZlYXRlckdyZWF0ZXIA4KIqOAPlI3NzTGVzcwDgoSo4A/IjZWNlZGVzAKGAIkVTjwmVCXEidWFsAADgryo4A+wkYW50RXF1YWwAoOAiAAFlaaAJqQl2JmVyc2VFbGVtZW50AACgDCLnJWh0VHJpYW5nbGVCousitgkAAAAAuwlhAHIAAODQKTgDcSJ1YWwAAKDtIgABcXXDCeAJdSNhcmVTdQAAAWJwywnVCfMhZXRF4I8iOANxInVhbAAAoOIi5SJyc2V0ReCQIjgDcSJ1YWwAAKDjIoABYmNwAOYJ8AkNCvMhZXRF4IIi0iBxInVhbAAAoIgi4yJlZWRzgKGBIkVTVAD6CQAKBwpxInVhbAAA4LAqOAPsJGFudEVxdWFsAKDhImkibGRlAADgfyI4A+UicnNldEXggyLSIHEidWFsAACgiSJpImxkZQCAoUEiRUZUACIKJwouCnEidWFsAACgRCJ1JGxsRXF1YWwAAKBHImkibGRlAACgSSJlJXJ0aWNhbEJhcgAAoCQiYwByAADgNdip3GkAbABkAGUAO4DRANFAnWMAB0VhY2RmZ21vcHJzdHV2XgphCmgKcgp2CnoKgQqRCpYKqwqtCrsKyArNCuwhaWdSYWMAdQB0AGUAO4DTANNAAAFpeWwKcQpyAGMAO4DUANRAHmRiImxhYwBQYXIAAOA12BLdcgBhAHYAZQA7gNIA0kCAAWFlaQCHCooKjQpjAHIATGFnAGEAqWNjInJvbgCfY3AAZgAA4DXYRt3lI25DdXJseQABRFGeCqYKbyV1YmxlUXVvdGUAAKAcIHUib3RlAACgGCAAoFQqAAFjbLEKtQpyAADgNdiq3GEAcwBoADuA2ADYQGkAbAHACsUKZABlADuA1QDVQGUAcwAAoDcqbQBsADuA1gDWQGUAcgAAAUJQ0wrmCgABYXLXCtoKcgAAoD4gYQBjAAABZWvgCuIKAKDeI2UAdAAAoLQjYSVyZW50aGVzaXMAAKDcI4AEYWNmaGlsb3JzAP0KAwsFCwkLCwsMCxELIwtaC3IjdGlhbEQAAKACInkAH2RyAADgNdgT3WkApmOgY/Ujc01pbnVzsWAAAWlwFQsgC24AYwBhAHIAZQBwAGwAYQBuAOUACgVmAACgGSGAobsqZWlvACoLRQtJC+MiZWRlc4CheiJFU1QANAs5C0ALcSJ1YWwAAKCvKuwkYW50RXF1YWwAoHwiaSJsZGUAAKB+Im0AZQAAoDMgAAFkcE0LUQv1IWN0AKAPIm8jcnRpb24AYaA3ImwAAKAdIgABY2leC2ILcgAA4DXYq9yoYwACVWZvc2oLbwtzC3cLTwBUADuAIgAiQHIAAOA12BTdcABmAACgGiFjAHIAAOA12KzcAAZCRWFjZWZoaW9yc3WPC5MLlwupC7YL2AvbC90LhQyTDJoMowzhIXJyAKAQKUcAO4CuAK5AgAFjbnIAnQugC6ML9SF0ZVRhZwAAoOsncgB0oKAhbAAAoBYpgAFhZXkArwuyC7UL8iFvblhh5CFpbFZhIGR2oBwhZSJyc2UAAAFFVb8LzwsAAWxxwwvIC+UibWVudACgCyL1JGlsaWJyaXVtAKDLIXAmRXF1aWxpYnJpdW0AAKBvKXIAAKAcIW8AoWPnIWh0AARBQ0RGVFVWYewLCgwQDDIMNwxeDHwM9gIAAW5y8Av4C2clbGVCcmFja2V0AACg6SfyIW93AKGSIUJM/wsDDGEAcgAAoOUhZSRmdEFycm93AACgxCFlI2lsaW5nAACgCSNvAPUBFgwAAB4MYiVsZUJyYWNrZXQAAKDnJ24A1AEjDAAAKgxlJGVWZWN0b3IAAKBdKeUiY3RvckKgwiFhAHIAAKBVKWwib29yAACgCyMAAWVyOwxLDGUAAKGiIkFWQQxGDHIicm93AACgpiHlImN0b3IAoFspaSNhbmdsZQBCorMiVgwAAAAAWgxhAHIAAKDQKXEidWFsAACgtSJwAIABRFRWAGUMbAxzDO8kd25WZWN0b3IAoE8pZSRlVmVjdG9yAACgXCnlImN0b3JCoL4hYQByAACgVCnlImN0b3JCoMAhYQByAACgUykAAXB1iQyMDGYAAKAdIe4kZEltcGxpZXMAoHAp6SRnaHRhcnJvdwCg2yEAAWNongyhDHIAAKAbIQCgsSHsJGVEZWxheWVkAKD0KYAGSE9hY2ZoaW1vcXN0dQC/DMgMzAzQDOIM5gwKDQ0NFA0ZDU8NVA1YDQABQ2PDDMYMyCFjeSlkeQAoZEYiVGN5ACxkYyJ1dGUAWmEAorwqYWVpedgM2wzeDOEM8iFvbmBh5CFpbF5hcgBjAFxhIWRyAADgNdgW3e8hcnQAAkRMUlXvDPYM/QwEDW8kd25BcnJvdwAAoJMhZSRmdEFycm93AACgkCHpJGdodEFycm93AKCSIXAjQXJyb3cAAKCRIechbWGjY+EkbGxDaXJjbGUAoBgicABmAADgNdhK3XICHw0AAAAAIg10AACgGiLhIXJlgKGhJUlTVQAqDTINSg3uJXRlcnNlY3Rpb24AoJMidQAAAWJwNw1ADfMhZXRFoI8icSJ1YWwAAKCRIuUicnNldEWgkCJxInVhbAAAoJIibiJpb24AAKCUImMAcgAA4DXYrtxhAHIAAKDGIgACYmNtcF8Nag2ODZANc6DQImUAdABFoNAicSJ1YWwAAKCGIgABY2huDYkNZSJlZHMAgKF7IkVTVAB4DX0NhA1xInVhbAAAoLAq7CRhbnRFcXVhbACgfSJpImxkZQAAoH8iVABoAGEA9ADHCwCgESIAodEiZXOVDZ8NciJzZXQARaCDInEidWFsAACghyJlAHQAAKDRIoAFSFJTYWNmaGlvcnMAtQ27Db8NyA3ODdsN3w3+DRgOHQ4jDk8AUgBOADuA3gDeQMEhREUAoCIhAAFIY8MNxg1jAHkAC2R5ACZkAAFidcwNzQ0JYKRjgAFhZXkA1A3XDdoN8iFvbmRh5CFpbGJhImRyAADgNdgX3QABZWnjDe4N8gHoDQAA7Q3lImZvcmUAoDQiYQCYYwABY27yDfkNayNTcGFjZQAA4F8gCiDTInBhY2UAoAkg7CFkZYChPCJFRlQABw4MDhMOcSJ1YWwAAKBDInUkbGxFcXVhbAAAoEUiaSJsZGUAAKBIInAAZgAA4DXYS93pI3BsZURvdACg2yAAAWN0Jw4rDnIAAOA12K/c8iFva2Zh4QpFDlYOYA5qDgAAbg5yDgAAAAAAAAAAAAB5DnwOqA6zDgAADg8RDxYPGg8AAWNySA5ODnUAdABlADuA2gDaQHIAb6CfIeMhaXIAoEkpcgDjAVsOAABdDnkADmR2AGUAbGEAAWl5Yw5oDnIAYwA7gNsA20AjZGIibGFjAHBhcgAA4DXYGN1yAGEAdgBlADuA2QDZQOEhY3JqYQABZGl/Dp8OZQByAAABQlCFDpcOAAFhcokOiw5yAF9gYQBjAAABZWuRDpMOAKDfI2UAdAAAoLUjYSVyZW50aGVzaXMAAKDdI28AbgBQoMMi7CF1cwCgjiIAAWdwqw6uDm8AbgByYWYAAOA12EzdAARBREVUYWRwc78O0g7ZDuEOBQPqDvMOBw9yInJvdwDCoZEhyA4AAMwOYQByAACgEilvJHduQXJyb3cAAKDFIW8kd25BcnJvdwAAoJUhcSV1aWxpYnJpdW0AAKBuKWUAZQBBoKUiciJyb3cAAKClIW8AdwBuAGEAcgByAG8A9wAQA2UAcgAAAUxS+Q4AD2UkZnRBcnJvdwAAoJYh6SRnaHRBcnJvdwCglyFpAGyg0gNvAG4ApWPpIW5nbmFjAHIAAOA12LDcaSJsZGUAaGFtAGwAO4DcANxAgAREYmNkZWZvc3YALQ8xDzUPNw89D3IPdg97D4AP4SFzaACgqyJhAHIAAKDrKnkAEmThIXNobKCpIgCg5ioAAWVyQQ9DDwCgwSKAAWJ0eQBJD00Paw9hAHIAAKAWIGmgFiDjIWFsAAJCTFNUWA9cD18PZg9hAHIAAKAjIukhbmV8YGUkcGFyYXRvcgAAoFgnaSJsZGUAAKBAItQkaGluU3BhY2UAoAogcgAA4DXYGd1wAGYAAOA12E3dYwByAADgNdix3GQiYXNoAACgqiKAAmNlZm9zAI4PkQ+VD5kPng/pIXJjdGHkIWdlAKDAInIAAOA12BrdcABmAADgNdhO3WMAcgAA4DXYstwAAmZpb3OqD64Prw+0D3IAAOA12BvdnmNwAGYAAOA12E/dYwByAADgNdiz3IAEQUlVYWNmb3N1AMgPyw/OD9EP2A/gD+QP6Q/uD2MAeQAvZGMAeQAHZGMAeQAuZGMAdQB0AGUAO4DdAN1AAAFpedwP3w9yAGMAdmErZHIAAOA12BzdcABmAADgNdhQ3WMAcgAA4DXYtNxtAGwAeGEABEhhY2RlZm9z/g8BEAUQDRAQEB0QIBAkEGMAeQAWZGMidXRlAHlhAAFheQkQDBDyIW9ufWEXZG8AdAB7YfIBFRAAABwQbwBXAGkAZAB0AOgAVAhhAJZjcgAAoCghcABmAACgJCFjAHIAAOA12LXc4QtCEEkQTRAAAGcQbRByEAAAAAAAAAAAeRCKEJcQ8hD9EAAAGxEhETIROREAAD4RYwB1AHQAZQA7gOEA4UByImV2ZQADYYCiPiJFZGl1eQBWEFkQWxBgEGUQAOA+IjMDAKA/InIAYwA7gOIA4kB0AGUAO4C0ALRAMGRsAGkAZwA7gOYA5kByoGEgAOA12B7dcgBhAHYAZQA7gOAA4EAAAWVwfBCGEAABZnCAEIQQ8yF5bQCgNSHoAIMQaABhALFjAAFhcI0QWwAAAWNskRCTEHIAAWFnAACgPypkApwQAAAAALEQAKInImFkc3ajEKcQqRCuEG4AZAAAoFUqAKBcKmwib3BlAACgWCoAoFoqAKMgImVsbXJzersQvRDAEN0Q5RDtEACgpCllAACgICJzAGQAYaAhImEEzhDQENIQ1BDWENgQ2hDcEACgqCkAoKkpAKCqKQCgqykAoKwpAKCtKQCgrikAoK8pdAB2oB8iYgBkoL4iAKCdKQABcHTpEOwQaAAAoCIixWDhIXJyAKB8IwABZ3D1EPgQbwBuAAVhZgAA4DXYUt0Ao0giRWFlaW9wBxEJEQ0RDxESERQRAKBwKuMhaXIAoG8qAKBKImQAAKBLInMAJ2DyIW94ZaBIIvEADhFpAG4AZwA7gOUA5UCAAWN0eQAmESoRKxFyAADgNdi23CpgbQBwAGWgSCLxAPgBaQBsAGQAZQA7gOMA40BtAGwAO4DkAORAAAFjaUERRxFvAG4AaQBuAPQA6AFuAHQAAKARKgAITmFiY2RlZmlrbG5vcHJzdWQRaBGXEZ8RpxGrEdIR1hErEjASexKKEn0RThNbE3oTbwB0AACg7SoAAWNybBGJEWsAAAJjZXBzdBF4EX0RghHvIW5nAKBMInAjc2lsb24A9mNyImltZQAAoDUgaQBtAGWgPSJxAACgzSJ2AY0RkRFlAGUAAKC9ImUAZABnoAUjZQAAoAUjcgBrAHSgtSPiIXJrAKC2IwABb3mjEaYRbgDnAHcRMWTxIXVvAKAeIIACY21wcnQAtBG5Eb4RwRHFEeEhdXPloDUi5ABwInR5dgAAoLApcwDpAH0RbgBvAPUA6gCAAWFodwDLEcwRzhGyYwCgNiHlIWVuAKBsInIAAOA12B/dZwCAA2Nvc3R1dncA4xHyEQUSEhIhEiYSKRKAAWFpdQDpEesR7xHwAKMFcgBjAACg7yVwAACgwyKAAWRwdAD4EfwRABJvAHQAAKAAKuwhdXMAoAEqaSJtZXMAAKACKnECCxIAAAAADxLjIXVwAKAGKmEAcgAAoAUm8iNpYW5nbGUAAWR1GhIeEu8hd24AoL0lcAAAoLMlcCJsdXMAAKAEKmUA5QBCD+UAkg9hInJvdwAAoA0pgAFha28ANhJoEncSAAFjbjoSZRJrAIABbHN0AEESRxJNEm8jemVuZ2UAAKDrKXEAdQBhAHIA5QBcBPIjaWFuZ2xlgKG0JWRscgBYElwSYBLvIXduAKC+JeUhZnQAoMIlaSJnaHQAAKC4JWsAAKAjJLEBbRIAAHUSsgFxEgAAcxIAoJIlAKCRJTQAAKCTJWMAawAAoIglAAFlb38ShxJx4D0A5SD1IWl2AOBhIuUgdAAAoBAjAAJwdHd4kRKVEpsSnxJmAADgNdhT3XSgpSJvAG0AAKClIvQhaWUAoMgiAAZESFVWYmRobXB0dXayEsES0RLgEvcS+xIKExoTHxMjEygTNxMAAkxSbHK5ErsSvRK/EgCgVyUAoFQlAKBWJQCgUyUAolAlRFVkdckSyxLNEs8SAKBmJQCgaSUAoGQlAKBnJQACTFJsctgS2hLcEt4SAKBdJQCgWiUAoFwlAKBZJQCjUSVITFJobHLrEu0S7xLxEvMS9RIAoGwlAKBjJQCgYCUAoGslAKBiJQCgXyVvAHgAAKDJKQACTFJscgITBBMGEwgTAKBVJQCgUiUAoBAlAKAMJQCiACVEVWR1EhMUExYTGBMAoGUlAKBoJQCgLCUAoDQlaSJudXMAAKCfIuwhdXMAoJ4iaSJtZXMAAKCgIgACTFJsci8TMRMzEzUTAKBbJQCgWCUAoBglAKAUJQCjAiVITFJobHJCE0QTRhNIE0oTTBMAoGolAKBhJQCgXiUAoDwlAKAkJQCgHCUAAWV2UhNVE3YA5QD5AGIAYQByADuApgCmQAACY2Vpb2ITZhNqE24TcgAA4DXYt9xtAGkAAKBPIG0A5aA9IogRbAAAoVwAYmh0E3YTAKDFKfMhdWIAoMgnbAF+E4QTbABloCIgdAAAoCIgcAAAoU4iRWWJE4sTAKCuKvGgTyI8BeEMqRMAAN8TABQDFB8UAAAjFDQUAAAAAIUUAAAAAI0UAAAAANcU4xT3FPsUAACIFQAAlhWAAWNwcgCuE7ET1RP1IXRlB2GAoikiYWJjZHMAuxO/E8QTzhPSE24AZAAAoEQqciJjdXAAAKBJKgABYXXIE8sTcAAAoEsqcAAAoEcqbwB0AACgQCoA4CkiAP4AAWVv2RPcE3QAAKBBIO4ABAUAAmFlaXXlE+8T9RP4E/AB6hMAAO0TcwAAoE0qbwBuAA1hZABpAGwAO4DnAOdAcgBjAAlhcABzAHOgTCptAACgUCpvAHQAC2GAAWRtbgAIFA0UEhRpAGwAO4C4ALhAcCJ0eXYAAKCyKXQAAIGiADtlGBQZFKJAcgBkAG8A9ABiAXIAAOA12CDdgAFjZWkAKBQqFDIUeQBHZGMAawBtoBMn4SFyawCgEyfHY3IAAKPLJUVjZWZtcz8UQRRHFHcUfBSAFACgwykAocYCZWxGFEkUcQAAoFciZQBhAlAUAAAAAGAUciJyb3cAAAFsclYUWhTlIWZ0AKC6IWkiZ2h0AACguyGAAlJTYWNkAGgUaRRrFG8UcxSuYACgyCRzAHQAAKCbIukhcmMAoJoi4SFzaACgnSJuImludAAAoBAqaQBkAACg7yrjIWlyAKDCKfUhYnN1oGMmaQB0AACgYybsApMUmhS2FAAAwxRvAG4AZaA6APGgVCKrAG0CnxQAAAAAoxRhAHSgLABAYAChASJmbKcUqRTuABMNZQAAAW14rhSyFOUhbnQAoAEiZQDzANIB5wG6FAAAwBRkoEUibwB0AACgbSpuAPQAzAGAAWZyeQDIFMsUzhQA4DXYVN1vAOQA1wEAgakAO3MeAdMUcgAAoBchAAFhb9oU3hRyAHIAAKC1IXMAcwAAoBcnAAFjdeYU6hRyAADgNdi43AABYnDuFPIUZaDPKgCg0SploNAqAKDSKuQhb3QAoO8igANkZWxwcnZ3AAYVEBUbFSEVRBVlFYQV4SFycgABbHIMFQ4VAKA4KQCgNSlwAhYVAAAAABkVcgAAoN4iYwAAoN8i4SFycnCgtiEAoD0pgKIqImJjZG9zACsVMBU6FT4VQRVyImNhcAAAoEgqAAFhdTQVNxVwAACgRipwAACgSipvAHQAAKCNInIAAKBFKgDgKiIA/gACYWxydksVURVuFXMVcgByAG2gtyEAoDwpeQCAAWV2dwBYFWUVaRVxAHACXxUAAAAAYxVyAGUA4wAXFXUA4wAZFWUAZQAAoM4iZSJkZ2UAAKDPImUAbgA7gKQApEBlI2Fycm93AAABbHJ7FX8V5SFmdACgtiFpImdodAAAoLchZQDkAG0VAAFjaYsVkRVvAG4AaQBuAPQAkwFuAHQAAKAxImwiY3R5AACgLSOACUFIYWJjZGVmaGlqbG9yc3R1d3oAuBW7Fb8V1RXgFegV+RUKFhUWHxZUFlcWZRbFFtsW7xb7FgUXChdyAPIAtAJhAHIAAKBlKQACZ2xyc8YVyhXOFdAV5yFlcgCgICDlIXRoAKA4IfIA9QxoAHagECAAoKMiawHZFd4VYSJyb3cAAKAPKWEA4wBfAgABYXnkFecV8iFvbg9hNGQAoUYhYW/tFfQVAAFnciEC8RVyAACgyiF0InNlcQAAoHcqgAFnbG0A/xUCFgUWO4CwALBAdABhALRjcCJ0eXYAAKCxKQABaXIOFhIW8yFodACgfykA4DXYId1hAHIAAAFschsWHRYAoMMhAKDCIYACYWVnc3YAKBauAjYWOhY+Fm0AAKHEIm9zLhY0Fm4AZABzoMQi9SFpdACgZiZhIm1tYQDdY2kAbgAAoPIiAKH3AGlvQxZRFmQAZQAAgfcAO29KFksW90BuI3RpbWVzAACgxyJuAPgAUBZjAHkAUmRjAG8CXhYAAAAAYhZyAG4AAKAeI28AcAAAoA0jgAJscHR1dwBuFnEWdRaSFp4W7CFhciRgZgAA4DXYVd0AotkCZW1wc30WhBaJFo0WcQBkoFAibwB0AACgUSJpIm51cwAAoDgi7CF1cwCgFCLxInVhcmUAoKEiYgBsAGUAYgBhAHIAdwBlAGQAZwDlANcAbgCAAWFkaAClFqoWtBZyAHIAbwD3APUMbwB3AG4AYQByAHIAbwB3APMA8xVhI3Jwb29uAAABbHK8FsAWZQBmAPQAHBZpAGcAaAD0AB4WYgHJFs8WawBhAHIAbwD3AJILbwLUFgAAAADYFnIAbgAAoB8jbwBwAACgDCOAAWNvdADhFukW7BYAAXJ55RboFgDgNdi53FVkbAAAoPYp8iFvaxFhAAFkcvMW9xZvAHQAAKDxImkA5qC/JVsSAAFhaP8WAhdyAPIANQNhAPIA1wvhIm5nbGUAoKYpAAFjaQ4XEBd5AF9k5yJyYXJyAKD/JwAJRGFjZGVmZ2xtbm9wcXJzdHV4MRc4F0YXWxcyBF4XaRd5F40XrBe0F78X2RcVGCEYLRg1GEAYAAFEbzUXgRZvAPQA+BUAAWNzPBdCF3UAdABlADuA6QDpQPQhZXIAoG4qAAJhaW95TRdQF1YXWhfyIW9uG2FyAGOgViI7gOoA6kDsIW9uAKBVIk1kbwB0ABdhAAFEcmIXZhdvAHQAAKBSIgDgNdgi3XKhmipuF3QXYQB2AGUAO4DoAOhAZKCWKm8AdAAAoJgqgKGZKmlscwCAF4UXhxfuInRlcnMAoOcjAKATIWSglSpvAHQAAKCXKoABYXBzAJMXlheiF2MAcgATYXQAeQBzogUinxcAAAAAoRdlAHQAAKAFInAAMaADIDMBqRerFwCgBCAAoAUgAAFnc7AXsRdLYXAAAKACIAABZ3C4F7sXbwBuABlhZgAA4DXYVt2AAWFscwDFF8sXzxdyAHOg1SJsAACg4yl1AHMAAKBxKmkAAKG1A2x21RfYF28AbgC1Y/VjAAJjc3V24BfoF/0XEBgAAWlv5BdWF3IAYwAAoFYiaQLuFwAAAADwF+0ADQThIW50AAFnbPUX+Rd0AHIAAKCWKuUhc3MAoJUqgAFhZWkAAxgGGAoYbABzAD1gcwB0AACgXyJ2AESgYSJEAACgeCrwImFyc2wAoOUpAAFEYRkYHRhvAHQAAKBTInIAcgAAoHEpgAFjZGkAJxgqGO0XcgAAoC8hbwD0AIwCAAFhaDEYMhi3YzuA8ADwQAABbXI5GD0YbAA7gOsA60BvAACgrCCAAWNpcABGGEgYSxhsACFgcwD0ACwEAAFlb08YVxhjAHQAYQB0AGkAbwDuABoEbgBlAG4AdABpAGEAbADlADME4Ql1GAAAgRgAAIMYiBgAAAAAoRilGAAAqhgAALsYvhjRGAAA1xgnGWwAbABpAG4AZwBkAG8AdABzAGUA8QBlF3kARGRtImFsZQAAoEAmgAFpbHIAjRiRGJ0Y7CFpZwCgA/tpApcYAAAAAJoYZwAAoAD7aQBnAACgBPsA4DXYI93sIWlnAKAB++whaWcA4GYAagCAAWFsdACvGLIYthh0AACgbSZpAGcAAKAC+24AcwAAoLElbwBmAJJh8AHCGAAAxhhmAADgNdhX3QABYWvJGMwYbADsAGsEdqDUIgCg2SphI3J0aW50AACgDSoAAWFv2hgiGQABY3PeGB8ZsQPnGP0YBRkSGRUZAAAdGbID7xjyGPQY9xj5GAAA+xg7gL0AvUAAoFMhO4C8ALxAAKBVIQCgWSEAoFshswEBGQAAAxkAoFQhAKBWIbQCCxkOGQAAAAAQGTuAvgC+QACgVyEAoFwhNQAAoFghtgEZGQAAGxkAoFohAKBdITgAAKBeIWwAAKBEIHcAbgAAoCIjYwByAADgNdi73IAIRWFiY2RlZmdpamxub3JzdHYARhlKGVoZXhlmGWkZkhmWGZkZnRmgGa0ZxhnLGc8Z4BkjGmygZyIAoIwqgAFjbXAAUBlTGVgZ9SF0ZfVhbQBhAOSgswM6FgCghipyImV2ZQAfYQABaXliGWUZcgBjAB1hM2RvAHQAIWGAoWUibHFzAMYEcBl6GfGhZSLOBAAAdhlsAGEAbgD0AN8EgKF+KmNkbACBGYQZjBljAACgqSpvAHQAb6CAKmyggioAoIQqZeDbIgD+cwAAoJQqcgAA4DXYJN3noGsirATtIWVsAKA3IWMAeQBTZIChdyJFYWoApxmpGasZAKCSKgCgpSoAoKQqAAJFYWVztBm2Gb0ZwhkAoGkicABwoIoq8iFveACgiipxoIgq8aCIKrUZaQBtAACg5yJwAGYAAOA12FjdYQB2AOUAYwIAAWNp0xnWGXIAAKAKIW0AAKFzImVs3BneGQCgjioAoJAqAIM+ADtjZGxxco0E6xn0GfgZ/BkBGgABY2nvGfEZAKCnKnIAAKB6Km8AdAAAoNci0CFhcgCglSl1ImVzdAAAoHwqgAJhZGVscwAKGvQZFhrVBCAa8AEPGgAAFBpwAHIAbwD4AFkZcgAAoHgpcQAAAWxxxAQbGmwAZQBzAPMASRlpAO0A5AQAAWVuJxouGnIjdG5lcXEAAOBpIgD+xQAsGgAFQWFiY2Vma29zeUAaQxpmGmoabRqDGocalhrCGtMacgDyAMwCAAJpbG1yShpOGlAaVBpyAHMA8ABxD2YAvWBpAGwA9AASBQABZHJYGlsaYwB5AEpkAKGUIWN3YBpkGmkAcgAAoEgpAKCtIWEAcgAAoA8h6SFyYyVhgAFhbHIAcxp7Gn8a8iF0c3WgZSZpAHQAAKBlJuwhaXAAoCYg4yFvbgCguSJyAADgNdgl3XMAAAFld4wakRphInJvdwAAoCUpYSJyb3cAAKAmKYACYW1vcHIAnxqjGqcauhq+GnIAcgAAoP8h9CFodACgOyJrAAABbHKsGrMaZSRmdGFycm93AACgqSHpJGdodGFycm93AKCqIWYAAOA12Fnd4iFhcgCgFSCAAWNsdADIGswa0BpyAADgNdi93GEAcwDoAGka8iFvaydhAAFicNca2xr1IWxsAKBDIOghZW4AoBAg4Qr2GgAA/RoAAAgbExsaGwAAIRs7GwAAAAA+G2IbmRuVG6sbAACyG80b0htjAHUAdABlADuA7QDtQAChYyBpeQEbBhtyAGMAO4DuAO5AOGQAAWN4CxsNG3kANWRjAGwAO4ChAKFAAAFmcssCFhsA4DXYJt1yAGEAdgBlADuA7ADsQIChSCFpbm8AJxsyGzYbAAFpbisbLxtuAHQAAKAMKnQAAKAtIuYhaW4AoNwpdABhAACgKSHsIWlnM2GAAWFvcABDG1sbXhuAAWNndABJG0sbWRtyACthgAFlbHAAcQVRG1UbaQBuAOUAyAVhAHIA9AByBWgAMWFmAACgtyJlAGQAtWEAoggiY2ZvdGkbbRt1G3kb4SFyZQCgBSFpAG4AdKAeImkAZQAAoN0pZABvAPQAWxsAoisiY2VscIEbhRuPG5QbYQBsAACguiIAAWdyiRuNG2UAcgDzACMQ4wCCG2EicmhrAACgFyryIW9kAKA8KgACY2dwdJ8boRukG6gbeQBRZG8AbgAvYWYAAOA12FrdYQC5Y3UAZQBzAHQAO4C/AL9AAAFjabUbuRtyAADgNdi+3G4AAKIIIkVkc3bCG8QbyBvQAwCg+SJvAHQAAKD1Inag9CIAoPMiaaBiIOwhZGUpYesB1hsAANkbYwB5AFZkbAA7gO8A70AAA2NmbW9zdeYb7hvyG/Ub+hsFHAABaXnqG+0bcgBjADVhOWRyAADgNdgn3eEhdGg3YnAAZgAA4DXYW93jAf8bAAADHHIAAOA12L/c8iFjeVhk6yFjeVRkAARhY2ZnaGpvcxUcGhwiHCYcKhwtHDAcNRzwIXBhdqC6A/BjAAFleR4cIRzkIWlsN2E6ZHIAAOA12CjdciJlZW4AOGFjAHkARWRjAHkAXGRwAGYAAOA12FzdYwByAADgNdjA3IALQUJFSGFiY2RlZmdoamxtbm9wcnN0dXYAXhxtHHEcdRx5HN8cBx0dHTwd3B3tHfEdAR4EHh0eLB5FHrwewx7hHgkfPR9LH4ABYXJ0AGQcZxxpHHIA8gBvB/IAxQLhIWlsAKAbKeEhcnIAoA4pZ6BmIgCgiyphAHIAAKBiKWMJjRwAAJAcAACVHAAAAAAAAAAAAACZHJwcAACmHKgcrRwAANIc9SF0ZTph7SJwdHl2AKC0KXIAYQDuAFoG4iFkYbtjZwAAoegnZGyhHKMcAKCRKeUAiwYAoIUqdQBvADuAqwCrQHIAgKOQIWJmaGxwc3QAuhy/HMIcxBzHHMoczhxmoOQhcwAAoB8pcwAAoB0p6wCyGnAAAKCrIWwAAKA5KWkAbQAAoHMpbAAAoKIhAKGrKmFl1hzaHGkAbAAAoBkpc6CtKgDgrSoA/oABYWJyAOUc6RztHHIAcgAAoAwpcgBrAACgcicAAWFr8Rz4HGMAAAFla/Yc9xx7YFtgAAFlc/wc/hwAoIspbAAAAWR1Ax0FHQCgjykAoI0pAAJhZXV5Dh0RHRodHB3yIW9uPmEAAWRpFR0YHWkAbAA8YewAowbiAPccO2QAAmNxcnMkHScdLB05HWEAAKA2KXUAbwDyoBwgqhEAAWR1MB00HeghYXIAoGcpcyJoYXIAAKBLKWgAAKCyIQCiZCJmZ3FzRB1FB5Qdnh10AIACYWhscnQATh1WHWUdbB2NHXIicm93AHSgkCFhAOkAzxxhI3Jwb29uAAABZHVeHWId7yF3bgCgvSFwAACgvCHlJGZ0YXJyb3dzAKDHIWkiZ2h0AIABYWhzAHUdex2DHXIicm93APOglCGdBmEAcgBwAG8AbwBuAPMAzgtxAHUAaQBnAGEAcgByAG8A9wBlGugkcmVldGltZXMAoMsi8aFkIk0HAACaHWwAYQBuAPQAXgcAon0qY2Rnc6YdqR2xHbcdYwAAoKgqbwB0AG+gfypyoIEqAKCDKmXg2iIA/nMAAKCTKoACYWRlZ3MAwB3GHcod1h3ZHXAAcAByAG8A+ACmHG8AdAAAoNYicQAAAWdxzx3SHXQA8gBGB2cAdADyAHQcdADyAFMHaQDtAGMHgAFpbHIA4h3mHeod8yFodACgfClvAG8A8gDKBgDgNdgp3UWgdiIAoJEqYQH1Hf4dcgAAAWR1YB35HWygvCEAoGopbABrAACghCVjAHkAWWQAomoiYWNodAweDx4VHhkecgDyAGsdbwByAG4AZQDyAGAW4SFyZACgaylyAGkAAKD6JQABaW8hHiQe5CFvdEBh9SFzdGGgsCPjIWhlAKCwIwACRWFlczMeNR48HkEeAKBoInAAcKCJKvIhb3gAoIkqcaCHKvGghyo0HmkAbQAAoOYiAARhYm5vcHR3elIeXB5fHoUelh6mHqsetB4AAW5yVh5ZHmcAAKDsJ3IAAKD9IXIA6wCwBmcAgAFsbXIAZh52Hnse5SFmdAABYXKIB2weaQBnAGgAdABhAHIAcgBvAPcAkwfhInBzdG8AoPwnaQBnAGgAdABhAHIAcgBvAPcAmgdwI2Fycm93AAABbHKNHpEeZQBmAPQAxhxpImdodAAAoKwhgAFhZmwAnB6fHqIecgAAoIUpAOA12F3ddQBzAACgLSppIm1lcwAAoDQqYQGvHrMecwB0AACgFyLhAIoOZaHKJbkeRhLuIWdlAKDKJWEAcgBsoCgAdAAAoJMpgAJhY2htdADMHs8e1R7bHt0ecgDyAJ0GbwByAG4AZQDyANYWYQByAGSgyyEAoG0pAKAOIHIAaQAAoL8iAANhY2hpcXTrHu8e1QfzHv0eBh/xIXVvAKA5IHIAAOA12MHcbQDloXIi+h4AAPweAKCNKgCgjyoAAWJ19xwBH28AcqAYIACgGiDyIW9rQmEAhDwAO2NkaGlscXJCBhcfxh0gHyQfKB8sHzEfAAFjaRsfHR8AoKYqcgAAoHkqcgBlAOUAkx3tIWVzAKDJIuEhcnIAoHYpdSJlc3QAAKB7KgABUGk1HzkfYQByAACglillocMlAgdfEnIAAAFkdUIfRx9zImhhcgAAoEop6CFhcgCgZikAAWVuTx9WH3IjdG5lcXEAAOBoIgD+xQBUHwAHRGFjZGVmaGlsbm9wc3VuH3Ifoh+rH68ftx+7H74f5h/uH/MfBwj/HwsgxCFvdACgOiIAAmNscHJ5H30fiR+eH3IAO4CvAK9AAAFldIEfgx8AoEImZaAgJ3MAZQAAoCAnc6CmIXQAbwCAoaYhZGx1AJQfmB+cH28AdwDuAHkDZQBmAPQA6gbwAOkO6yFlcgCgriUAAW95ph+qH+0hbWEAoCkqPGThIXNoAKAUIOElc3VyZWRhbmdsZQCgISJyAADgNdgq3W8AAKAnIYABY2RuAMQfyR/bH3IAbwA7gLUAtUBhoiMi0B8AANMf1x9zAPQAKxFpAHIAAKDwKm8AdAA7gLcAt0B1AHMA4qESIh4TAADjH3WgOCIAoCoqYwHqH+0fcAAAoNsq8gB+GnAAbAB1APMACAgAAWRw9x/7H+UhbHMAoKciZgAA4DXYXt0AAWN0AyAHIHIAAOA12MLc8CFvcwCgPiJsobwDECAVIPQiaW1hcACguCJhAPAAEyAADEdMUlZhYmNkZWZnaGlqbG1vcHJzdHV2dzwgRyBmIG0geSCqILgg2iDeIBEhFSEyIUMhTSFQIZwhnyHSIQAiIyKLIrEivyIUIwABZ3RAIEMgAODZIjgD9uBrItIgBwmAAWVsdABNIF8gYiBmAHQAAAFhclMgWCByInJvdwAAoM0h6SRnaHRhcnJvdwCgziEA4NgiOAP24Goi0iBfCekkZ2h0YXJyb3cAoM8hAAFEZHEgdSDhIXNoAKCvIuEhc2gAoK4igAJiY25wdACCIIYgiSCNIKIgbABhAACgByL1IXRlRGFnAADgICLSIACiSSJFaW9wlSCYIJwgniAA4HAqOANkAADgSyI4A3MASWFyAG8A+AAyCnUAcgBhoG4mbADzoG4mmwjzAa8gAACzIHAAO4CgAKBAbQBwAOXgTiI4AyoJgAJhZW91eQDBIMogzSDWINkg8AHGIAAAyCAAoEMqbwBuAEhh5CFpbEZhbgBnAGSgRyJvAHQAAOBtKjgDcAAAoEIqPWThIXNoAKATIACjYCJBYWRxc3jpIO0g+SD+IAIhDCFyAHIAAKDXIXIAAAFocvIg9SBrAACgJClvoJch9wAGD28AdAAA4FAiOAN1AGkA9gC7CAABZWkGIQohYQByAACgKCntAN8I6SFzdPOgBCLlCHIAAOA12CvdAAJFZXN0/wgcISshLiHxoXEiIiEAABMJ8aFxIgAJAAAnIWwAYQBuAPQAEwlpAO0AGQlyoG8iAKBvIoABQWFwADghOyE/IXIA8gBeIHIAcgAAoK4hYQByAACg8ipzogsiSiEAAAAAxwtkoPwiAKD6ImMAeQBaZIADQUVhZGVzdABcIV8hYiFmIWkhkyGWIXIA8gBXIADgZiI4A3IAcgAAoJohcgAAoCUggKFwImZxcwBwIYQhjiF0AAABYXJ1IXohcgByAG8A9wBlIWkAZwBoAHQAYQByAHIAbwD3AD4h8aFwImAhAACKIWwAYQBuAPQAZwlz4H0qOAMAoG4iaQDtAG0JcqBuImkA5aDqIkUJaQDkADoKAAFwdKMhpyFmAADgNdhf3YCBrAA7aW4AriGvIcchrEBuAIChCSJFZHYAtyG6Ib8hAOD5IjgDbwB0AADg9SI4A+EB1gjEIcYhAKD3IgCg9iJpAHagDCLhAagJzyHRIQCg/iIAoP0igAFhb3IA2CHsIfEhcgCAoSYiYXN0AOAh5SHpIWwAbABlAOwAywhsAADg/SrlIADgAiI4A2wiaW50AACgFCrjoYAi9yEAAPohdQDlAJsJY+CvKjgDZaCAIvEAkwkAAkFhaXQHIgoiFyIeInIA8gBsIHIAcgAAoZshY3cRIhQiAOAzKTgDAOCdITgDZyRodGFycm93AACgmyFyAGkA5aDrIr4JgANjaGltcHF1AC8iPCJHIpwhTSJQIloigKGBImNlcgA2Iv0JOSJ1AOUABgoA4DXYw9zvIXJ0bQKdIQAAAABEImEAcgDhAOEhbQBloEEi8aBEIiYKYQDyAMsIcwB1AAABYnBWIlgi5QDUCeUA3wmAAWJjcABgInMieCKAoYQiRWVzAGci7glqIgDgxSo4A2UAdABl4IIi0iBxAPGgiCJoImMAZaCBIvEA/gmAoYUiRWVzAH8iFgqCIgDgxio4A2UAdABl4IMi0iBxAPGgiSKAIgACZ2lscpIilCKaIpwi7AAMCWwAZABlADuA8QDxQOcAWwlpI2FuZ2xlAAABbHKkIqoi5SFmdGWg6iLxAEUJaSJnaHQAZaDrIvEAvgltoL0DAKEjAGVzuCK8InIAbwAAoBYhcAAAoAcggARESGFkZ2lscnMAziLSItYi2iLeIugi7SICIw8j4SFzaACgrSLhIXJyAKAEKXAAAOBNItIg4SFzaACgrCIAAWV04iLlIgDgZSLSIADgPgDSIG4iZmluAACg3imAAUFldADzIvci+iJyAHIAAKACKQDgZCLSIHLgPADSIGkAZQAA4LQi0iAAAUF0BiMKI3IAcgAAoAMp8iFpZQDgtSLSIGkAbQAA4Dwi0iCAAUFhbgAaIx4jKiNyAHIAAKDWIXIAAAFociMjJiNrAACgIylvoJYh9wD/DuUhYXIAoCcpUxJqFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVCMAAF4jaSN/I4IjjSOeI8AUAAAAAKYjwCMAANoj3yMAAO8jHiQvJD8kRCQAAWNzVyNsFHUAdABlADuA8wDzQAABaXlhI2cjcgBjoJoiO4D0APRAPmSAAmFiaW9zAHEjdCN3I3EBeiNzAOgAdhTsIWFjUWF2AACgOCrvIWxkAKC8KewhaWdTYQABY3KFI4kjaQByAACgvykA4DXYLN1vA5QjAAAAAJYjAACcI24A22JhAHYAZQA7gPIA8kAAoMEpAAFibaEjjAphAHIAAKC1KQACYWNpdKwjryO6I70jcgDyAFkUAAFpcrMjtiNyAACgvinvIXNzAKC7KW4A5QDZCgCgwCmAAWFlaQDFI8gjyyNjAHIATWFnAGEAyWOAAWNkbgDRI9Qj1iPyIW9uv2MAoLYpdQDzAHgBcABmAADgNdhg3YABYWVsAOQj5yPrI3IAAKC3KXIAcAAAoLkpdQDzAHwBAKMoImFkaW9zdvkj/CMPJBMkFiQbJHIA8gBeFIChXSplZm0AAyQJJAwkcgBvoDQhZgAAoDQhO4CqAKpAO4C6ALpA5yFvZgCgtiJyAACgVipsIm9wZQAAoFcqAKBbKoABY2xvACMkJSQrJPIACCRhAHMAaAA7gPgA+EBsAACgmCJpAGwBMyQ4JGQAZQA7gPUA9UBlAHMAYaCXInMAAKA2Km0AbAA7gPYA9kDiIWFyAKA9I+EKXiQAAHokAAB8JJQkAACYJKkkAAAAALUkEQsAAPAkAAAAAAQleiUAAIMlcgCAoSUiYXN0AGUkbyQBCwCBtgA7bGokayS2QGwAZQDsABgDaQJ1JAAAAAB4JG0AAKDzKgCg/Sp5AD9kcgCAAmNpbXB0AIUkiCSLJJkSjyRuAHQAJWBvAGQALmBpAGwAAKAwIOUhbmsAoDEgcgAA4DXYLd2AAWltbwCdJKAkpCR2oMYD1WNtAGEA9AD+B24AZQAAoA4m9KHAA64kAAC0JGMjaGZvcmsAAKDUItZjAAFhdbgkxCRuAAABY2u9JMIkawBooA8hAKAOIfYAaRpzAACkKwBhYmNkZW1zdNMkIRPXJNsk4STjJOck6yTjIWlyAKAjKmkAcgAAoCIqAAFvdYsW3yQAoCUqAKByKm4AO4CxALFAaQBtAACgJip3AG8AAKAnKoABaXB1APUk+iT+JO4idGludACgFSpmAADgNdhh3W4AZAA7gKMAo0CApHoiRWFjZWlub3N1ABMlFSUYJRslTCVRJVklSSV1JQCgsypwAACgtyp1AOUAPwtjoK8qgKJ6ImFjZW5zACclLSU0JTYlSSVwAHAAcgBvAPgAFyV1AHIAbAB5AGUA8QA/C/EAOAuAAWFlcwA8JUElRSXwInByb3gAoLkqcQBxAACgtSppAG0AAKDoImkA7QBEC20AZQDzoDIgIguAAUVhcwBDJVclRSXwAEAlgAFkZnAATwtfJXElgAFhbHMAZSVpJW0l7CFhcgCgLiPpIW5lAKASI/UhcmYAoBMjdKAdIu8AWQvyIWVsAKCwIgABY2l9JYElcgAA4DXYxdzIY24iY3NwAACgCCAAA2Zpb3BzdZElKxuVJZolnyWkJXIAAOA12C7dcABmAADgNdhi3XIiaW1lAACgVyBjAHIAAOA12MbcgAFhZW8AqiW6JcAldAAAAWVpryW2JXIAbgBpAG8AbgDzABkFbgB0AACgFipzAHQAZaA/APEACRj0AG0LgApBQkhhYmNkZWZoaWxtbm9wcnN0dXgA4yXyJfYl+iVpJpAmpia9JtUm5ib4JlonaCdxJ3UnnietJ7EnyCfiJ+cngAFhcnQA6SXsJe4lcgDyAJkM8gD6AuEhaWwAoBwpYQByAPIA3BVhAHIAAKBkKYADY2RlbnFydAAGJhAmEyYYJiYmKyZaJgABZXUKJg0mAOA9IjEDdABlAFVhaQDjACAN7SJwdHl2AKCzKWcAgKHpJ2RlbAAgJiImJCYAoJIpAKClKeUA9wt1AG8AO4C7ALtAcgAApZIhYWJjZmhscHN0dz0mQCZFJkcmSiZMJk4mUSZVJlgmcAAAoHUpZqDlIXMAAKAgKQCgMylzAACgHinrALka8ACVHmwAAKBFKWkAbQAAoHQpbAAAoKMhAKCdIQABYWleJmImaQBsAACgGilvAG6gNiJhAGwA8wB2C4ABYWJyAG8mciZ2JnIA8gAvEnIAawAAoHMnAAFha3omgSZjAAABZWt/JoAmfWBdYAABZXOFJocmAKCMKWwAAAFkdYwmjiYAoI4pAKCQKQACYWV1eZcmmiajJqUm8iFvbllhAAFkaZ4moSZpAGwAV2HsAA8M4gCAJkBkAAJjbHFzrSawJrUmuiZhAACgNylkImhhcgAAoGkpdQBvAPKgHSCjAWgAAKCzIYABYWNnAMMm0iaUC2wAgKEcIWlwcwDLJs4migxuAOUAoAxhAHIA9ADaC3QAAKCtJYABaWxyANsm3ybjJvMhaHQAoH0pbwBvAPIANgwA4DXYL90AAWFv6ib1JnIAAAFkde8m8SYAoMEhbKDAIQCgbCl2oMED8WOAAWducwD+Jk4nUCdoAHQAAANhaGxyc3QKJxInISc1Jz0nRydyInJvdwB0oJIhYQDpAFYmYSNycG9vbgAAAWR1GiceJ28AdwDuAPAmcAAAoMAh5SFmdAABYWgnJy0ncgByAG8AdwDzAAkMYQByAHAAbwBvAG4A8wATBGklZ2h0YXJyb3dzAACgySFxAHUAaQBnAGEAcgByAG8A9wBZJugkcmVldGltZXMAoMwiZwDaYmkAbgBnAGQAbwB0AHMAZQDxABwYgAFhaG0AYCdjJ2YncgDyAAkMYQDyABMEAKAPIG8idXN0AGGgsSPjIWhlAKCxI+0haWQAoO4qAAJhYnB0fCeGJ4knmScAAW5ygCeDJ2cAAKDtJ3IAAKD+IXIA6wAcDIABYWZsAI8nkieVJ3IAAKCGKQDgNdhj3XUAcwAAoC4qaSJtZXMAAKA1KgABYXCiJ6gncgBnoCkAdAAAoJQp7yJsaW50AKASKmEAcgDyADwnAAJhY2hxuCe8J6EMwCfxIXVvAKA6IHIAAOA12MfcAAFidYAmxCdvAPKgGSCoAYABaGlyAM4n0ifWJ3IAZQDlAE0n7SFlcwCgyiJpAIChuSVlZmwAXAxjEt4n9CFyaQCgzinsInVoYXIAoGgpAKAeIWENBSgJKA0oSyhVKIYoAACLKLAoAAAAAOMo5ygAABApJCkxKW0pcSmHKaYpAACYKgAAAACxKmMidXRlAFthcQB1AO8ABR+ApHsiRWFjZWlucHN5ABwoHignKCooLygyKEEoRihJKACgtCrwASMoAAAlKACguCpvAG4AYWF1AOUAgw1koLAqaQBsAF9hcgBjAF1hgAFFYXMAOCg6KD0oAKC2KnAAAKC6KmkAbQAAoOki7yJsaW50AKATKmkA7QCIDUFkbwB0AGKixSKRFgAAAABTKACgZiqAA0FhY21zdHgAYChkKG8ocyh1KHkogihyAHIAAKDYIXIAAAFocmkoayjrAJAab6CYIfcAzAd0ADuApwCnQGkAO2D3IWFyAKApKW0AAAFpbn4ozQBuAHUA8wDOAHQAAKA2J3IA7+A12DDdIxkAAmFjb3mRKJUonSisKHIAcAAAoG8mAAFoeZkonChjAHkASWRIZHIAdABtAqUoAAAAAKgoaQDkAFsPYQByAGEA7ABsJDuArQCtQAABZ22zKLsobQBhAAChwwNmdroouijCY4CjPCJkZWdsbnByAMgozCjPKNMo1yjaKN4obwB0AACgairxoEMiCw5FoJ4qAKCgKkWgnSoAoJ8qZQAAoEYi7CF1cwCgJCrhIXJyAKByKWEAcgDyAPwMAAJhZWl07Sj8KAEpCCkAAWxz8Sj4KGwAcwBlAHQAbQDpAH8oaABwAACgMyrwImFyc2wAoOQpAAFkbFoPBSllAACgIyNloKoqc6CsKgDgrCoA/oABZmxwABUpGCkfKfQhY3lMZGKgLwBhoMQpcgAAoD8jZgAA4DXYZN1hAAABZHIoKRcDZQBzAHWgYCZpAHQAAKBgJoABY3N1ADYpRilhKQABYXU6KUApcABzoJMiAOCTIgD+cABzoJQiAOCUIgD+dQAAAWJwSylWKQChjyJlcz4NUCllAHQAZaCPIvEAPw0AoZAiZXNIDVspZQB0AGWgkCLxAEkNAKGhJWFmZilbBHIAZQFrKVwEAKChJWEAcgDyAAMNAAJjZW10dyl7KX8pgilyAADgNdjI3HQAbQDuAM4AaQDsAAYpYQByAOYAVw0AAWFyiimOKXIA5qAGJhESAAFhbpIpoylpImdodAAAAWVwmSmgKXAAcwBpAGwAbwDuANkXaADpAKAkcwCvYIACYmNtbnAArin8KY4NJSooKgCkgiJFZGVtbnByc7wpvinCKcgpzCnUKdgp3CkAoMUqbwB0AACgvSpkoIYibwB0AACgwyr1IWx0AKDBKgABRWXQKdIpAKDLKgCgiiLsIXVzAKC/KuEhcnIAoHkpgAFlaXUA4inxKfQpdAAAoYIiZW7oKewpcQDxoIYivSllAHEA8aCKItEpbQAAoMcqAAFicPgp+ikAoNUqAKDTKmMAgKJ7ImFjZW5zAAcqDSoUKhYqRihwAHAAcgBvAPgAIyh1AHIAbAB5AGUA8QCDDfEAfA2AAWFlcwAcKiIqPShwAHAAcgBvAPgAPChxAPEAOShnAACgaiYApoMiMTIzRWRlaGxtbnBzPCo/KkIqRSpHKlIqWCpjKmcqaypzKncqO4C5ALlAO4CyALJAO4CzALNAAKDGKgABb3NLKk4qdAAAoL4qdQBiAACg2CpkoIcibwB0AACgxCpzAAABb3VdKmAqbAAAoMknYgAAoNcq4SFycgCgeyn1IWx0AKDCKgABRWVvKnEqAKDMKgCgiyLsIXVzAKDAKoABZWl1AH0qjCqPKnQAAKGDImVugyqHKnEA8aCHIkYqZQBxAPGgiyJwKm0AAKDIKgABYnCTKpUqAKDUKgCg1iqAAUFhbgCdKqEqrCpyAHIAAKDZIXIAAAFocqYqqCrrAJUab6CZIfcAxQf3IWFyAKAqKWwAaQBnADuA3wDfQOELzyrZKtwq6SrsKvEqAAD1KjQrAAAAAAAAAAAAAEwrbCsAAHErvSsAAAAAAADRK3IC1CoAAAAA2CrnIWV0AKAWI8RjcgDrAOUKgAFhZXkA4SrkKucq8iFvbmVh5CFpbGNhQmRvAPQAIg5sInJlYwAAoBUjcgAA4DXYMd0AAmVpa2/7KhIrKCsuK/IBACsAAAkrZQAAATRm6g0EK28AcgDlAOsNYQBzorgDECsAAAAAEit5AG0A0WMAAWNuFislK2sAAAFhcxsrIStwAHAAcgBvAPgAFw5pAG0AAKA8InMA8AD9DQABYXMsKyEr8AAXDnIAbgA7gP4A/kDsATgrOyswG2QA5QBnAmUAcwCAgdcAO2JkAEMrRCtJK9dAYaCgInIAAKAxKgCgMCqAAWVwcwBRK1MraSvhAAkh4qKkIlsrXysAAAAAYytvAHQAAKA2I2kAcgAAoPEqb+A12GXdcgBrAACg2irhAHgociJpbWUAAKA0IIABYWlwAHYreSu3K2QA5QC+DYADYWRlbXBzdACFK6MrmiunK6wrsCuzK24iZ2xlAACitSVkbHFykCuUK5ornCvvIXduAKC/JeUhZnRloMMl8QACBwCgXCJpImdodABloLkl8QBdDG8AdAAAoOwlaSJudXMAAKA6KuwhdXMAoDkqYgAAoM0p6SFtZQCgOyrlInppdW0AoOIjgAFjaHQAwivKK80rAAFyecYrySsA4DXYydxGZGMAeQBbZPIhb2tnYQABaW/UK9creAD0ANERaCJlYWQAAAFsct4r5ytlAGYAdABhAHIAcgBvAPcAXQbpJGdodGFycm93AKCgIQAJQUhhYmNkZmdobG1vcHJzdHV3CiwNLBEsHSwnLDEsQCxLLFIsYix6LIQsjyzLLOgs7Sz/LAotcgDyAAkDYQByAACgYykAAWNyFSwbLHUAdABlADuA+gD6QPIACQ1yAOMBIywAACUseQBeZHYAZQBtYQABaXkrLDAscgBjADuA+wD7QENkgAFhYmgANyw6LD0scgDyANEO7CFhY3FhYQDyAOAOAAFpckQsSCzzIWh0AKB+KQDgNdgy3XIAYQB2AGUAO4D5APlAYQFWLF8scgAAAWxyWixcLACgvyEAoL4hbABrAACggCUAAWN0Zix2LG8CbCwAAAAAcyxyAG4AZaAcI3IAAKAcI28AcAAAoA8jcgBpAACg+CUAAWFsfiyBLGMAcgBrYTuAqACoQAABZ3CILIssbwBuAHNhZgAA4DXYZt0AA2FkaGxzdZksniynLLgsuyzFLHIAcgBvAPcACQ1vAHcAbgBhAHIAcgBvAPcA2A5hI3Jwb29uAAABbHKvLLMsZQBmAPQAWyxpAGcAaAD0AF0sdQDzAKYOaQAAocUDaGzBLMIs0mNvAG4AxWPwI2Fycm93cwCgyCGAAWNpdADRLOEs5CxvAtcsAAAAAN4scgBuAGWgHSNyAACgHSNvAHAAAKAOI24AZwBvYXIAaQAAoPklYwByAADgNdjK3IABZGlyAPMs9yz6LG8AdAAAoPAi7CFkZWlhaQBmoLUlAKC0JQABYW0DLQYtcgDyAMosbAA7gPwA/EDhIm5nbGUAoKcpgAdBQkRhY2RlZmxub3Byc3oAJy0qLTAtNC2bLZ0toS2/LcMtxy3TLdgt3C3gLfwtcgDyABADYQByAHag6CoAoOkqYQBzAOgA/gIAAW5yOC08LechcnQAoJwpgANla25wcnN0AJkpSC1NLVQtXi1iLYItYQBwAHAA4QAaHG8AdABoAGkAbgDnAKEXgAFoaXIAoSmzJFotbwBwAPQAdCVooJUh7wD4JgABaXVmLWotZwBtAOEAuygAAWJwbi14LXMjZXRuZXEAceCKIgD+AODLKgD+cyNldG5lcQBx4IsiAP4A4MwqAP4AAWhyhi2KLWUAdADhABIraSNhbmdsZQAAAWxyki2WLeUhZnQAoLIiaSJnaHQAAKCzInkAMmThIXNoAKCiIoABZWxyAKcttC24LWKiKCKuLQAAAACyLWEAcgAAoLsicQAAoFoi7CFpcACg7iIAAWJ0vC1eD2EA8gBfD3IAAOA12DPddAByAOkAlS1zAHUAAAFicM0t0C0A4IIi0iAA4IMi0iBwAGYAAOA12GfdcgBvAPAAWQt0AHIA6QCaLQABY3XkLegtcgAA4DXYy9wAAWJw7C30LW4AAAFFZXUt8S0A4IoiAP5uAAABRWV/LfktAOCLIgD+6SJnemFnAKCaKYADY2Vmb3BycwANLhAuJS4pLiMuLi40LukhcmN1YQABZGkULiEuAAFiZxguHC5hAHIAAKBfKmUAcaAnIgCgWSLlIXJwAKAYIXIAAOA12DTdcABmAADgNdho3WWgQCJhAHQA6ABqD2MAcgAA4DXYzNzjCuQRUC4AAFQuAABYLmIuAAAAAGMubS5wLnQuAAAAAIguki4AAJouJxIqEnQAcgDpAB0ScgAA4DXYNd0AAUFhWy5eLnIA8gDnAnIA8gCTB75jAAFBYWYuaS5yAPIA4AJyAPIAjAdhAPAAeh5pAHMAAKD7IoABZHB0APgReS6DLgABZmx9LoAuAOA12GnddQDzAP8RaQBtAOUABBIAAUFhiy6OLnIA8gDuAnIA8gCaBwABY3GVLgoScgAA4DXYzdwAAXB0nS6hLmwAdQDzACUScgDpACASAARhY2VmaW9zdbEuvC7ELsguzC7PLtQu2S5jAAABdXm2LrsudABlADuA/QD9QE9kAAFpecAuwy5yAGMAd2FLZG4AO4ClAKVAcgAA4DXYNt1jAHkAV2RwAGYAAOA12GrdYwByAADgNdjO3AABY23dLt8ueQBOZGwAO4D/AP9AAAVhY2RlZmhpb3N38y73Lv8uAi8MLxAvEy8YLx0vIi9jInV0ZQB6YQABYXn7Lv4u8iFvbn5hN2RvAHQAfGEAAWV0Bi8KL3QAcgDmAB8QYQC2Y3IAAOA12DfdYwB5ADZk5yJyYXJyAKDdIXAAZgAA4DXYa91jAHIAAOA12M/cAAFqbiYvKC8AoA0gagAAoAwg");
//# sourceMappingURL=decode-data-html.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/internal/bin-trie-flags.js
/**
 * Bit flags & masks for the binary trie encoding used for entity decoding.
 *
 * Bit layout (16 bits total):
 * 15..14 VALUE_LENGTH   (+1 encoding; 0 => no value)
 * 13     FLAG13.        If valueLength>0: semicolon required flag (implicit ';').
 *                       If valueLength==0: compact run flag.
 * 12..7  BRANCH_LENGTH  Branch length (0 => single branch in 6..0 if jumpOffset==char) OR run length (when compact run)
 * 6..0   JUMP_TABLE     Jump offset (jump table) OR single-branch char code OR first run char
 */
var BinTrieFlags;
(function (BinTrieFlags) {
    BinTrieFlags[BinTrieFlags["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
    BinTrieFlags[BinTrieFlags["FLAG13"] = 8192] = "FLAG13";
    BinTrieFlags[BinTrieFlags["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
    BinTrieFlags[BinTrieFlags["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));
//# sourceMappingURL=bin-trie-flags.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/decode.js




var CharCodes;
(function (CharCodes) {
    CharCodes[CharCodes["NUM"] = 35] = "NUM";
    CharCodes[CharCodes["SEMI"] = 59] = "SEMI";
    CharCodes[CharCodes["EQUALS"] = 61] = "EQUALS";
    CharCodes[CharCodes["ZERO"] = 48] = "ZERO";
    CharCodes[CharCodes["NINE"] = 57] = "NINE";
    CharCodes[CharCodes["LOWER_A"] = 97] = "LOWER_A";
    CharCodes[CharCodes["LOWER_F"] = 102] = "LOWER_F";
    CharCodes[CharCodes["LOWER_X"] = 120] = "LOWER_X";
    CharCodes[CharCodes["LOWER_Z"] = 122] = "LOWER_Z";
    CharCodes[CharCodes["UPPER_A"] = 65] = "UPPER_A";
    CharCodes[CharCodes["UPPER_F"] = 70] = "UPPER_F";
    CharCodes[CharCodes["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
/** Bit that needs to be set to convert an upper case ASCII character to lower case */
const TO_LOWER_BIT = 32;
function decode_isNumber(code) {
    return code >= CharCodes.ZERO && code <= CharCodes.NINE;
}
function isHexadecimalCharacter(code) {
    return ((code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_F) ||
        (code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_F));
}
function isAsciiAlphaNumeric(code) {
    return ((code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_Z) ||
        (code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_Z) ||
        decode_isNumber(code));
}
/**
 * Checks if the given character is a valid end character for an entity in an attribute.
 *
 * Attribute values that aren't terminated properly aren't parsed, and shouldn't lead to a parser error.
 * See the example in https://html.spec.whatwg.org/multipage/parsing.html#named-character-reference-state
 */
function isEntityInAttributeInvalidEnd(code) {
    return code === CharCodes.EQUALS || isAsciiAlphaNumeric(code);
}
var EntityDecoderState;
(function (EntityDecoderState) {
    EntityDecoderState[EntityDecoderState["EntityStart"] = 0] = "EntityStart";
    EntityDecoderState[EntityDecoderState["NumericStart"] = 1] = "NumericStart";
    EntityDecoderState[EntityDecoderState["NumericDecimal"] = 2] = "NumericDecimal";
    EntityDecoderState[EntityDecoderState["NumericHex"] = 3] = "NumericHex";
    EntityDecoderState[EntityDecoderState["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var decode_DecodingMode;
(function (DecodingMode) {
    /** Entities in text nodes that can end with any character. */
    DecodingMode[DecodingMode["Legacy"] = 0] = "Legacy";
    /** Only allow entities terminated with a semicolon. */
    DecodingMode[DecodingMode["Strict"] = 1] = "Strict";
    /** Entities in attributes have limitations on ending characters. */
    DecodingMode[DecodingMode["Attribute"] = 2] = "Attribute";
})(decode_DecodingMode || (decode_DecodingMode = {}));
/**
 * Token decoder with support of writing partial entities.
 */
class EntityDecoder {
    constructor(
    /** The tree used to decode entities. */
    // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive
    decodeTree, 
    /**
     * The function that is called when a codepoint is decoded.
     *
     * For multi-byte named entities, this will be called multiple times,
     * with the second codepoint, and the same `consumed` value.
     *
     * @param codepoint The decoded codepoint.
     * @param consumed The number of bytes consumed by the decoder.
     */
    emitCodePoint, 
    /** An object that is used to produce errors. */
    errors) {
        this.decodeTree = decodeTree;
        this.emitCodePoint = emitCodePoint;
        this.errors = errors;
        /** The current state of the decoder. */
        this.state = EntityDecoderState.EntityStart;
        /** Characters that were consumed while parsing an entity. */
        this.consumed = 1;
        /**
         * The result of the entity.
         *
         * Either the result index of a numeric entity, or the codepoint of a
         * numeric entity.
         */
        this.result = 0;
        /** The current index in the decode tree. */
        this.treeIndex = 0;
        /** The number of characters that were consumed in excess. */
        this.excess = 1;
        /** The mode in which the decoder is operating. */
        this.decodeMode = decode_DecodingMode.Strict;
        /** The number of characters that have been consumed in the current run. */
        this.runConsumed = 0;
    }
    /** Resets the instance to make it reusable. */
    startEntity(decodeMode) {
        this.decodeMode = decodeMode;
        this.state = EntityDecoderState.EntityStart;
        this.result = 0;
        this.treeIndex = 0;
        this.excess = 1;
        this.consumed = 1;
        this.runConsumed = 0;
    }
    /**
     * Write an entity to the decoder. This can be called multiple times with partial entities.
     * If the entity is incomplete, the decoder will return -1.
     *
     * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
     * entity is incomplete, and resume when the next string is written.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    write(input, offset) {
        switch (this.state) {
            case EntityDecoderState.EntityStart: {
                if (input.charCodeAt(offset) === CharCodes.NUM) {
                    this.state = EntityDecoderState.NumericStart;
                    this.consumed += 1;
                    return this.stateNumericStart(input, offset + 1);
                }
                this.state = EntityDecoderState.NamedEntity;
                return this.stateNamedEntity(input, offset);
            }
            case EntityDecoderState.NumericStart: {
                return this.stateNumericStart(input, offset);
            }
            case EntityDecoderState.NumericDecimal: {
                return this.stateNumericDecimal(input, offset);
            }
            case EntityDecoderState.NumericHex: {
                return this.stateNumericHex(input, offset);
            }
            case EntityDecoderState.NamedEntity: {
                return this.stateNamedEntity(input, offset);
            }
        }
    }
    /**
     * Switches between the numeric decimal and hexadecimal states.
     *
     * Equivalent to the `Numeric character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNumericStart(input, offset) {
        if (offset >= input.length) {
            return -1;
        }
        if ((input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
            this.state = EntityDecoderState.NumericHex;
            this.consumed += 1;
            return this.stateNumericHex(input, offset + 1);
        }
        this.state = EntityDecoderState.NumericDecimal;
        return this.stateNumericDecimal(input, offset);
    }
    /**
     * Parses a hexadecimal numeric entity.
     *
     * Equivalent to the `Hexademical character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNumericHex(input, offset) {
        while (offset < input.length) {
            const char = input.charCodeAt(offset);
            if (decode_isNumber(char) || isHexadecimalCharacter(char)) {
                // Convert hex digit to value (0-15); 'a'/'A' -> 10.
                const digit = char <= CharCodes.NINE
                    ? char - CharCodes.ZERO
                    : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
                this.result = this.result * 16 + digit;
                this.consumed++;
                offset++;
            }
            else {
                return this.emitNumericEntity(char, 3);
            }
        }
        return -1; // Incomplete entity
    }
    /**
     * Parses a decimal numeric entity.
     *
     * Equivalent to the `Decimal character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNumericDecimal(input, offset) {
        while (offset < input.length) {
            const char = input.charCodeAt(offset);
            if (decode_isNumber(char)) {
                this.result = this.result * 10 + (char - CharCodes.ZERO);
                this.consumed++;
                offset++;
            }
            else {
                return this.emitNumericEntity(char, 2);
            }
        }
        return -1; // Incomplete entity
    }
    /**
     * Validate and emit a numeric entity.
     *
     * Implements the logic from the `Hexademical character reference start
     * state` and `Numeric character reference end state` in the HTML spec.
     *
     * @param lastCp The last code point of the entity. Used to see if the
     *               entity was terminated with a semicolon.
     * @param expectedLength The minimum number of characters that should be
     *                       consumed. Used to validate that at least one digit
     *                       was consumed.
     * @returns The number of characters that were consumed.
     */
    emitNumericEntity(lastCp, expectedLength) {
        var _a;
        // Ensure we consumed at least one digit.
        if (this.consumed <= expectedLength) {
            (_a = this.errors) === null || _a === void 0 ? void 0 : _a.absenceOfDigitsInNumericCharacterReference(this.consumed);
            return 0;
        }
        // Figure out if this is a legit end of the entity
        if (lastCp === CharCodes.SEMI) {
            this.consumed += 1;
        }
        else if (this.decodeMode === decode_DecodingMode.Strict) {
            return 0;
        }
        this.emitCodePoint(replaceCodePoint(this.result), this.consumed);
        if (this.errors) {
            if (lastCp !== CharCodes.SEMI) {
                this.errors.missingSemicolonAfterCharacterReference();
            }
            this.errors.validateNumericCharacterReference(this.result);
        }
        return this.consumed;
    }
    /**
     * Parses a named entity.
     *
     * Equivalent to the `Named character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNamedEntity(input, offset) {
        const { decodeTree } = this;
        let current = decodeTree[this.treeIndex];
        // The length is the number of bytes of the value, including the current byte.
        let valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
        while (offset < input.length) {
            // Handle compact runs (possibly inline): valueLength == 0 and SEMI_REQUIRED bit set.
            if (valueLength === 0 && (current & BinTrieFlags.FLAG13) !== 0) {
                const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7; /* 2..63 */
                // If we are starting a run, check the first char.
                if (this.runConsumed === 0) {
                    const firstChar = current & BinTrieFlags.JUMP_TABLE;
                    if (input.charCodeAt(offset) !== firstChar) {
                        return this.result === 0
                            ? 0
                            : this.emitNotTerminatedNamedEntity();
                    }
                    offset++;
                    this.excess++;
                    this.runConsumed++;
                }
                // Check remaining characters in the run.
                while (this.runConsumed < runLength) {
                    if (offset >= input.length) {
                        return -1;
                    }
                    const charIndexInPacked = this.runConsumed - 1;
                    const packedWord = decodeTree[this.treeIndex + 1 + (charIndexInPacked >> 1)];
                    const expectedChar = charIndexInPacked % 2 === 0
                        ? packedWord & 0xff
                        : (packedWord >> 8) & 0xff;
                    if (input.charCodeAt(offset) !== expectedChar) {
                        this.runConsumed = 0;
                        return this.result === 0
                            ? 0
                            : this.emitNotTerminatedNamedEntity();
                    }
                    offset++;
                    this.excess++;
                    this.runConsumed++;
                }
                this.runConsumed = 0;
                this.treeIndex += 1 + (runLength >> 1);
                current = decodeTree[this.treeIndex];
                valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
            }
            if (offset >= input.length)
                break;
            const char = input.charCodeAt(offset);
            /*
             * Implicit semicolon handling for nodes that require a semicolon but
             * don't have an explicit ';' branch stored in the trie. If we have
             * a value on the current node, it requires a semicolon, and the
             * current input character is a semicolon, emit the entity using the
             * current node (without descending further).
             */
            if (char === CharCodes.SEMI &&
                valueLength !== 0 &&
                (current & BinTrieFlags.FLAG13) !== 0) {
                return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
            }
            this.treeIndex = determineBranch(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
            if (this.treeIndex < 0) {
                return this.result === 0 ||
                    // If we are parsing an attribute
                    (this.decodeMode === decode_DecodingMode.Attribute &&
                        // We shouldn't have consumed any characters after the entity,
                        (valueLength === 0 ||
                            // And there should be no invalid characters.
                            isEntityInAttributeInvalidEnd(char)))
                    ? 0
                    : this.emitNotTerminatedNamedEntity();
            }
            current = decodeTree[this.treeIndex];
            valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
            // If the branch is a value, store it and continue
            if (valueLength !== 0) {
                // If the entity is terminated by a semicolon, we are done.
                if (char === CharCodes.SEMI) {
                    return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
                }
                // If we encounter a non-terminated (legacy) entity while parsing strictly, then ignore it.
                if (this.decodeMode !== decode_DecodingMode.Strict &&
                    (current & BinTrieFlags.FLAG13) === 0) {
                    this.result = this.treeIndex;
                    this.consumed += this.excess;
                    this.excess = 0;
                }
            }
            // Increment offset & excess for next iteration
            offset++;
            this.excess++;
        }
        return -1;
    }
    /**
     * Emit a named entity that was not terminated with a semicolon.
     *
     * @returns The number of characters consumed.
     */
    emitNotTerminatedNamedEntity() {
        var _a;
        const { result, decodeTree } = this;
        const valueLength = (decodeTree[result] & BinTrieFlags.VALUE_LENGTH) >> 14;
        this.emitNamedEntityData(result, valueLength, this.consumed);
        (_a = this.errors) === null || _a === void 0 ? void 0 : _a.missingSemicolonAfterCharacterReference();
        return this.consumed;
    }
    /**
     * Emit a named entity.
     *
     * @param result The index of the entity in the decode tree.
     * @param valueLength The number of bytes in the entity.
     * @param consumed The number of characters consumed.
     *
     * @returns The number of characters consumed.
     */
    emitNamedEntityData(result, valueLength, consumed) {
        const { decodeTree } = this;
        this.emitCodePoint(valueLength === 1
            ? decodeTree[result] &
                ~(BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)
            : decodeTree[result + 1], consumed);
        if (valueLength === 3) {
            // For multi-byte values, we need to emit the second byte.
            this.emitCodePoint(decodeTree[result + 2], consumed);
        }
        return consumed;
    }
    /**
     * Signal to the parser that the end of the input was reached.
     *
     * Remaining data will be emitted and relevant errors will be produced.
     *
     * @returns The number of characters consumed.
     */
    end() {
        var _a;
        switch (this.state) {
            case EntityDecoderState.NamedEntity: {
                // Emit a named entity if we have one.
                return this.result !== 0 &&
                    (this.decodeMode !== decode_DecodingMode.Attribute ||
                        this.result === this.treeIndex)
                    ? this.emitNotTerminatedNamedEntity()
                    : 0;
            }
            // Otherwise, emit a numeric entity if we have one.
            case EntityDecoderState.NumericDecimal: {
                return this.emitNumericEntity(0, 2);
            }
            case EntityDecoderState.NumericHex: {
                return this.emitNumericEntity(0, 3);
            }
            case EntityDecoderState.NumericStart: {
                (_a = this.errors) === null || _a === void 0 ? void 0 : _a.absenceOfDigitsInNumericCharacterReference(this.consumed);
                return 0;
            }
            case EntityDecoderState.EntityStart: {
                // Return 0 if we have no entity.
                return 0;
            }
        }
    }
}
/**
 * Creates a function that decodes entities in a string.
 *
 * @param decodeTree The decode tree.
 * @returns A function that decodes entities in a string.
 */
function getDecoder(decodeTree) {
    let returnValue = "";
    const decoder = new EntityDecoder(decodeTree, (data) => (returnValue += fromCodePoint(data)));
    return function decodeWithTrie(input, decodeMode) {
        let lastIndex = 0;
        let offset = 0;
        while ((offset = input.indexOf("&", offset)) >= 0) {
            returnValue += input.slice(lastIndex, offset);
            decoder.startEntity(decodeMode);
            const length = decoder.write(input, 
            // Skip the "&"
            offset + 1);
            if (length < 0) {
                lastIndex = offset + decoder.end();
                break;
            }
            lastIndex = offset + length;
            // If `length` is 0, skip the current `&` and continue.
            offset = length === 0 ? lastIndex + 1 : lastIndex;
        }
        const result = returnValue + input.slice(lastIndex);
        // Make sure we don't keep a reference to the final string.
        returnValue = "";
        return result;
    };
}
/**
 * Determines the branch of the current node that is taken given the current
 * character. This function is used to traverse the trie.
 *
 * @param decodeTree The trie.
 * @param current The current node.
 * @param nodeIdx The index right after the current node and its value.
 * @param char The current character.
 * @returns The index of the next node, or -1 if no branch is taken.
 */
function determineBranch(decodeTree, current, nodeIndex, char) {
    const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
    const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
    // Case 1: Single branch encoded in jump offset
    if (branchCount === 0) {
        return jumpOffset !== 0 && char === jumpOffset ? nodeIndex : -1;
    }
    // Case 2: Multiple branches encoded in jump table
    if (jumpOffset) {
        const value = char - jumpOffset;
        return value < 0 || value >= branchCount
            ? -1
            : decodeTree[nodeIndex + value] - 1;
    }
    // Case 3: Multiple branches encoded in packed dictionary (two keys per uint16)
    const packedKeySlots = (branchCount + 1) >> 1;
    /*
     * Treat packed keys as a virtual sorted array of length `branchCount`.
     * Key(i) = low byte for even i, high byte for odd i in slot i>>1.
     */
    let lo = 0;
    let hi = branchCount - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const slot = mid >> 1;
        const packed = decodeTree[nodeIndex + slot];
        const midKey = (packed >> ((mid & 1) * 8)) & 0xff;
        if (midKey < char) {
            lo = mid + 1;
        }
        else if (midKey > char) {
            hi = mid - 1;
        }
        else {
            return decodeTree[nodeIndex + packedKeySlots + mid];
        }
    }
    return -1;
}
const htmlDecoder = /* #__PURE__ */ getDecoder(htmlDecodeTree);
const xmlDecoder = /* #__PURE__ */ (/* unused pure expression or super */ null && (getDecoder(xmlDecodeTree)));
/**
 * Decodes an HTML string.
 *
 * @param htmlString The string to decode.
 * @param mode The decoding mode.
 * @returns The decoded string.
 */
function decode_decodeHTML(htmlString, mode = decode_DecodingMode.Legacy) {
    return htmlDecoder(htmlString, mode);
}
/**
 * Decodes an HTML string in an attribute.
 *
 * @param htmlAttribute The string to decode.
 * @returns The decoded string.
 */
function decodeHTMLAttribute(htmlAttribute) {
    return htmlDecoder(htmlAttribute, decode_DecodingMode.Attribute);
}
/**
 * Decodes an HTML string, requiring all entities to be terminated by a semicolon.
 *
 * @param htmlString The string to decode.
 * @returns The decoded string.
 */
function decodeHTMLStrict(htmlString) {
    return htmlDecoder(htmlString, decode_DecodingMode.Strict);
}
/**
 * Decodes an XML string, requiring all entities to be terminated by a semicolon.
 *
 * @param xmlString The string to decode.
 * @returns The decoded string.
 */
function decode_decodeXML(xmlString) {
    return xmlDecoder(xmlString, decode_DecodingMode.Strict);
}

// Re-export for use by eg. htmlparser2


//# sourceMappingURL=decode.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/escape.js
const xmlCodeMap = new Map([
    [34, "&quot;"],
    [38, "&amp;"],
    [39, "&apos;"],
    [60, "&lt;"],
    [62, "&gt;"],
]);
// For compatibility with node < 4, we wrap `codePointAt`
const escape_getCodePoint = 
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
String.prototype.codePointAt == null
    ? (c, index) => (c.charCodeAt(index) & 64512) === 55296
        ? (c.charCodeAt(index) - 55296) * 1024 +
            c.charCodeAt(index + 1) -
            56320 +
            65536
        : c.charCodeAt(index)
    : // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
        (input, index) => input.codePointAt(index);
/**
 * Bitset for ASCII characters that need to be escaped in XML.
 */
const XML_BITSET_VALUE = 1342177476; // 32..63 -> 34 ("),38 (&),39 ('),60 (<),62 (>)
/**
 * Encodes all non-ASCII characters, as well as characters not valid in XML
 * documents using XML entities. Uses a fast bitset scan instead of RegExp.
 *
 * If a character has no equivalent entity, a numeric hexadecimal reference
 * (eg. `&#xfc;`) will be used.
 */
function escape_encodeXML(input) {
    let out;
    let last = 0;
    const { length } = input;
    for (let index = 0; index < length; index++) {
        const char = input.charCodeAt(index);
        // Check for ASCII chars that don't need escaping
        if (char < 0x80 &&
            (((XML_BITSET_VALUE >>> char) & 1) === 0 || char >= 64 || char < 32)) {
            continue;
        }
        if (out === undefined)
            out = input.substring(0, index);
        else if (last !== index)
            out += input.substring(last, index);
        if (char < 64) {
            // Known replacement
            out += xmlCodeMap.get(char);
            last = index + 1;
            continue;
        }
        // Non-ASCII: encode as numeric entity (handle surrogate pair)
        const cp = escape_getCodePoint(input, index);
        out += `&#x${cp.toString(16)};`;
        if (cp !== char)
            index++; // Skip trailing surrogate
        last = index + 1;
    }
    if (out === undefined)
        return input;
    if (last < length)
        out += input.substr(last);
    return out;
}
/**
 * Encodes all non-ASCII characters, as well as characters not valid in XML
 * documents using numeric hexadecimal reference (eg. `&#xfc;`).
 *
 * Have a look at `escapeUTF8` if you want a more concise output at the expense
 * of reduced transportability.
 *
 * @param data String to escape.
 */
const escape_escape = (/* unused pure expression or super */ null && (escape_encodeXML));
/**
 * Creates a function that escapes all characters matched by the given regular
 * expression using the given map of characters to escape to their entities.
 *
 * @param regex Regular expression to match characters to escape.
 * @param map Map of characters to escape to their entities.
 *
 * @returns Function that escapes all characters matched by the given regular
 * expression using the given map of characters to escape to their entities.
 */
function getEscaper(regex, map) {
    return function escape(data) {
        let match;
        let lastIndex = 0;
        let result = "";
        while ((match = regex.exec(data))) {
            if (lastIndex !== match.index) {
                result += data.substring(lastIndex, match.index);
            }
            // We know that this character will be in the map.
            result += map.get(match[0].charCodeAt(0));
            // Every match will be of length 1
            lastIndex = match.index + 1;
        }
        return result + data.substring(lastIndex);
    };
}
/**
 * Encodes all characters not valid in XML documents using XML entities.
 *
 * Note that the output will be character-set dependent.
 *
 * @param data String to escape.
 */
const escape_escapeUTF8 = /* #__PURE__ */ (/* unused pure expression or super */ null && (getEscaper(/["&'<>]/g, xmlCodeMap)));
/**
 * Encodes all characters that have to be escaped in HTML attributes,
 * following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
 *
 * @param data String to escape.
 */
const escape_escapeAttribute = 
/* #__PURE__ */ getEscaper(/["&\u00A0]/g, new Map([
    [34, "&quot;"],
    [38, "&amp;"],
    [160, "&nbsp;"],
]));
/**
 * Encodes all characters that have to be escaped in HTML text,
 * following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
 *
 * @param data String to escape.
 */
const escape_escapeText = /* #__PURE__ */ getEscaper(/[&<>\u00A0]/g, new Map([
    [38, "&amp;"],
    [60, "&lt;"],
    [62, "&gt;"],
    [160, "&nbsp;"],
]));
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/encode.js


/**
 * We store the characters to consider as a compact bitset for fast lookups.
 */
const HTML_BITSET = /* #__PURE__ */ new Uint32Array([
    5632, // Bits for 09,0A,0C
    4227923966, // 32..63 -> 21-2D (minus space), 2E,2F,3A-3F
    4160749569, // 64..95 -> 40, 5B-5F
    939524097, // 96..127-> 60, 7B-7D
]);
const XML_BITSET = /* #__PURE__ */ new Uint32Array([0, XML_BITSET_VALUE, 0, 0]);
/**
 * Encodes all characters in the input using HTML entities. This includes
 * characters that are valid ASCII characters in HTML documents, such as `#`.
 *
 * To get a more compact output, consider using the `encodeNonAsciiHTML`
 * function, which will only encode characters that are not valid in HTML
 * documents, as well as non-ASCII characters.
 *
 * If a character has no equivalent entity, a numeric hexadecimal reference
 * (eg. `&#xfc;`) will be used.
 */
function encode_encodeHTML(input) {
    return encodeHTMLTrieRe(HTML_BITSET, input);
}
/**
 * Encodes all non-ASCII characters, as well as characters not valid in HTML
 * documents using HTML entities. This function will not encode characters that
 * are valid in HTML documents, such as `#`.
 *
 * If a character has no equivalent entity, a numeric hexadecimal reference
 * (eg. `&#xfc;`) will be used.
 */
function encode_encodeNonAsciiHTML(input) {
    return encodeHTMLTrieRe(XML_BITSET, input);
}
function encodeHTMLTrieRe(bitset, input) {
    let out;
    let last = 0; // Start of the next untouched slice.
    const { length } = input;
    for (let index = 0; index < length; index++) {
        const char = input.charCodeAt(index);
        // Skip ASCII characters that don't need encoding
        if (char < 0x80 && !((bitset[char >>> 5] >>> char) & 1)) {
            continue;
        }
        if (out === undefined)
            out = input.substring(0, index);
        else if (last !== index)
            out += input.substring(last, index);
        let node = htmlTrie.get(char);
        if (typeof node === "object") {
            if (index + 1 < length) {
                const nextChar = input.charCodeAt(index + 1);
                const value = typeof node.next === "number"
                    ? node.next === nextChar
                        ? node.nextValue
                        : undefined
                    : node.next.get(nextChar);
                if (value !== undefined) {
                    out += value;
                    index++;
                    last = index + 1;
                    continue;
                }
            }
            node = node.value;
        }
        if (node === undefined) {
            const cp = getCodePoint(input, index);
            out += `&#x${cp.toString(16)};`;
            if (cp !== char)
                index++;
            last = index + 1;
        }
        else {
            out += node;
            last = index + 1;
        }
    }
    if (out === undefined)
        return input;
    if (last < length)
        out += input.substr(last);
    return out;
}
//# sourceMappingURL=encode.js.map
;// CONCATENATED MODULE: ./node_modules/entities/dist/esm/index.js



/** The level of entities to support. */
var EntityLevel;
(function (EntityLevel) {
    /** Support only XML entities. */
    EntityLevel[EntityLevel["XML"] = 0] = "XML";
    /** Support HTML entities, which are a superset of XML entities. */
    EntityLevel[EntityLevel["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function (EncodingMode) {
    /**
     * The output is UTF-8 encoded. Only characters that need escaping within
     * XML will be escaped.
     */
    EncodingMode[EncodingMode["UTF8"] = 0] = "UTF8";
    /**
     * The output consists only of ASCII characters. Characters that need
     * escaping within HTML, and characters that aren't ASCII characters will
     * be escaped.
     */
    EncodingMode[EncodingMode["ASCII"] = 1] = "ASCII";
    /**
     * Encode all characters that have an equivalent entity, as well as all
     * characters that are not ASCII characters.
     */
    EncodingMode[EncodingMode["Extensive"] = 2] = "Extensive";
    /**
     * Encode all characters that have to be escaped in HTML attributes,
     * following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
     */
    EncodingMode[EncodingMode["Attribute"] = 3] = "Attribute";
    /**
     * Encode all characters that have to be escaped in HTML text,
     * following {@link https://html.spec.whatwg.org/multipage/parsing.html#escapingString}.
     */
    EncodingMode[EncodingMode["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));
/**
 * Decodes a string with entities.
 *
 * @param input String to decode.
 * @param options Decoding options.
 */
function decode(input, options = EntityLevel.XML) {
    const level = typeof options === "number" ? options : options.level;
    if (level === EntityLevel.HTML) {
        const mode = typeof options === "object" ? options.mode : undefined;
        return decodeHTML(input, mode);
    }
    return decodeXML(input);
}
/**
 * Decodes a string with entities. Does not allow missing trailing semicolons for entities.
 *
 * @param input String to decode.
 * @param options Decoding options.
 * @deprecated Use `decode` with the `mode` set to `Strict`.
 */
function decodeStrict(input, options = EntityLevel.XML) {
    var _a;
    const normalizedOptions = typeof options === "number" ? { level: options } : options;
    (_a = normalizedOptions.mode) !== null && _a !== void 0 ? _a : (normalizedOptions.mode = DecodingMode.Strict);
    return decode(input, normalizedOptions);
}
/**
 * Encodes a string with entities.
 *
 * @param input String to encode.
 * @param options Encoding options.
 */
function encode(input, options = EntityLevel.XML) {
    const { mode = EncodingMode.Extensive, level = EntityLevel.XML } = typeof options === "number" ? { level: options } : options;
    switch (mode) {
        case EncodingMode.UTF8: {
            return escapeUTF8(input);
        }
        case EncodingMode.Attribute: {
            return escapeAttribute(input);
        }
        case EncodingMode.Text: {
            return escapeText(input);
        }
        case EncodingMode.ASCII: {
            return level === EntityLevel.HTML
                ? encodeNonAsciiHTML(input)
                : encodeXML(input);
        }
        // biome-ignore lint/complexity/noUselessSwitchCase: we get an error for the switch not being exhaustive
        case EncodingMode.Extensive: // eslint-disable-line unicorn/no-useless-switch-case
        default: {
            return level === EntityLevel.HTML
                ? encodeHTML(input)
                : encodeXML(input);
        }
    }
}



//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/common/utils.mjs





//#region src/common/utils.ts
const isNonEmptyStringOrNumber = (value) => {
	return isNumber(value) || is_isNonEmptyString(value);
};
const isXmlAttributeKey = (key) => {
	return key.charCodeAt(0) === 64;
};
const retrieveText = (value) => {
	return (value === null || value === void 0 ? void 0 : value["#text"]) ?? value;
};
const retrieveRdfResourceOrText = (value, parse) => {
	if (is_isPlainObject(value)) {
		const rdfResource = parse(value["@rdf:resource"]);
		if (is_isPresent(rdfResource)) return rdfResource;
		const resource = parse(value["@resource"]);
		if (is_isPresent(resource)) return resource;
	}
	return parse(retrieveText(value));
};
const trimArray = (value, parse) => {
	if (!Array.isArray(value) || value.length === 0) return;
	if (!parse) {
		let needsTrimming = false;
		for (const item of value) if (!is_isPresent(item)) {
			needsTrimming = true;
			break;
		}
		if (!needsTrimming) return value;
	}
	const result = [];
	for (const element of value) {
		const item = parse ? parse(element) : element;
		if (is_isPresent(item)) result.push(item);
	}
	return result.length > 0 ? result : void 0;
};
const cdataStartTag = "<![CDATA[";
const cdataEndTag = "]]>";
const commentStartTag = "<!--";
const commentEndTag = "-->";
const hasEntities = (text) => {
	const ampIndex = text.indexOf("&");
	return ampIndex !== -1 && text.indexOf(";", ampIndex) !== -1;
};
const stripComments = (text) => {
	let currentIndex = text.indexOf(commentStartTag);
	if (currentIndex === -1) return text;
	let result = "";
	let lastIndex = 0;
	while (currentIndex !== -1) {
		result += text.slice(lastIndex, currentIndex);
		const endIndex = text.indexOf(commentEndTag, currentIndex + 4);
		if (endIndex === -1) return text;
		lastIndex = endIndex + 3;
		currentIndex = text.indexOf(commentStartTag, lastIndex);
	}
	result += text.slice(lastIndex);
	return result;
};
const decodeWithCdata = (text) => {
	let currentIndex = text.indexOf(cdataStartTag);
	if (currentIndex === -1) return hasEntities(text) ? decode_decodeHTML(text) : text;
	let result = "";
	let lastIndex = 0;
	while (currentIndex !== -1) {
		const textBefore = text.slice(lastIndex, currentIndex);
		result += hasEntities(textBefore) ? decode_decodeHTML(textBefore) : textBefore;
		const endIndex = text.indexOf(cdataEndTag, currentIndex + 9);
		if (endIndex === -1) return hasEntities(text) ? decode_decodeHTML(text) : text;
		result += text.slice(currentIndex + 9, endIndex);
		lastIndex = endIndex + 3;
		currentIndex = text.indexOf(cdataStartTag, lastIndex);
	}
	const textAfter = text.slice(lastIndex);
	result += hasEntities(textAfter) ? decode_decodeHTML(textAfter) : textAfter;
	return result;
};
const parseString = (value) => {
	if (typeof value === "string") {
		if (value === "") return;
		return decodeWithCdata(stripComments(value)).trim() || void 0;
	}
	if (typeof value === "number") return value.toString();
};
const parseVerbatimString = (value) => {
	if (typeof value === "string") {
		if (value === "") return;
		return value.trim() || void 0;
	}
	if (typeof value === "number") return value.toString();
};
const parseNumber = (value) => {
	return coerceNumber(value);
};
const yesRegex = /^\p{White_Space}*yes\p{White_Space}*$/iu;
const parseBoolean = (value) => {
	return coerceBoolean(value);
};
const parseYesNoBoolean = (value) => {
	const boolean = parseBoolean(value);
	if (boolean !== void 0) return boolean;
	if (is_isNonEmptyString(value)) return yesRegex.test(value);
};
const parseDate = (value, parseDateFn) => {
	const raw = parseString(value);
	if (raw === void 0) return;
	return parseDateFn ? parseDateFn(raw) : raw;
};
const parseArray = (value) => {
	if (Array.isArray(value)) return value;
	if (!is_isPlainObject(value)) return;
	if (value.length) return Array.from(value);
	const keys = Object.keys(value);
	if (keys.length === 0) return;
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		const n = Number(key);
		if (!Number.isInteger(n) || n !== i) return;
	}
	return Object.values(value);
};
const parseArrayOf = (value, parse, limit) => {
	let array = parseArray(value);
	if (!array && is_isPresent(value)) array = [value];
	if (array) return trimArray(limitArray(array, limit), parse);
};
const limitArray = (array, limit) => {
	if (limit === void 0 || limit < 0) return array;
	if (limit === 0) return [];
	return array.slice(0, limit);
};
const parseSingular = (value) => {
	return coerceSingular(value);
};
const parseSingularOf = (value, parse) => {
	return parse(parseSingular(value));
};
const parseCsvOf = (value, parse) => {
	var _parseString;
	if (!isNonEmptyStringOrNumber(value)) return;
	const items = (_parseString = parseString(value)) === null || _parseString === void 0 ? void 0 : _parseString.split(",");
	if (items) return trimArray(items, parse);
};
const generateCsvOf = (value, generate) => {
	var _trimArray;
	if (!Array.isArray(value) || value.length === 0) return;
	return (_trimArray = trimArray(value, generate)) === null || _trimArray === void 0 ? void 0 : _trimArray.join();
};
const generateXmlStylesheet = (stylesheet) => {
	const generated = trimObject({
		type: generatePlainString(stylesheet.type),
		href: generatePlainString(stylesheet.href),
		title: generatePlainString(stylesheet.title),
		media: generatePlainString(stylesheet.media),
		charset: generatePlainString(stylesheet.charset),
		alternate: generateYesNoBoolean(stylesheet.alternate)
	});
	if (!generated) return;
	let attributes = "";
	for (const key in generated) {
		const value = generated[key];
		if (value !== void 0) attributes += ` ${key}="${value}"`;
	}
	return `<?xml-stylesheet${attributes}?>`;
};
const generateXml = (builder, value, options) => {
	var _options$stylesheets;
	let body = builder.build(value);
	if (body.includes("&apos;")) body = body.replace(/&apos;/g, "'");
	let declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
	if (options === null || options === void 0 || (_options$stylesheets = options.stylesheets) === null || _options$stylesheets === void 0 ? void 0 : _options$stylesheets.length) for (const stylesheetObject of options.stylesheets) {
		const stylesheetString = generateXmlStylesheet(stylesheetObject);
		if (stylesheetString) declaration += `\n${stylesheetString}`;
	}
	return `${declaration}\n${body}`;
};
const generateRfc822Date = (value) => {
	if (!isPresent(value)) return;
	const isString = typeof value === "string";
	if (isString && !isNonEmptyString(value)) return;
	const date = isString ? new Date(value) : value;
	if (!Number.isNaN(date.getTime())) return date.toUTCString();
	if (isString) return value;
};
const generateRfc3339Date = (value) => {
	if (!isPresent(value)) return;
	const isString = typeof value === "string";
	if (isString && !isNonEmptyString(value)) return;
	const date = isString ? new Date(value) : value;
	if (!Number.isNaN(date.getTime())) return date.toISOString();
	if (isString) return value;
};
const generateBoolean = (value) => {
	if (typeof value === "boolean") return value;
};
const generateYesNoBoolean = (value) => {
	if (typeof value !== "boolean") return;
	return value ? "yes" : "no";
};
const detectNamespaces = (value, recursive = false) => {
	const namespaces = /* @__PURE__ */ new Set();
	const seenKeys = recursive ? /* @__PURE__ */ new Set() : void 0;
	const traverse = (current) => {
		if (Array.isArray(current)) {
			for (const item of current) traverse(item);
			return;
		}
		if (is_isPlainObject(current)) for (const key in current) {
			if (seenKeys === null || seenKeys === void 0 ? void 0 : seenKeys.has(key)) continue;
			seenKeys === null || seenKeys === void 0 || seenKeys.add(key);
			const keyWithoutAt = isXmlAttributeKey(key) ? key.slice(1) : key;
			const colonIndex = keyWithoutAt.indexOf(":");
			if (colonIndex > 0) namespaces.add(keyWithoutAt.slice(0, colonIndex));
			if (recursive) traverse(current[key]);
		}
	};
	traverse(value);
	return namespaces;
};
const cdataSpecialCharsRegex = /[<>&]|]]>/;
const generateCdataString = (value) => {
	if (!isNonEmptyString(value)) return;
	if (cdataSpecialCharsRegex.test(value)) return { "#cdata": value.trim() };
	return value.trim();
};
const generateTextOrCdataString = (value) => {
	const result = generateCdataString(value);
	if (!result || isPlainObject(result)) return result;
	return { "#text": result };
};
const generatePlainString = (value) => {
	if (!isNonEmptyString(value)) return;
	return value.trim();
};
const generateNumber = (value) => {
	if (typeof value === "number" && Number.isFinite(value)) return value;
};
const generateRdfResource = (value, generate) => {
	const rdfResource = generate(value);
	if (!isPresent(rdfResource)) return;
	return { "@rdf:resource": rdfResource };
};
const generateNamespaceAttrs = (value, namespaceUris) => {
	if (!isPlainObject(value)) return;
	let namespaceAttrs;
	const valueNamespaces = detectNamespaces(value, true);
	for (const prefix in namespaceUris) {
		if (!valueNamespaces.has(prefix)) continue;
		if (!namespaceAttrs) namespaceAttrs = {};
		namespaceAttrs[`@xmlns:${prefix}`] = namespaceUris[prefix][0];
	}
	return namespaceAttrs;
};
const createNamespaceResolver = (options) => {
	const { namespaceUris, namespacePrefixes, primaryNamespaces } = options;
	const primaryUris = new Set(primaryNamespaces === null || primaryNamespaces === void 0 ? void 0 : primaryNamespaces.flatMap((key) => {
		var _namespaceUris$key;
		return ((_namespaceUris$key = namespaceUris[key]) === null || _namespaceUris$key === void 0 ? void 0 : _namespaceUris$key.map((uri) => uri.toLowerCase())) ?? [];
	}));
	const resolveUri = (uri) => {
		const normalized = uri.trim().toLowerCase();
		if (primaryUris.has(normalized)) return "";
		return namespacePrefixes[normalized];
	};
	const seedScanLimit = 65536;
	const findRootIndex = (document) => {
		let index = document.indexOf("<");
		while (index !== -1) {
			const marker = document.charCodeAt(index + 1);
			if (marker !== 63 && marker !== 33) return index;
			const end = document.startsWith("<!--", index) ? document.indexOf("-->", index) : document.indexOf(">", index);
			if (end === -1) return -1;
			index = document.indexOf("<", end);
		}
		return -1;
	};
	return (document) => {
		const prefixMap = /* @__PURE__ */ new Map();
		const seededPrefixes = /* @__PURE__ */ new Set();
		let defaultCanonical;
		let hasRemapping = false;
		let tagsSeen = 0;
		const recordPrefix = (prefix, uri) => {
			if (!prefixMap.has(prefix)) {
				const canonical = resolveUri(uri);
				if (canonical !== void 0) {
					prefixMap.set(prefix, canonical);
					if (canonical !== prefix) hasRemapping = true;
				}
			}
		};
		if (document) {
			const head = document.length > seedScanLimit ? document.slice(0, seedScanLimit) : document;
			const declarationTailRegex = /([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
			let index = head.indexOf("xmlns:", findRootIndex(head));
			while (index !== -1) {
				declarationTailRegex.lastIndex = index + 6;
				const match = declarationTailRegex.exec(head);
				if (match) {
					const prefix = match[1].toLowerCase();
					recordPrefix(prefix, match[2] ?? match[3]);
					seededPrefixes.add(prefix);
				}
				index = head.indexOf("xmlns:", match ? declarationTailRegex.lastIndex : index + 6);
			}
		}
		const recordDeclaration = (rawAttrName, value) => {
			const firstCharCode = rawAttrName.charCodeAt(0);
			if (firstCharCode !== 120 && firstCharCode !== 88 || typeof value !== "string") return;
			const attrName = rawAttrName.toLowerCase();
			if (attrName === "xmlns") {
				if (tagsSeen === 1 && defaultCanonical === void 0) {
					defaultCanonical = resolveUri(value);
					if (defaultCanonical) hasRemapping = true;
				}
				return;
			}
			if (attrName.startsWith("xmlns:")) {
				const prefix = attrName.slice(6);
				if (seededPrefixes.delete(prefix)) prefixMap.delete(prefix);
				recordPrefix(prefix, value);
			}
		};
		const transformName = (name, useDefault) => {
			const lowered = name.toLowerCase();
			if (!hasRemapping) return lowered;
			const colonIndex = lowered.indexOf(":");
			if (colonIndex === -1) {
				if (useDefault && defaultCanonical) return `${defaultCanonical}:${lowered}`;
				return lowered;
			}
			const prefix = lowered.slice(0, colonIndex);
			if (prefix === "xmlns" || prefix === "xml") return lowered;
			const canonical = prefixMap.get(prefix);
			if (canonical === void 0) return lowered;
			const local = lowered.slice(colonIndex + 1);
			return canonical === "" ? local : `${canonical}:${local}`;
		};
		const transformTagName = (name) => {
			tagsSeen++;
			return transformName(name, true);
		};
		const transformAttributeName = (name) => `@${transformName(name.slice(1), false)}`;
		const attributeValueProcessor = (attrName, value) => {
			recordDeclaration(attrName, value);
			return value;
		};
		const updateTag = (tagName) => {
			if (!hasRemapping) return tagName;
			const colonIndex = tagName.indexOf(":");
			if (colonIndex === -1) return defaultCanonical ? `${defaultCanonical}:${tagName}` : tagName;
			const prefix = tagName.slice(0, colonIndex);
			const canonical = prefixMap.get(prefix);
			if (canonical === void 0 || canonical === prefix) return tagName;
			const local = tagName.slice(colonIndex + 1);
			return canonical === "" ? local : `${canonical}:${local}`;
		};
		return {
			transformTagName,
			transformAttributeName,
			attributeValueProcessor,
			updateTag
		};
	};
};
const parseJsonObject = (value) => {
	if (is_isPlainObject(value)) return value;
	if (!is_isNonEmptyString(value) || !isJsonLike(value)) return;
	try {
		const parsed = JSON.parse(value);
		if (is_isPlainObject(parsed)) return parsed;
	} catch {}
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/atom/parse/config.mjs


//#region src/feeds/atom/parse/config.ts
const parse_config_stopNodes = [
	...namespaceStopNodes,
	...feedPaths.map((path) => `feed.${path}`),
	...entryPaths.map((path) => `feed.entry.${path}`)
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/node_modules/trousse/dist/objects.mjs

//#region node_modules/trousse/dist/objects.js
const objects_trimObject = (object, keep = is_isPresent) => {
	let hasKept = false;
	let hasDropped = false;
	for (const key in object) {
		if (keep(object[key])) hasKept = true;
		else hasDropped = true;
		if (hasKept && hasDropped) break;
	}
	if (!hasKept) return;
	if (!hasDropped) return object;
	const result = {};
	for (const key in object) {
		const value = object[key];
		if (keep(value)) result[key] = value;
	}
	return result;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/node_modules/trousse/dist/urls.mjs
//#region node_modules/trousse/dist/urls.js
const parseUrl = (value, base) => {
	if (value instanceof URL && base === void 0) return value;
	try {
		return new URL(value, base);
	} catch {}
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/admin/parse/utils.mjs



//#region src/namespaces/admin/parse/utils.ts
const retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		errorReportsTo: parseSingularOf(value["admin:errorreportsto"], (value) => retrieveRdfResourceOrText(value, parseString)),
		generatorAgent: parseSingularOf(value["admin:generatoragent"], (value) => retrieveRdfResourceOrText(value, parseString))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/app/parse/utils.mjs



//#region src/namespaces/app/parse/utils.ts
const parseControl = (value) => {
	if (!is_isPlainObject(value)) return;
	const control = { draft: parseSingularOf(value["app:draft"], (value) => parseYesNoBoolean(retrieveText(value))) };
	return objects_trimObject(control);
};
const retrieveEntry = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const entry = {
		edited: parseSingularOf(value["app:edited"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		control: parseSingularOf(value["app:control"], parseControl)
	};
	return objects_trimObject(entry);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/arxiv/parse/utils.mjs



//#region src/namespaces/arxiv/parse/utils.ts
const parsePrimaryCategory = (value) => {
	if (!is_isPlainObject(value)) return;
	const primaryCategory = {
		term: parseString(value["@term"]),
		scheme: parseString(value["@scheme"]),
		label: parseString(value["@label"])
	};
	return objects_trimObject(primaryCategory);
};
const retrieveAuthor = (value) => {
	if (!is_isPlainObject(value)) return;
	const author = { affiliation: parseSingularOf(value["arxiv:affiliation"], (value) => parseString(retrieveText(value))) };
	return objects_trimObject(author);
};
const utils_retrieveEntry = (value) => {
	if (!is_isPlainObject(value)) return;
	const entry = {
		comment: parseSingularOf(value["arxiv:comment"], (value) => parseString(retrieveText(value))),
		journalRef: parseSingularOf(value["arxiv:journal_ref"], (value) => parseString(retrieveText(value))),
		doi: parseSingularOf(value["arxiv:doi"], (value) => parseString(retrieveText(value))),
		primaryCategory: parseSingularOf(value["arxiv:primary_category"], parsePrimaryCategory)
	};
	return objects_trimObject(entry);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/cc/parse/utils.mjs



//#region src/namespaces/cc/parse/utils.ts
const retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const result = {
		license: parseSingularOf(value["cc:license"], (value) => retrieveRdfResourceOrText(value, parseString)),
		morePermissions: parseSingularOf(value["cc:morepermissions"], (value) => retrieveRdfResourceOrText(value, parseString)),
		attributionName: parseSingularOf(value["cc:attributionname"], (value) => retrieveRdfResourceOrText(value, parseString)),
		attributionURL: parseSingularOf(value["cc:attributionurl"], (value) => retrieveRdfResourceOrText(value, parseString)),
		useGuidelines: parseSingularOf(value["cc:useguidelines"], (value) => retrieveRdfResourceOrText(value, parseString)),
		permits: parseSingularOf(value["cc:permits"], (value) => retrieveRdfResourceOrText(value, parseString)),
		requires: parseSingularOf(value["cc:requires"], (value) => retrieveRdfResourceOrText(value, parseString)),
		prohibits: parseSingularOf(value["cc:prohibits"], (value) => retrieveRdfResourceOrText(value, parseString)),
		jurisdiction: parseSingularOf(value["cc:jurisdiction"], (value) => retrieveRdfResourceOrText(value, parseString)),
		legalcode: parseSingularOf(value["cc:legalcode"], (value) => retrieveRdfResourceOrText(value, parseString)),
		deprecatedOn: parseSingularOf(value["cc:deprecatedon"], (value) => retrieveRdfResourceOrText(value, parseString))
	};
	return objects_trimObject(result);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/creativecommons/parse/utils.mjs



//#region src/namespaces/creativecommons/parse/utils.ts
const utils_retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = { licenses: parseArrayOf(value["creativecommons:license"], (value) => parseString(retrieveText(value))) };
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/dc/parse/utils.mjs



//#region src/namespaces/dc/parse/utils.ts
const parse_utils_retrieveItemOrFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = {
		titles: parseArrayOf(value["dc:title"], (value) => parseString(retrieveText(value))),
		creators: parseArrayOf(value["dc:creator"], (value) => parseString(retrieveText(value))),
		subjects: parseArrayOf(value["dc:subject"], (value) => parseString(retrieveText(value))),
		descriptions: parseArrayOf(value["dc:description"], (value) => parseString(retrieveText(value))),
		publishers: parseArrayOf(value["dc:publisher"], (value) => parseString(retrieveText(value))),
		contributors: parseArrayOf(value["dc:contributor"], (value) => parseString(retrieveText(value))),
		dates: parseArrayOf(value["dc:date"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		types: parseArrayOf(value["dc:type"], (value) => parseString(retrieveText(value))),
		formats: parseArrayOf(value["dc:format"], (value) => parseString(retrieveText(value))),
		identifiers: parseArrayOf(value["dc:identifier"], (value) => parseString(retrieveText(value))),
		sources: parseArrayOf(value["dc:source"], (value) => parseString(retrieveText(value))),
		languages: parseArrayOf(value["dc:language"], (value) => parseString(retrieveText(value))),
		relations: parseArrayOf(value["dc:relation"], (value) => parseString(retrieveText(value))),
		coverage: parseArrayOf(value["dc:coverage"], (value) => parseString(retrieveText(value))),
		rights: parseArrayOf(value["dc:rights"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/dcterms/parse/utils.mjs



//#region src/namespaces/dcterms/parse/utils.ts
const dcterms_parse_utils_retrieveItemOrFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = {
		abstracts: parseArrayOf(value["dcterms:abstract"], (value) => parseString(retrieveText(value))),
		accessRights: parseArrayOf(value["dcterms:accessrights"], (value) => parseString(retrieveText(value))),
		accrualMethods: parseArrayOf(value["dcterms:accrualmethod"], (value) => parseString(retrieveText(value))),
		accrualPeriodicities: parseArrayOf(value["dcterms:accrualperiodicity"], (value) => parseString(retrieveText(value))),
		accrualPolicies: parseArrayOf(value["dcterms:accrualpolicy"], (value) => parseString(retrieveText(value))),
		alternatives: parseArrayOf(value["dcterms:alternative"], (value) => parseString(retrieveText(value))),
		audiences: parseArrayOf(value["dcterms:audience"], (value) => parseString(retrieveText(value))),
		available: parseArrayOf(value["dcterms:available"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		bibliographicCitations: parseArrayOf(value["dcterms:bibliographiccitation"], (value) => parseString(retrieveText(value))),
		conformsTo: parseArrayOf(value["dcterms:conformsto"], (value) => parseString(retrieveText(value))),
		contributors: parseArrayOf(value["dcterms:contributor"], (value) => parseString(retrieveText(value))),
		coverages: parseArrayOf(value["dcterms:coverage"], (value) => parseString(retrieveText(value))),
		created: parseArrayOf(value["dcterms:created"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		creators: parseArrayOf(value["dcterms:creator"], (value) => parseString(retrieveText(value))),
		dateAccepted: parseArrayOf(value["dcterms:dateaccepted"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		dateCopyrighted: parseArrayOf(value["dcterms:datecopyrighted"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		dates: parseArrayOf(value["dcterms:date"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		dateSubmitted: parseArrayOf(value["dcterms:datesubmitted"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		descriptions: parseArrayOf(value["dcterms:description"], (value) => parseString(retrieveText(value))),
		educationLevels: parseArrayOf(value["dcterms:educationlevel"], (value) => parseString(retrieveText(value))),
		extents: parseArrayOf(value["dcterms:extent"], (value) => parseString(retrieveText(value))),
		formats: parseArrayOf(value["dcterms:format"], (value) => parseString(retrieveText(value))),
		hasFormats: parseArrayOf(value["dcterms:hasformat"], (value) => parseString(retrieveText(value))),
		hasParts: parseArrayOf(value["dcterms:haspart"], (value) => parseString(retrieveText(value))),
		hasVersions: parseArrayOf(value["dcterms:hasversion"], (value) => parseString(retrieveText(value))),
		identifiers: parseArrayOf(value["dcterms:identifier"], (value) => parseString(retrieveText(value))),
		instructionalMethods: parseArrayOf(value["dcterms:instructionalmethod"], (value) => parseString(retrieveText(value))),
		isFormatOf: parseArrayOf(value["dcterms:isformatof"], (value) => parseString(retrieveText(value))),
		isPartOf: parseArrayOf(value["dcterms:ispartof"], (value) => parseString(retrieveText(value))),
		isReferencedBy: parseArrayOf(value["dcterms:isreferencedby"], (value) => parseString(retrieveText(value))),
		isReplacedBy: parseArrayOf(value["dcterms:isreplacedby"], (value) => parseString(retrieveText(value))),
		isRequiredBy: parseArrayOf(value["dcterms:isrequiredby"], (value) => parseString(retrieveText(value))),
		issued: parseArrayOf(value["dcterms:issued"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		isVersionOf: parseArrayOf(value["dcterms:isversionof"], (value) => parseString(retrieveText(value))),
		languages: parseArrayOf(value["dcterms:language"], (value) => parseString(retrieveText(value))),
		licenses: parseArrayOf(value["dcterms:license"], (value) => parseString(retrieveText(value))),
		mediators: parseArrayOf(value["dcterms:mediator"], (value) => parseString(retrieveText(value))),
		mediums: parseArrayOf(value["dcterms:medium"], (value) => parseString(retrieveText(value))),
		modified: parseArrayOf(value["dcterms:modified"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		provenances: parseArrayOf(value["dcterms:provenance"], (value) => parseString(retrieveText(value))),
		publishers: parseArrayOf(value["dcterms:publisher"], (value) => parseString(retrieveText(value))),
		references: parseArrayOf(value["dcterms:references"], (value) => parseString(retrieveText(value))),
		relations: parseArrayOf(value["dcterms:relation"], (value) => parseString(retrieveText(value))),
		replaces: parseArrayOf(value["dcterms:replaces"], (value) => parseString(retrieveText(value))),
		requires: parseArrayOf(value["dcterms:requires"], (value) => parseString(retrieveText(value))),
		rights: parseArrayOf(value["dcterms:rights"], (value) => parseString(retrieveText(value))),
		rightsHolders: parseArrayOf(value["dcterms:rightsholder"], (value) => parseString(retrieveText(value))),
		sources: parseArrayOf(value["dcterms:source"], (value) => parseString(retrieveText(value))),
		spatials: parseArrayOf(value["dcterms:spatial"], (value) => parseString(retrieveText(value))),
		subjects: parseArrayOf(value["dcterms:subject"], (value) => parseString(retrieveText(value))),
		tableOfContents: parseArrayOf(value["dcterms:tableofcontents"], (value) => parseString(retrieveText(value))),
		temporals: parseArrayOf(value["dcterms:temporal"], (value) => parseString(retrieveText(value))),
		titles: parseArrayOf(value["dcterms:title"], (value) => parseString(retrieveText(value))),
		types: parseArrayOf(value["dcterms:type"], (value) => parseString(retrieveText(value))),
		valid: parseArrayOf(value["dcterms:valid"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn))
	};
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/geo/parse/utils.mjs



//#region src/namespaces/geo/parse/utils.ts
const geo_parse_utils_retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const geo = {
		lat: parseSingularOf(value["geo:lat"], (value) => parseNumber(retrieveText(value))),
		long: parseSingularOf(value["geo:long"], (value) => parseNumber(retrieveText(value))),
		alt: parseSingularOf(value["geo:alt"], (value) => parseNumber(retrieveText(value)))
	};
	return objects_trimObject(geo);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/georss/parse/utils.mjs



//#region src/namespaces/georss/parse/utils.ts
const whitespaceRegex = /\s+/;
const parseLatLngPairs = (value, pairsCount) => {
	if (!is_isNonEmptyString(value)) return;
	const rawParts = value.split(whitespaceRegex);
	const numericParts = parseArrayOf(rawParts, parseNumber);
	if (!numericParts || numericParts.length % 2 !== 0 || rawParts.length !== numericParts.length) return;
	const actualPairCount = numericParts.length / 2;
	if ((pairsCount === null || pairsCount === void 0 ? void 0 : pairsCount.min) && actualPairCount < (pairsCount === null || pairsCount === void 0 ? void 0 : pairsCount.min) || (pairsCount === null || pairsCount === void 0 ? void 0 : pairsCount.max) && actualPairCount > (pairsCount === null || pairsCount === void 0 ? void 0 : pairsCount.max)) return;
	const points = [];
	for (let i = 0; i < numericParts.length; i += 2) {
		const lat = numericParts[i];
		const lng = numericParts[i + 1];
		if (is_isPresent(lat) && is_isPresent(lng)) points.push({
			lat,
			lng
		});
	}
	return points.length > 0 ? points : void 0;
};
const parsePoint = (value) => {
	var _parseLatLngPairs;
	return (_parseLatLngPairs = parseLatLngPairs(retrieveText(value), {
		min: 1,
		max: 1
	})) === null || _parseLatLngPairs === void 0 ? void 0 : _parseLatLngPairs[0];
};
const parseLine = (value) => {
	const points = parseLatLngPairs(retrieveText(value), { min: 2 });
	if (is_isPresent(points)) return { points };
};
const parsePolygon = (value) => {
	const points = parseLatLngPairs(retrieveText(value), { min: 4 });
	if (is_isPresent(points)) return { points };
};
const parseBox = (value) => {
	const points = parseLatLngPairs(retrieveText(value), {
		min: 2,
		max: 2
	});
	const lowerCorner = points === null || points === void 0 ? void 0 : points[0];
	const upperCorner = points === null || points === void 0 ? void 0 : points[1];
	if (is_isPresent(lowerCorner) && is_isPresent(upperCorner)) return {
		lowerCorner,
		upperCorner
	};
};
const georss_parse_utils_retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = {
		point: parseSingularOf(value["georss:point"], parsePoint),
		line: parseSingularOf(value["georss:line"], parseLine),
		polygon: parseSingularOf(value["georss:polygon"], parsePolygon),
		box: parseSingularOf(value["georss:box"], parseBox),
		featureTypeTag: parseSingularOf(value["georss:featuretypetag"], (value) => parseString(retrieveText(value))),
		relationshipTag: parseSingularOf(value["georss:relationshiptag"], (value) => parseString(retrieveText(value))),
		featureName: parseSingularOf(value["georss:featurename"], (value) => parseString(retrieveText(value))),
		elev: parseSingularOf(value["georss:elev"], (value) => parseNumber(retrieveText(value))),
		floor: parseSingularOf(value["georss:floor"], (value) => parseNumber(retrieveText(value))),
		radius: parseSingularOf(value["georss:radius"], (value) => parseNumber(retrieveText(value)))
	};
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/googleplay/parse/utils.mjs



//#region src/namespaces/googleplay/parse/utils.ts
const parseImage = (value) => {
	if (is_isPlainObject(value) && value["@href"]) {
		const image = { href: parseString(value["@href"]) };
		return objects_trimObject(image);
	}
	const text = retrieveText(value);
	if (text) {
		const image = { href: parseString(text) };
		return objects_trimObject(image);
	}
};
const parseCategory = (value) => {
	if (is_isPlainObject(value) && value["@text"]) return parseString(value["@text"]);
	return parseString(retrieveText(value));
};
const parseExplicit = (value) => {
	var _retrieveText;
	const explicit = (_retrieveText = retrieveText(value)) === null || _retrieveText === void 0 ? void 0 : _retrieveText.trim().toLowerCase();
	if (explicit === "clean") return explicit;
	return parseYesNoBoolean(value);
};
const retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		author: parseSingularOf(value["googleplay:author"], (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value["googleplay:description"], (value) => parseString(retrieveText(value))),
		explicit: parseSingularOf(value["googleplay:explicit"], parseExplicit),
		block: parseSingularOf(value["googleplay:block"], (value) => parseYesNoBoolean(retrieveText(value))),
		image: parseSingularOf(value["googleplay:image"], parseImage)
	};
	return objects_trimObject(item);
};
const utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		author: parseSingularOf(value["googleplay:author"], (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value["googleplay:description"], (value) => parseString(retrieveText(value))),
		explicit: parseSingularOf(value["googleplay:explicit"], parseExplicit),
		block: parseSingularOf(value["googleplay:block"], (value) => parseYesNoBoolean(retrieveText(value))),
		image: parseSingularOf(value["googleplay:image"], parseImage),
		newFeedUrl: parseSingularOf(value["googleplay:new-feed-url"], (value) => parseString(retrieveText(value))),
		email: parseSingularOf(value["googleplay:email"], (value) => parseString(retrieveText(value))),
		categories: parseArrayOf(value["googleplay:category"], parseCategory)
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/itunes/parse/utils.mjs



//#region src/namespaces/itunes/parse/utils.ts
const explicitOrYesRegex = /^\p{White_Space}*(explicit|yes)\p{White_Space}*$/iu;
const durationRegex = /^(?:(\d+):)?(\d+):(\d+)$/;
const utils_parseCategory = (value) => {
	if (!is_isPlainObject(value)) return;
	const category = {
		text: parseString(value["@text"]),
		categories: parseArrayOf(value["itunes:category"], utils_parseCategory)
	};
	return objects_trimObject(category);
};
const parseOwner = (value) => {
	if (!is_isPlainObject(value)) return;
	const owner = {
		name: parseSingularOf(value["itunes:name"], (value) => parseString(retrieveText(value))),
		email: parseSingularOf(value["itunes:email"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(owner);
};
const utils_parseExplicit = (value) => {
	const boolean = parseBoolean(value);
	if (boolean !== void 0) return boolean;
	if (typeof value === "string") return explicitOrYesRegex.test(value);
};
const parseDuration = (value) => {
	const duration = parseNumber(value);
	if (duration !== void 0) return duration;
	if (typeof value !== "string") return;
	const match = value.match(durationRegex);
	if (match) {
		const [, hours, minutes, seconds] = match;
		return Number(hours || 0) * 3600 + Number(minutes) * 60 + Number(seconds);
	}
};
const utils_parseImage = (value) => {
	if (isNonEmptyStringOrNumber(value)) return parseString(value);
	if (!is_isPlainObject(value)) return;
	return parseString(value["@href"]);
};
const utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		duration: parseSingularOf(value["itunes:duration"], (value) => parseDuration(retrieveText(value))),
		image: parseSingularOf(value["itunes:image"], utils_parseImage),
		explicit: parseSingularOf(value["itunes:explicit"], (value) => utils_parseExplicit(retrieveText(value))),
		author: parseSingularOf(value["itunes:author"], (value) => parseString(retrieveText(value))),
		title: parseSingularOf(value["itunes:title"], (value) => parseString(retrieveText(value))),
		episode: parseSingularOf(value["itunes:episode"], (value) => parseNumber(retrieveText(value))),
		season: parseSingularOf(value["itunes:season"], (value) => parseNumber(retrieveText(value))),
		episodeType: parseSingularOf(value["itunes:episodetype"], (value) => parseString(retrieveText(value))),
		block: parseSingularOf(value["itunes:block"], (value) => parseYesNoBoolean(retrieveText(value))),
		summary: parseSingularOf(value["itunes:summary"], (value) => parseString(retrieveText(value))),
		subtitle: parseSingularOf(value["itunes:subtitle"], (value) => parseString(retrieveText(value))),
		keywords: parseSingularOf(value["itunes:keywords"], (value) => parseCsvOf(retrieveText(value), parseString))
	};
	return objects_trimObject(item);
};
const parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		image: parseSingularOf(value["itunes:image"], utils_parseImage),
		explicit: parseSingularOf(value["itunes:explicit"], (value) => utils_parseExplicit(retrieveText(value))),
		author: parseSingularOf(value["itunes:author"], (value) => parseString(retrieveText(value))),
		title: parseSingularOf(value["itunes:title"], (value) => parseString(retrieveText(value))),
		type: parseSingularOf(value["itunes:type"], (value) => parseString(retrieveText(value))),
		newFeedUrl: parseSingularOf(value["itunes:new-feed-url"], (value) => parseString(retrieveText(value))),
		block: parseSingularOf(value["itunes:block"], (value) => parseYesNoBoolean(retrieveText(value))),
		complete: parseSingularOf(value["itunes:complete"], (value) => parseYesNoBoolean(retrieveText(value))),
		applePodcastsVerify: parseSingularOf(value["itunes:applepodcastsverify"], (value) => parseString(retrieveText(value))),
		categories: parseArrayOf(value["itunes:category"], utils_parseCategory),
		owner: parseSingularOf(value["itunes:owner"], parseOwner),
		summary: parseSingularOf(value["itunes:summary"], (value) => parseString(retrieveText(value))),
		subtitle: parseSingularOf(value["itunes:subtitle"], (value) => parseString(retrieveText(value))),
		keywords: parseSingularOf(value["itunes:keywords"], (value) => parseCsvOf(retrieveText(value), parseString))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/media/parse/utils.mjs



//#region src/namespaces/media/parse/utils.ts
const parseRating = (value) => {
	const rating = {
		value: ((value) => parseString(retrieveText(value)))(value),
		scheme: parseString(value === null || value === void 0 ? void 0 : value["@scheme"])
	};
	return objects_trimObject(rating);
};
const retrieveRatings = (value) => {
	if (!is_isPlainObject(value)) return;
	if (value["media:rating"]) return parseArrayOf(value["media:rating"], parseRating);
	if (value["media:adult"]) return [{
		value: parseBoolean(retrieveText(value["media:adult"])) ? "adult" : "nonadult",
		scheme: "urn:simple"
	}];
};
const parseTitleOrDescription = (value) => {
	const title = {
		value: ((value) => parseString(retrieveText(value)))(value),
		type: parseString(value === null || value === void 0 ? void 0 : value["@type"])
	};
	return objects_trimObject(title);
};
const parseThumbnail = (value) => {
	if (!is_isPlainObject(value)) return;
	const thumbnail = {
		url: parseString(value["@url"]),
		height: parseNumber(value["@height"]),
		width: parseNumber(value["@width"]),
		time: parseString(value["@time"])
	};
	return objects_trimObject(thumbnail);
};
const parse_utils_parseCategory = (value) => {
	const category = {
		name: ((value) => parseString(retrieveText(value)))(value),
		scheme: parseString(value === null || value === void 0 ? void 0 : value["@scheme"]),
		label: parseString(value === null || value === void 0 ? void 0 : value["@label"])
	};
	return objects_trimObject(category);
};
const parseHash = (value) => {
	const hash = {
		value: ((value) => parseString(retrieveText(value)))(value),
		algo: parseString(value === null || value === void 0 ? void 0 : value["@algo"])
	};
	return objects_trimObject(hash);
};
const parsePlayer = (value) => {
	if (!is_isPlainObject(value)) return;
	const player = {
		url: parseString(value["@url"]),
		height: parseNumber(value["@height"]),
		width: parseNumber(value["@width"])
	};
	return objects_trimObject(player);
};
const parseCredit = (value) => {
	const credit = {
		value: ((value) => parseString(retrieveText(value)))(value),
		role: parseString(value === null || value === void 0 ? void 0 : value["@role"]),
		scheme: parseString(value === null || value === void 0 ? void 0 : value["@scheme"])
	};
	return objects_trimObject(credit);
};
const parseCopyright = (value) => {
	const copyright = {
		value: ((value) => parseString(retrieveText(value)))(value),
		url: parseString(value === null || value === void 0 ? void 0 : value["@url"])
	};
	return objects_trimObject(copyright);
};
const parseText = (value) => {
	const text = {
		value: ((value) => parseString(retrieveText(value)))(value),
		type: parseString(value === null || value === void 0 ? void 0 : value["@type"]),
		lang: parseString(value === null || value === void 0 ? void 0 : value["@lang"]),
		start: parseString(value === null || value === void 0 ? void 0 : value["@start"]),
		end: parseString(value === null || value === void 0 ? void 0 : value["@end"])
	};
	return objects_trimObject(text);
};
const parseRestriction = (value) => {
	if (!is_isPlainObject(value)) return;
	const restriction = {
		value: ((value) => parseString(retrieveText(value)))(value),
		relationship: parseString(value["@relationship"]),
		type: parseString(value["@type"])
	};
	return objects_trimObject(restriction);
};
const parseCommunity = (value) => {
	if (!is_isPlainObject(value)) return;
	const community = {
		starRating: parseSingularOf(value["media:starrating"], parseStarRating),
		statistics: parseSingularOf(value["media:statistics"], parseStatistics),
		tags: parseSingularOf(value["media:tags"], parseTags)
	};
	return objects_trimObject(community);
};
const parseStarRating = (value) => {
	if (!is_isPlainObject(value)) return;
	const starRating = {
		average: parseNumber(value["@average"]),
		count: parseNumber(value["@count"]),
		min: parseNumber(value["@min"]),
		max: parseNumber(value["@max"])
	};
	return objects_trimObject(starRating);
};
const parseStatistics = (value) => {
	if (!is_isPlainObject(value)) return;
	const statistics = {
		views: parseNumber(value["@views"]),
		favorites: parseNumber(value["@favorites"])
	};
	return objects_trimObject(statistics);
};
const parseTags = (value) => {
	return parseCsvOf(value, (segment) => {
		const split = segment.split(":");
		return {
			name: parseString(split[0]) ?? "",
			weight: parseNumber(split[1]) ?? 1
		};
	});
};
const parseComments = (value) => {
	return parseArrayOf(value === null || value === void 0 ? void 0 : value["media:comment"], (value) => parseString(retrieveText(value)));
};
const parseEmbed = (value) => {
	if (!is_isPlainObject(value)) return;
	const embed = {
		url: parseString(value["@url"]),
		width: parseNumber(value["@width"]),
		height: parseNumber(value["@height"]),
		params: parseArrayOf(value["media:param"], parseParam)
	};
	return objects_trimObject(embed);
};
const parseParam = (value) => {
	if (!is_isPlainObject(value)) return;
	const param = {
		name: parseString(value["@name"]),
		value: ((value) => parseString(retrieveText(value)))(value)
	};
	return objects_trimObject(param);
};
const parseResponses = (value) => {
	return parseArrayOf(value === null || value === void 0 ? void 0 : value["media:response"], (value) => parseString(retrieveText(value)));
};
const parseBackLinks = (value) => {
	return parseArrayOf(value === null || value === void 0 ? void 0 : value["media:backlink"], (value) => parseString(retrieveText(value)));
};
const parseStatus = (value) => {
	if (!is_isPlainObject(value)) return;
	const status = {
		state: parseString(value["@state"]),
		reason: parseString(value["@reason"])
	};
	return objects_trimObject(status);
};
const parsePrice = (value) => {
	if (!is_isPlainObject(value)) return;
	const price = {
		type: parseString(value["@type"]),
		info: parseString(value["@info"]),
		price: parseNumber(value["@price"]),
		currency: parseString(value["@currency"])
	};
	return objects_trimObject(price);
};
const parseLicense = (value) => {
	const license = {
		name: ((value) => parseString(retrieveText(value)))(value),
		type: parseString(value === null || value === void 0 ? void 0 : value["@type"]),
		href: parseString(value === null || value === void 0 ? void 0 : value["@href"])
	};
	return objects_trimObject(license);
};
const parseSubTitle = (value) => {
	if (!is_isPlainObject(value)) return;
	const subTitle = {
		type: parseString(value["@type"]),
		lang: parseString(value["@lang"]),
		href: parseString(value["@href"])
	};
	return objects_trimObject(subTitle);
};
const parsePeerLink = (value) => {
	if (!is_isPlainObject(value)) return;
	const peerLink = {
		type: parseString(value["@type"]),
		href: parseString(value["@href"])
	};
	return objects_trimObject(peerLink);
};
const parseRights = (value) => {
	if (!is_isPlainObject(value)) return;
	const rights = { status: parseString(value["@status"]) };
	return objects_trimObject(rights);
};
const parseScene = (value) => {
	if (!is_isPlainObject(value)) return;
	const scene = {
		title: parseSingularOf(value.scenetitle, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.scenedescription, (value) => parseString(retrieveText(value))),
		startTime: parseSingularOf(value.scenestarttime, (value) => parseString(retrieveText(value))),
		endTime: parseSingularOf(value.sceneendtime, (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(scene);
};
const parseScenes = (value) => {
	return parseArrayOf(value === null || value === void 0 ? void 0 : value["media:scene"], parseScene);
};
const parseLocation = (value) => {
	if (isNonEmptyStringOrNumber(value) || is_isPlainObject(value)) {
		const location = { description: ((value) => parseString(retrieveText(value)))(value) };
		return objects_trimObject(location);
	}
};
const retrieveCommonElements = (value) => {
	if (!is_isPlainObject(value)) return;
	const commonElements = {
		ratings: retrieveRatings(value),
		title: parseSingularOf(value["media:title"], parseTitleOrDescription),
		description: parseSingularOf(value["media:description"], parseTitleOrDescription),
		keywords: parseSingularOf(value["media:keywords"], (value) => parseCsvOf(retrieveText(value), parseString)),
		thumbnails: parseArrayOf(value["media:thumbnail"], parseThumbnail),
		categories: parseArrayOf(value["media:category"], parse_utils_parseCategory),
		hashes: parseArrayOf(value["media:hash"], parseHash),
		player: parseSingularOf(value["media:player"], parsePlayer),
		credits: parseArrayOf(value["media:credit"], parseCredit),
		copyright: parseSingularOf(value["media:copyright"], parseCopyright),
		texts: parseArrayOf(value["media:text"], parseText),
		restrictions: parseArrayOf(value["media:restriction"], parseRestriction),
		community: parseSingularOf(value["media:community"], parseCommunity),
		comments: parseSingularOf(value["media:comments"], parseComments),
		embed: parseSingularOf(value["media:embed"], parseEmbed),
		responses: parseSingularOf(value["media:responses"], parseResponses),
		backLinks: parseSingularOf(value["media:backlinks"], parseBackLinks),
		status: parseSingularOf(value["media:status"], parseStatus),
		prices: parseArrayOf(value["media:price"], parsePrice),
		licenses: parseArrayOf(value["media:license"], parseLicense),
		subTitles: parseArrayOf(value["media:subtitle"], parseSubTitle),
		peerLinks: parseArrayOf(value["media:peerlink"], parsePeerLink),
		locations: parseArrayOf(value["media:location"], parseLocation),
		rights: parseSingularOf(value["media:rights"], parseRights),
		scenes: parseSingularOf(value["media:scenes"], parseScenes)
	};
	return objects_trimObject(commonElements);
};
const parseContent = (value) => {
	if (!is_isPlainObject(value)) return;
	const content = {
		url: parseString(value["@url"]),
		fileSize: parseNumber(value["@filesize"]),
		type: parseString(value["@type"]),
		medium: parseString(value["@medium"]),
		isDefault: parseBoolean(value["@isdefault"]),
		expression: parseString(value["@expression"]),
		bitrate: parseNumber(value["@bitrate"]),
		framerate: parseNumber(value["@framerate"]),
		samplingrate: parseNumber(value["@samplingrate"]),
		channels: parseNumber(value["@channels"]),
		duration: parseNumber(value["@duration"]),
		height: parseNumber(value["@height"]),
		width: parseNumber(value["@width"]),
		lang: parseString(value["@lang"]),
		...retrieveCommonElements(value)
	};
	return objects_trimObject(content);
};
const parseGroup = (value) => {
	if (!is_isPlainObject(value)) return;
	const group = {
		contents: parseArrayOf(value["media:content"], parseContent),
		...retrieveCommonElements(value)
	};
	return objects_trimObject(group);
};
const media_parse_utils_retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = {
		groups: parseArrayOf(value["media:group"], parseGroup),
		contents: parseArrayOf(value["media:content"], parseContent),
		...retrieveCommonElements(value)
	};
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/opensearch/parse/utils.mjs



//#region src/namespaces/opensearch/parse/utils.ts
const parseQuery = (value) => {
	if (!is_isPlainObject(value)) return;
	const query = {
		role: parseString(value["@role"]),
		searchTerms: parseString(value["@searchterms"]),
		count: parseNumber(value["@count"]),
		startIndex: parseNumber(value["@startindex"]),
		startPage: parseNumber(value["@startpage"]),
		language: parseString(value["@language"]),
		inputEncoding: parseString(value["@inputencoding"]),
		outputEncoding: parseString(value["@outputencoding"])
	};
	return objects_trimObject(query);
};
const opensearch_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		totalResults: parseSingularOf(value["opensearch:totalresults"], (value) => parseNumber(retrieveText(value))),
		startIndex: parseSingularOf(value["opensearch:startindex"], (value) => parseNumber(retrieveText(value))),
		itemsPerPage: parseSingularOf(value["opensearch:itemsperpage"], (value) => parseNumber(retrieveText(value))),
		queries: parseArrayOf(value["opensearch:query"], parseQuery)
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/pingback/parse/utils.mjs



//#region src/namespaces/pingback/parse/utils.ts
const parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		server: parseSingularOf(value["pingback:server"], (value) => retrieveRdfResourceOrText(value, parseString)),
		target: parseSingularOf(value["pingback:target"], (value) => retrieveRdfResourceOrText(value, parseString))
	};
	return objects_trimObject(item);
};
const pingback_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = { to: parseSingularOf(value["pingback:to"], (value) => retrieveRdfResourceOrText(value, parseString)) };
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/psc/parse/utils.mjs



//#region src/namespaces/psc/parse/utils.ts
const parseChapter = (value) => {
	if (!is_isPlainObject(value)) return;
	const chapter = {
		start: parseSingularOf(value["@start"], parseString),
		title: parseSingularOf(value["@title"], parseString),
		href: parseSingularOf(value["@href"], parseString),
		image: parseSingularOf(value["@image"], parseString)
	};
	return objects_trimObject(chapter);
};
const parseChapters = (value) => {
	return parseArrayOf(value === null || value === void 0 ? void 0 : value["psc:chapter"], parseChapter);
};
const psc_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = { chapters: parseSingularOf(value["psc:chapters"], parseChapters) };
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/slash/parse/utils.mjs



//#region src/namespaces/slash/parse/utils.ts
const parseHitParade = (value) => {
	return parseCsvOf(value, parseNumber);
};
const slash_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		section: parseSingularOf(value["slash:section"], (value) => parseString(retrieveText(value))),
		department: parseSingularOf(value["slash:department"], (value) => parseString(retrieveText(value))),
		comments: parseSingularOf(value["slash:comments"], (value) => parseNumber(retrieveText(value))),
		hitParade: parseSingularOf(value["slash:hit_parade"], (value) => parseHitParade(retrieveText(value)))
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/sy/parse/utils.mjs



//#region src/namespaces/sy/parse/utils.ts
const sy_parse_utils_retrieveFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		updatePeriod: parseSingularOf(value["sy:updateperiod"], (value) => parseString(retrieveText(value))),
		updateFrequency: parseSingularOf(value["sy:updatefrequency"], (value) => parseNumber(retrieveText(value))),
		updateBase: parseSingularOf(value["sy:updatebase"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/thr/parse/utils.mjs



//#region src/namespaces/thr/parse/utils.ts
const parseInReplyTo = (value) => {
	if (!is_isPlainObject(value)) return;
	const inReplyTo = {
		ref: parseString(value["@ref"]),
		href: parseString(value["@href"]),
		type: parseString(value["@type"]),
		source: parseString(value["@source"])
	};
	return objects_trimObject(inReplyTo);
};
const retrieveLink = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const link = {
		count: parseNumber(value["@thr:count"]),
		updated: parseDate(value["@thr:updated"], options === null || options === void 0 ? void 0 : options.parseDateFn)
	};
	return objects_trimObject(link);
};
const thr_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		total: parseSingularOf(value["thr:total"], (value) => parseNumber(retrieveText(value))),
		inReplyTos: parseArrayOf(value["thr:in-reply-to"], parseInReplyTo)
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/trackback/parse/utils.mjs



//#region src/namespaces/trackback/parse/utils.ts
const trackback_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		ping: parseSingularOf(value["trackback:ping"], (value) => retrieveRdfResourceOrText(value, parseString)),
		abouts: parseArrayOf(value["trackback:about"], (value) => retrieveRdfResourceOrText(value, parseString))
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/wfw/parse/utils.mjs



//#region src/namespaces/wfw/parse/utils.ts
const wfw_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		comment: parseSingularOf(value["wfw:comment"], (value) => parseString(retrieveText(value))),
		commentRss: parseSingularOf(value["wfw:commentrss"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/xml/parse/utils.mjs



//#region src/namespaces/xml/parse/utils.ts
const xml_parse_utils_retrieveItemOrFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const itemOrFeed = {
		lang: parseString(value["@xml:lang"]),
		base: parseString(value["@xml:base"]),
		space: parseString(value["@xml:space"]),
		id: parseString(value["@xml:id"])
	};
	return objects_trimObject(itemOrFeed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/yt/parse/utils.mjs



//#region src/namespaces/yt/parse/utils.ts
const yt_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		videoId: parseSingularOf(value["yt:videoid"], (value) => parseString(retrieveText(value))),
		channelId: parseSingularOf(value["yt:channelid"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(item);
};
const yt_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		channelId: parseSingularOf(value["yt:channelid"], (value) => parseString(retrieveText(value))),
		playlistId: parseSingularOf(value["yt:playlistid"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/util.js


const nameStartChar = ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const nameChar = nameStartChar + '\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const nameRegexp = '[' + nameStartChar + '][' + nameChar + ']*';
const regexName = new RegExp('^' + nameRegexp + '$');

function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}

const isName = function (string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === 'undefined');
}

function isExist(v) {
  return typeof v !== 'undefined';
}

function isEmptyObject(obj) {
  return Object.keys(obj).length === 0;
}

function getValue(v) {
  if (exports.isExist(v)) {
    return v;
  } else {
    return '';
  }
}

/**
 * Dangerous property names that could lead to prototype pollution or security issues
 */
const DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__'
];

const criticalProperties = ["__proto__", "constructor", "prototype"];
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js



const defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};


const defaultOptions = {
  preserveOrder: false,
  attributeNamePrefix: '@_',
  attributesGroupName: false,
  textNodeName: '#text',
  ignoreAttributes: true,
  removeNSPrefix: false, // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false, //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true, //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function (tagName, val) {
    return val;
  },
  attributeValueProcessor: function (attrName, val) {
    return val;
  },
  stopNodes: [], //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function (tagName, jPath, attrs) {
    return tagName
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true, // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};


/**
 * Validates that a property name is safe to use
 * @param {string} propertyName - The property name to validate
 * @param {string} optionName - The option field name (for error message)
 * @throws {Error} If property name is dangerous
 */
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== 'string') {
    return; // Only validate string property names
  }

  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }

  if (criticalProperties.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}

/**
 * Normalizes processEntities option for backward compatibility
 * @param {boolean|object} value 
 * @returns {object} Always returns normalized object
 */
function normalizeProcessEntities(value, htmlEntities) {
  // Boolean backward compatibility
  if (typeof value === 'boolean') {
    return {
      enabled: value, // true or false
      maxEntitySize: 10000,
      maxExpansionDepth: 10000,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 100000,
      maxEntityCount: 1000,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all",
    };
  }

  // Object config - merge with defaults
  if (typeof value === 'object' && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 10000),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 10000),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 100000),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1000),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all",
    };
  }

  // Default to enabled with limits
  return normalizeProcessEntities(true);
}

const buildOptions = function (options) {
  const built = Object.assign({}, defaultOptions, options);

  // Validate property names to prevent prototype pollution
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: 'attributeNamePrefix' },
    { value: built.attributesGroupName, name: 'attributesGroupName' },
    { value: built.textNodeName, name: 'textNodeName' },
    { value: built.cdataPropName, name: 'cdataPropName' },
    { value: built.commentPropName, name: 'commentPropName' }
  ];

  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }

  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }

  // Always normalize processEntities for backward compatibility and validation
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  // Convert old-style stopNodes for backward compatibility
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map(node => {
      if (typeof node === 'string' && node.startsWith('*.')) {
        // Old syntax: *.tagname meant "tagname anywhere"
        // Convert to new syntax: ..tagname
        return '..' + node.substring(2);
      }
      return node;
    });
  }
  //console.debug(built.processEntities)
  return built;
};
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/xmlNode.js


let METADATA_SYMBOL;

if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = Symbol("XML Node Metadata");
}

class XmlNode {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = []; //nested tags, text, cdata, comments in order
    this[":@"] = Object.create(null); //attributes map
  }
  add(key, val) {
    // this.child.push( {name : key, val: val, isCdata: isCdata });
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    // if requested, add the startIndex
    this.addStartIndex(startIndex);
  }

  addStartIndex(startIndex) {
    if (startIndex !== undefined) {
      // Note: for now we just overwrite the metadata. If we had more complex metadata,
      // we might need to do an object append here:  metadata = { ...metadata, startIndex }
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }

  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    // endIndex is write-once: when updateTag drops a node, the last child is a
    // previously completed sibling whose endIndex must not be overwritten
    if (lastChild !== undefined && lastChild[METADATA_SYMBOL] !== undefined
      && lastChild[METADATA_SYMBOL].endIndex === undefined) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
}

// EXTERNAL MODULE: ./node_modules/xml-naming/src/index.js
var src = __webpack_require__(64658);
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js


class DocTypeReader {
    constructor(options, xmlVersion) {
        this.suppressValidationErr = !options;
        this.options = options;
        this.xmlVersion = xmlVersion || 1.0;
    }

    setXmlVersion(xmlVersion = 1.0) {
        this.xmlVersion = xmlVersion;
    }
    readDocType(xmlData, i) {
        const entities = Object.create(null);
        let entityCount = 0;

        if (xmlData[i + 3] === 'O' &&
            xmlData[i + 4] === 'C' &&
            xmlData[i + 5] === 'T' &&
            xmlData[i + 6] === 'Y' &&
            xmlData[i + 7] === 'P' &&
            xmlData[i + 8] === 'E') {
            i = i + 9;
            let angleBracketsCount = 1;
            let hasBody = false, comment = false;
            let quoteChar = null; // tracks an open SYSTEM/PUBLIC literal before the '[' body
            let exp = "";
            for (; i < xmlData.length; i++) {
                // Inside a quoted external-identifier literal — XML allows '<'
                // and '>' as plain data here, so they must not be interpreted
                // as DOCTYPE structure until the matching quote closes.
                if (quoteChar !== null) {
                    if (xmlData[i] === quoteChar) quoteChar = null;
                    exp += xmlData[i];
                    continue;
                }
                if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
                    quoteChar = xmlData[i];
                    exp += xmlData[i];
                    continue;
                }

                if (xmlData[i] === '<' && !comment) { //Determine the tag type
                    if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
                        i += 7;
                        let entityName, val;
                        [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
                        if (val.indexOf("&") === -1) { //Parameter entities are not supported
                            if (this.options.enabled !== false &&
                                this.options.maxEntityCount != null &&
                                entityCount >= this.options.maxEntityCount) {
                                throw new Error(
                                    `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                                );
                            }
                            //const escaped = entityName.replace(/[.\-+*:]/g, '\\.');
                            //const escaped = entityName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                            entities[entityName] = val;
                            entityCount++;
                        }
                    }
                    else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
                        i += 8;//Not supported
                        const { index } = this.readElementExp(xmlData, i + 1);
                        i = index;
                    } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
                        i += 8;//Not supported
                        // const {index} = this.readAttlistExp(xmlData,i+1);
                        // i = index;
                    } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
                        i += 9;//Not supported
                        const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
                        i = index;
                    } else if (hasSeq(xmlData, "!--", i)) comment = true;
                    else throw new Error(`Invalid DOCTYPE`);

                    angleBracketsCount++;
                    exp = "";
                } else if (xmlData[i] === '>') { //Read tag content
                    if (comment) {
                        if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
                            comment = false;
                            angleBracketsCount--;
                        }
                    } else {
                        angleBracketsCount--;
                    }
                    if (angleBracketsCount === 0) {
                        break;
                    }
                } else if (xmlData[i] === '[') {
                    hasBody = true;
                } else {
                    exp += xmlData[i];
                }
            }
            if (quoteChar !== null || angleBracketsCount !== 0) {
                throw new Error(`Unclosed DOCTYPE`);
            }
        } else {
            throw new Error(`Invalid Tag instead of DOCTYPE`);
        }
        return { entities, i };
    }
    readEntityExp(xmlData, i) {
        //External entities are not supported
        //    <!ENTITY ext SYSTEM "http://normal-website.com" >

        //Parameter entities are not supported
        //    <!ENTITY entityname "&anotherElement;">

        //Internal entities are supported
        //    <!ENTITY entityname "replacement text">

        // Skip leading whitespace after <!ENTITY
        i = skipWhitespace(xmlData, i);

        // Read entity name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
            i++;
        }
        let entityName = xmlData.substring(startIndex, i);

        validateEntityName(entityName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after entity name
        i = skipWhitespace(xmlData, i);

        // Check for unsupported constructs (external entities or parameter entities)
        if (!this.suppressValidationErr) {
            if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
                throw new Error("External entities are not supported");
            } else if (xmlData[i] === "%") {
                throw new Error("Parameter entities are not supported");
            }
        }

        // Read entity value (internal entity)
        let entityValue = "";
        [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");

        // Validate entity size
        if (this.options.enabled !== false &&
            this.options.maxEntitySize != null &&
            entityValue.length > this.options.maxEntitySize) {
            throw new Error(
                `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
            );
        }

        i--;
        return [entityName, entityValue, i];
    }

    readNotationExp(xmlData, i) {
        // Skip leading whitespace after <!NOTATION
        i = skipWhitespace(xmlData, i);

        // Read notation name

        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let notationName = xmlData.substring(startIndex, i);

        !this.suppressValidationErr && validateEntityName(notationName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after notation name
        i = skipWhitespace(xmlData, i);

        // Check identifier type (SYSTEM or PUBLIC)
        const identifierType = xmlData.substring(i, i + 6).toUpperCase();
        if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
            throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
        }
        i += identifierType.length;

        // Skip whitespace after identifier type
        i = skipWhitespace(xmlData, i);

        // Read public identifier (if PUBLIC)
        let publicIdentifier = null;
        let systemIdentifier = null;

        if (identifierType === "PUBLIC") {
            [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");

            // Skip whitespace after public identifier
            i = skipWhitespace(xmlData, i);

            // Optionally read system identifier
            if (xmlData[i] === '"' || xmlData[i] === "'") {
                [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
            }
        } else if (identifierType === "SYSTEM") {
            // Read system identifier (mandatory for SYSTEM)
            [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");

            if (!this.suppressValidationErr && !systemIdentifier) {
                throw new Error("Missing mandatory system identifier for SYSTEM notation");
            }
        }

        return { notationName, publicIdentifier, systemIdentifier, index: --i };
    }

    readIdentifierVal(xmlData, i, type) {
        let identifierVal = "";
        const startChar = xmlData[i];
        if (startChar !== '"' && startChar !== "'") {
            throw new Error(`Expected quoted string, found "${startChar}"`);
        }
        i++;

        const startIndex = i;
        while (i < xmlData.length && xmlData[i] !== startChar) {
            i++;
        }
        identifierVal = xmlData.substring(startIndex, i);

        if (xmlData[i] !== startChar) {
            throw new Error(`Unterminated ${type} value`);
        }
        i++;
        return [i, identifierVal];
    }

    readElementExp(xmlData, i) {
        // <!ELEMENT br EMPTY>
        // <!ELEMENT div ANY>
        // <!ELEMENT title (#PCDATA)>
        // <!ELEMENT book (title, author+)>
        // <!ELEMENT name (content-model)>

        // Skip leading whitespace after <!ELEMENT
        i = skipWhitespace(xmlData, i);

        // Read element name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        if (!this.suppressValidationErr && !(0,src/* qName */.fG)(elementName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid element name: "${elementName}"`);
        }

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);
        let contentModel = "";
        // Expect '(' to start content model
        if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
        else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
        else if (xmlData[i] === "(") {
            i++; // Move past '('

            // Read content model
            const startIndex = i;
            while (i < xmlData.length && xmlData[i] !== ")") {
                i++;
            }
            contentModel = xmlData.substring(startIndex, i);

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated content model");
            }

        } else if (!this.suppressValidationErr) {
            throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
        }

        return {
            elementName,
            contentModel: contentModel.trim(),
            index: i
        };
    }

    readAttlistExp(xmlData, i) {
        // Skip leading whitespace after <!ATTLIST
        i = skipWhitespace(xmlData, i);

        // Read element name
        let startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        validateEntityName(elementName, { xmlVersion: this.xmlVersion })

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);

        // Read attribute name
        startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let attributeName = xmlData.substring(startIndex, i);

        // Validate attribute name
        if (!validateEntityName(attributeName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid attribute name: "${attributeName}"`);
        }

        // Skip whitespace after attribute name
        i = skipWhitespace(xmlData, i);

        // Read attribute type
        let attributeType = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
            attributeType = "NOTATION";
            i += 8; // Move past "NOTATION"

            // Skip whitespace after "NOTATION"
            i = skipWhitespace(xmlData, i);

            // Expect '(' to start the list of notations
            if (xmlData[i] !== "(") {
                throw new Error(`Expected '(', found "${xmlData[i]}"`);
            }
            i++; // Move past '('

            // Read the list of allowed notations
            let allowedNotations = [];
            while (i < xmlData.length && xmlData[i] !== ")") {


                const startIndex = i;
                while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
                    i++;
                }
                let notation = xmlData.substring(startIndex, i);

                // Validate notation name
                notation = notation.trim();
                if (!validateEntityName(notation, { xmlVersion: this.xmlVersion })) {
                    throw new Error(`Invalid notation name: "${notation}"`);
                }

                allowedNotations.push(notation);

                // Skip '|' separator or exit loop
                if (xmlData[i] === "|") {
                    i++; // Move past '|'
                    i = skipWhitespace(xmlData, i); // Skip optional whitespace after '|'
                }
            }

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated list of notations");
            }
            i++; // Move past ')'

            // Store the allowed notations as part of the attribute type
            attributeType += " (" + allowedNotations.join("|") + ")";
        } else {
            // Handle simple types (e.g., CDATA, ID, IDREF, etc.)
            const startIndex = i;
            while (i < xmlData.length && !/\s/.test(xmlData[i])) {
                i++;
            }
            attributeType += xmlData.substring(startIndex, i);

            // Validate simple attribute type
            const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
            if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
                throw new Error(`Invalid attribute type: "${attributeType}"`);
            }
        }

        // Skip whitespace after attribute type
        i = skipWhitespace(xmlData, i);

        // Read default value
        let defaultValue = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
            defaultValue = "#REQUIRED";
            i += 8;
        } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
            defaultValue = "#IMPLIED";
            i += 7;
        } else {
            [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
        }

        return {
            elementName,
            attributeName,
            attributeType,
            defaultValue,
            index: i
        }
    }
}



const skipWhitespace = (data, index) => {
    while (index < data.length && /\s/.test(data[index])) {
        index++;
    }
    return index;
};



function hasSeq(data, seq, i) {
    for (let j = 0; j < seq.length; j++) {
        if (seq[j] !== data[i + j + 1]) return false;
    }
    return true;
}

function validateEntityName(name, xmlVersion) {
    if ((0,src/* qName */.fG)(name, { xmlVersion: xmlVersion }))
        return name;
    else
        throw new Error(`Invalid entity name ${name}`);
}
// EXTERNAL MODULE: ./node_modules/strnum/strnum.js + 2 modules
var strnum = __webpack_require__(21254);
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
    if (typeof ignoreAttributes === 'function') {
        return ignoreAttributes
    }
    if (Array.isArray(ignoreAttributes)) {
        return (attrName) => {
            for (const pattern of ignoreAttributes) {
                if (typeof pattern === 'string' && attrName === pattern) {
                    return true
                }
                if (pattern instanceof RegExp && pattern.test(attrName)) {
                    return true
                }
            }
        }
    }
    return () => false
}
// EXTERNAL MODULE: ./node_modules/path-expression-matcher/src/Matcher.js
var Matcher = __webpack_require__(48257);
// EXTERNAL MODULE: ./node_modules/path-expression-matcher/src/Expression.js
var Expression = __webpack_require__(53945);
// EXTERNAL MODULE: ./node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = __webpack_require__(89817);
// EXTERNAL MODULE: ./node_modules/@nodable/entities/src/entities.js
var entities = __webpack_require__(57722);
// EXTERNAL MODULE: ./node_modules/@nodable/entities/src/EntityDecoder.js
var src_EntityDecoder = __webpack_require__(67108);
// EXTERNAL MODULE: ./node_modules/is-unsafe/src/index.js + 8 modules
var is_unsafe_src = __webpack_require__(18450);
// EXTERNAL MODULE: ./node_modules/is-unsafe/src/contexts/html.js
var html = __webpack_require__(65053);
// EXTERNAL MODULE: ./node_modules/is-unsafe/src/contexts/xml.js
var xml = __webpack_require__(97979);
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js

///@ts-check












// const regx =
//   '<((!\\[CDATA\\[([\\s\\S]*?)(]]>))|((NAME:)?(NAME))([^>]*)>|((\\/)(NAME)\\s*>))([^<]*)'
//   .replace(/NAME/g, util.nameRegexp);

//const tagsRegx = new RegExp("<(\\/?[\\w:\\-\._]+)([^>]*)>(\\s*"+cdataRegx+")*([^<]+)?","g");
//const tagsRegx = new RegExp("<(\\/?)((\\w*:)?([\\w:\\-\._]+))([^>]*)>([^<]*)("+cdataRegx+"([^<]*))*([^<]+)?","g");

// Helper functions for attribute and namespace handling

/**
 * Extract raw attributes (without prefix) from prefixed attribute map
 * @param {object} prefixedAttrs - Attributes with prefix from buildAttributesMap
 * @param {object} options - Parser options containing attributeNamePrefix
 * @returns {object} Raw attributes for matcher
 */
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};

  // Handle attributesGroupName option
  const attrs = options.attributesGroupName
    ? prefixedAttrs[options.attributesGroupName]
    : prefixedAttrs;

  if (!attrs) return {};

  const rawAttrs = {};
  for (const key in attrs) {
    // Remove the attribute prefix to get raw name
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * Extract namespace from raw tag name
 * @param {string} rawTagName - Tag name possibly with namespace (e.g., "soap:Envelope")
 * @returns {string|undefined} Namespace or undefined
 */
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== 'string') return undefined;

  const colonIndex = rawTagName.indexOf(':');
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    // Don't treat xmlns as a namespace
    if (ns !== 'xmlns') {
      return ns;
    }
  }
  return undefined;
}

/** Compiled stopNodes per options object (see the constructor). */
const stopNodeSets = new WeakMap();

class OrderedObjParser {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes)
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...entities/* XML */._9 };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...entities/* COMMON_HTML */.KS, ...entities/* CURRENCY */.UM };
      this.entityDecoder = new src_EntityDecoder/* default */.A({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo,
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) =>
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          (0,is_unsafe_src/* isUnsafe */.zk)(value, [html/* default */.A, xml/* default */.A]) ? src_EntityDecoder/* ENTITY_ACTION */.H.BLOCK : src_EntityDecoder/* ENTITY_ACTION */.H.ALLOW,

        //postCheck: resolved => resolved
      });
    }

    // Initialize path matcher for path-expression-matcher
    this.matcher = new Matcher/* default */.A();
    this.readonlyMatcher = this.matcher.readOnly();

    // Flag to track if current node is a stop node (optimization)
    this.isCurrentNodeStopNode = false;

    // Pre-compile stopNodes expressions, once per options object: XMLParser hands the same options to
    // every parse, and a sealed ExpressionSet is only read.
    const compiledStopNodes = stopNodeSets.get(this.options);
    if (compiledStopNodes) this.stopNodeExpressionsSet = compiledStopNodes;
    else {
    this.stopNodeExpressionsSet = new ExpressionSet/* default */.A();
    stopNodeSets.set(this.options, this.stopNodeExpressionsSet);
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === 'string') {
          // Convert string to Expression object
          this.stopNodeExpressionsSet.add(new Expression/* default */.A(stopNodeExp));
        } else if (stopNodeExp instanceof Expression/* default */.A) {
          // Already an Expression object
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
    }
  }

}


/**
 * @param {string} val
 * @param {string} tagName
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 * @param {boolean} dontTrim
 * @param {boolean} hasAttributes
 * @param {boolean} isLeafNode
 * @param {boolean} escapeEntities
 */
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== undefined) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);

      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === undefined) {
        //don't parse
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        //overwrite
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}

function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(':');
    const prefix = tagname.charAt(0) === '/' ? '/' : '';
    if (tags[0] === 'xmlns') {
      return '';
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}

//TODO: change regex to capture NS
//const attrsRegx = new RegExp("([\\w\\-\\.\\:]+)\\s*=\\s*(['\"])((.|\n)*?)\\2","gm");
const attrsRegx = new RegExp('([^\\s=]+)\\s*(=\\s*([\'"])([\\s\\S]*?)\\3)?', 'gm');

function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || (options.ignoreAttributes !== true && typeof attrStr === 'string')) {
    // attrStr = attrStr.replace(/\r?\n/g, ' ');
    //attrStr = attrStr || attrStr.trim();

    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length; //don't make it inline
    const attrs = {};

    // Pre-process values once: trim + entity replacement
    // Reused in both matcher update and second pass
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};

    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = matches[i][4];

      if (attrName.length && oldVal !== undefined) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;

        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }

    // Update matcher ONCE before second pass, if applicable
    if (hasRawAttrs && typeof jPath === 'object' && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }

    // Hoist toString() once — path doesn't change during attribute processing
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;

    // Second pass: apply processors, build final attrs
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);

      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;

      let aName = options.attributeNamePrefix + attrName;

      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);

        if (matches[i][4] !== undefined) {
          // Reuse already-processed value — no double entity replacement
          const oldVal = processedVals[i];

          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === undefined) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }

    if (!hasAttrs) return;

    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
const parseXml = function (xmlData) {
  xmlData = xmlData.replace(/\r\n?/g, "\n"); //TODO: remove this line
  const xmlObj = new XmlNode('!xml');
  let currentNode = xmlObj;
  let textData = "";

  // Reset matcher for new document
  this.matcher.reset();
  this.entityDecoder.reset();

  // Reset entity expansion counters for this document
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const options = this.options;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {//for each char in XML data
    const ch = xmlData[i];
    if (ch === '<') {
      // const nextIndex = i+1;
      // const _2ndChar = xmlData[nextIndex];
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//Closing Tag '/'
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.")
        let tagName = xmlData.substring(i + 2, closeIndex).trim();

        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }

        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;

        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }

        //check if last tag of nested tag was unpaired tag
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          // Pop the unpaired tag
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        // Pop the closing tag
        this.matcher.pop();
        this.isCurrentNodeStopNode = false; // Reset flag when closing tag

        //a closing tag with no matching opening tag leaves the stack empty
        currentNode = this.tagsNodeStack.pop() || xmlObj;//avoid recursion, set the parent tag scope

        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(closeIndex + 1);
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) { //'?'

        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1.0);
          docTypeReader.setXmlVersion(Number(ver) || 1.0);
        }
        if ((options.ignoreDeclaration && tagData.tagName === "?xml") || options.ignorePiTags) {
          //do nothing
        } else {

          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");

          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap
          }
          this.addChild(currentNode, childNode, this.readonlyMatcher, i);

          if (options.captureMetaData) {
            // closeIndex points at '?' of the closing '?>'
            currentNode.addEndIndex(tagData.closeIndex + 2);
          }
        }


        i = tagData.closeIndex + 1;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { //'!--'
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.")
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);

          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 68) { //'!D'
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == undefined) val = "";

        //cdata should be set even if it is 0 length string
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }

        i = closeIndex + 2;
      } else {//Opening tag
        let result = readTagExp(xmlData, i, options.removeNSPrefix);

        // Safety check: readTagExp can return undefined
        if (!result) {
          // Log context for debugging
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }

        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;

        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

        if (options.strictReservedNames &&
          (tagName === options.commentPropName
            || tagName === options.cdataPropName
            || tagName === options.textNodeName
            || tagName === options.attributesGroupName
          )) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }

        //save text as child node
        if (currentNode && textData) {
          if (currentNode.tagname !== '!xml') {
            //when nested tag is found
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }

        //check if last tag was unpaired tag
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }

        // Clean up self-closing syntax BEFORE processing attributes
        // This is where tagExp gets the trailing / removed
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }

          // Re-check attrExpPresent after cleaning
          attrExpPresent = (tagName !== tagExp);
        }

        // Now process attributes with CLEAN tagExp (no trailing /)
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = undefined;

        // Extract namespace from rawTagName
        namespace = extractNamespace(rawTagName);

        // Push tag to matcher FIRST (with empty attrs for now) so callbacks see correct path
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }

        // Now build attributes - callbacks will see correct matcher state
        if (tagName !== tagExp && attrExpPresent) {
          // Build attributes (returns prefixed attributes for the tree)
          // Note: buildAttributesMap now internally updates the matcher with raw attributes
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);

          if (prefixedAttrs) {
            // Extract raw attributes (without prefix) for our use
            //TODO: seems a performance overhead
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }

        // Now check if this is a stop node (after attributes are set)
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }

        const startIndex = i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";

          // For self-closing tags, content is empty
          if (isSelfClosing) {
            i = result.closeIndex;
          }
          //unpaired tag
          else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          }
          //normal tag
          else {
            //read until closing tag is found
            const result = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result.i;
            tagContent = result.tagContent;
          }

          const childNode = new XmlNode(tagName);

          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }

          // For stop nodes, store raw content as-is without any processing
          childNode.add(options.textNodeName, tagContent);

          this.matcher.pop(); // Pop the stop node tag
          this.isCurrentNodeStopNode = false; // Reset flag

          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            currentNode.addEndIndex(i + 1);
          }
        } else {
          //selfClosing tag
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(closeIndex + 1);
            }
            this.matcher.pop(); // Pop self-closing tag
            this.isCurrentNodeStopNode = false; // Reset flag
          }
          else if (options.unpairedTagsSet.has(tagName)) {//unpaired tag
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(result.closeIndex + 1);
            }
            this.matcher.pop(); // Pop unpaired tag
            this.isCurrentNodeStopNode = false; // Reset flag
            i = result.closeIndex;
            // Continue to next iteration without changing currentNode
            continue;
          }
          //opening tag
          else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);

            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
}

function addChild(currentNode, childNode, matcher, startIndex) {
  // unset startIndex if not requested
  if (!this.options.captureMetaData) startIndex = undefined;

  // Pass jPath string or matcher based on options.jPath setting
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"])
  if (result === false) {
    //do nothing
  } else if (typeof result === "string") {
    childNode.tagname = result
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}

/**
 * @param {object} val - Entity object with regex and val properties
 * @param {string} tagName - Tag name
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 */
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;

  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }

  // Check if tag is allowed to contain entities
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags)
      ? entityConfig.allowedTags.includes(tagName)
      : entityConfig.allowedTags(tagName, jPathOrMatcher);

    if (!allowed) {
      return val;
    }
  }

  // Apply custom tag filter if provided
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val; // Skip based on custom filter
    }
  }

  return this.entityDecoder.decode(val);
}


function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) { //store previously collected data as textNode
    if (isLeafNode === undefined) isLeafNode = parentNode.child.length === 0

    textData = this.parseTextData(textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode);

    if (textData !== undefined && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}

/**
 * @param {Array<Expression>} stopNodeExpressions - Array of compiled Expression objects
 * @param {Matcher} matcher - Current path matcher
 */
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;

  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}

/**
 * Returns the tag Expression and where it is ending handling single-double quotes situation
 * @param {string} xmlData 
 * @param {number} i starting index
 * @returns 
 */
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  //TODO: ignore boolean attributes in tag expression
  //TODO: if ignore attributes, dont read full attribute expression but the end. But read for xml declaration
  let attrBoundary = 0;
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;

  let result = '';
  let segmentStart = i;

  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);

    if (attrBoundary) {
      if (code === attrBoundary) attrBoundary = 0;
    } else if (code === 34 || code === 39) { // " or '
      attrBoundary = code;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9 && !attrBoundary) { // \t - only replace with space outside attribute values
      // Flush accumulated segment, add space, start new segment
      result += xmlData.substring(segmentStart, index) + ' ';
      segmentStart = index + 1;
    }
  }
}

function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg)
  } else {
    return closingIndex + str.length - 1;
  }
}

function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex; // no offset needed
}

function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {//separate tag name and attributes expression
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }

  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }

  return {
    tagName: tagName,
    tagExp: tagExp,
    closeIndex: closeIndex,
    attrExpPresent: attrExpPresent,
    rawTagName: rawTagName,
  }
}
/**
 * find paired tag for a stop node
 * @param {string} xmlData 
 * @param {string} tagName 
 * @param {number} i 
 */
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  // Starting at 1 since we already have an open tag
  let openTagCount = 1;

  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//close tag '/'
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            }
          }
        }
        i = closeIndex;
      } else if (c1 === 63) { //?
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { // '!--'
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = readTagExp(xmlData, i, false)

        if (tagData) {
          const openTagName = tagData && tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        }
      }
    }
  }//end for loop
}

function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === 'string') {
    //console.log(options)
    const newval = val.trim();
    if (newval === 'true') return true;
    else if (newval === 'false') return false;
    else return (0,strnum/* default */.A)(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return '';
    }
  }
}

function OrderedObjParser_fromCodePoint(str, base, prefix) {
  const codePoint = Number.parseInt(str, base);

  if (codePoint >= 0 && codePoint <= 0x10FFFF) {
    return String.fromCodePoint(codePoint);
  } else {
    return prefix + str + ";";
  }
}

function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}



function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/node2json.js





const node2json_METADATA_SYMBOL = XmlNode.getMetaDataSymbol();

/**
 * Helper function to strip attribute prefix from attribute map
 * @param {object} attrs - Attributes with prefix (e.g., {"@_class": "code"})
 * @param {string} prefix - Attribute prefix to remove (e.g., "@_")
 * @returns {object} Attributes without prefix (e.g., {"class": "code"})
 */
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== 'object') return {};
  if (!prefix) return attrs;

  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * 
 * @param {array} node 
 * @param {any} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns 
 */
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}

/**
 * @param {array} arr 
 * @param {object} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns object
 */
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {}; //This is intended to be a plain object
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);

    // Push current property to matcher WITH RAW ATTRIBUTES (no prefix)
    if (property !== undefined && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }

    if (property === options.textNodeName) {
      if (text === undefined) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === undefined) {
      continue;
    } else if (tagObj[property]) {

      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);

      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }

      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== undefined && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }

      if (tagObj[node2json_METADATA_SYMBOL] !== undefined && typeof val === "object" && val !== null) {
        val[node2json_METADATA_SYMBOL] = tagObj[node2json_METADATA_SYMBOL]; // copy over metadata
      }


      if (compressedObj[property] !== undefined && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        //TODO: if a node is not an array, then check if it should be an array
        //also determine if it is a leaf node

        // Pass jPath string or readonlyMatcher based on options.jPath setting
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }

      // Pop property from matcher after processing
      if (property !== undefined && property !== options.textNodeName) {
        matcher.pop();
      }
    }

  }
  // if(text && text.length > 0) compressedObj[options.textNodeName] = text;
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== undefined) compressedObj[options.textNodeName] = text;


  return compressedObj;
}

function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}

function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length; //don't make it inline
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];  // This is the PREFIXED name (e.g., "@_class")

      // Strip prefix for matcher path (for isArray callback)
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix)
        ? atrrName.substring(options.attributeNamePrefix.length)
        : atrrName;

      // For attributes, we need to create a temporary path
      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath
        ? readonlyMatcher.toString() + "." + rawAttrName
        : readonlyMatcher;

      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}

function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;

  if (propCount === 0) {
    return true;
  }

  if (
    propCount === 1 &&
    (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)
  ) {
    return true;
  }

  return false;
}
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/validator.js




const validator_defaultOptions = {
  allowBooleanAttributes: false, //A tag can have attributes without any value
  unpairedTags: []
};

//const tagsPattern = new RegExp("<\\/?([\\w:\\-_\.]+)\\s*\/?>","g");
function validate(xmlData, options) {
  options = Object.assign({}, validator_defaultOptions, options);

  //xmlData = xmlData.replace(/(\r\n|\n|\r)/gm,"");//make it single line
  //xmlData = xmlData.replace(/(^\s*<\?xml.*?\?>)/g,"");//Remove XML starting tag
  //xmlData = xmlData.replace(/(<!DOCTYPE[\s\w\"\.\/\-\:]+(\[.*\])*\s*>)/g,"");//Remove DOCTYPE
  const tags = [];
  let tagFound = false;

  //indicates that the root tag has been closed (aka. depth 0 has been reached)
  let reachedRoot = false;

  if (xmlData[0] === '\ufeff') {
    // check for byte order mark (BOM)
    xmlData = xmlData.substr(1);
  }

  for (let i = 0; i < xmlData.length; i++) {

    if (xmlData[i] === '<' && xmlData[i + 1] === '?') {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === '<') {
      //starting of tag
      //read until you reach to '>' avoiding any '>' in attribute value
      let tagStartPos = i;
      i++;

      if (xmlData[i] === '!') {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === '/') {
          //closing tag
          closingTag = true;
          i++;
        }
        //read tagname
        let tagName = '';
        for (; i < xmlData.length &&
          xmlData[i] !== '>' &&
          xmlData[i] !== ' ' &&
          xmlData[i] !== '\t' &&
          xmlData[i] !== '\n' &&
          xmlData[i] !== '\r'; i++
        ) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        //console.log(tagName);

        if (tagName[tagName.length - 1] === '/') {
          //self closing tag without attributes
          tagName = tagName.substring(0, tagName.length - 1);
          //continue;
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject('InvalidTag', msg, getLineNumberForPosition(xmlData, i));
        }

        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject('InvalidAttr', "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;

        if (attrStr[attrStr.length - 1] === '/') {
          //self closing tag
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
            //continue; //text may presents after self closing tag
          } else {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject('InvalidTag',
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos));
            }

            //when there are no more tags, we reached the root level.
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }

          //if the root level has been reached before ...
          if (reachedRoot === true) {
            return getErrorObject('InvalidXml', 'Multiple possible root nodes found.', getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
            //don't push into stack
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }

        //skip tag text value
        //It may include comments and CDATA value
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === '<') {
            if (xmlData[i + 1] === '!') {
              //comment or CADATA
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === '?') {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === '&') {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject('InvalidChar', "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject('InvalidXml', "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        } //end of reading tag text value
        if (xmlData[i] === '<') {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject('InvalidChar', "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }

  if (!tagFound) {
    return getErrorObject('InvalidXml', 'Start tag expected.', 1);
  } else if (tags.length == 1) {
    return getErrorObject('InvalidTag', "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject('InvalidXml', "Invalid '" +
      JSON.stringify(tags.map(t => t.tagName), null, 4).replace(/\r?\n/g, '') +
      "' found.", { line: 1, col: 1 });
  }

  return true;
};

function isWhiteSpace(char) {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
/**
 * Read Processing insstructions and skip
 * @param {*} xmlData
 * @param {*} i
 */
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == '?' || xmlData[i] == ' ') {
      //tagname
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === 'xml') {
        return getErrorObject('InvalidXml', 'XML declaration allowed only at the start of the document.', getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == '?' && xmlData[i + 1] == '>') {
        //check if valid attribut string
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}

function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === '-' && xmlData[i + 2] === '-') {
    //comment
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === '-' && xmlData[i + 1] === '-' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  } else if (
    xmlData.length > i + 8 &&
    xmlData[i + 1] === 'D' &&
    xmlData[i + 2] === 'O' &&
    xmlData[i + 3] === 'C' &&
    xmlData[i + 4] === 'T' &&
    xmlData[i + 5] === 'Y' &&
    xmlData[i + 6] === 'P' &&
    xmlData[i + 7] === 'E'
  ) {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === '<') {
        angleBracketsCount++;
      } else if (xmlData[i] === '>') {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (
    xmlData.length > i + 9 &&
    xmlData[i + 1] === '[' &&
    xmlData[i + 2] === 'C' &&
    xmlData[i + 3] === 'D' &&
    xmlData[i + 4] === 'A' &&
    xmlData[i + 5] === 'T' &&
    xmlData[i + 6] === 'A' &&
    xmlData[i + 7] === '['
  ) {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === ']' && xmlData[i + 1] === ']' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  }

  return i;
}

const doubleQuote = '"';
const singleQuote = "'";

/**
 * Keep reading xmlData until '<' is found outside the attribute value.
 * @param {string} xmlData
 * @param {number} i
 */
function readAttributeStr(xmlData, i) {
  let attrStr = '';
  let startChar = '';
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === '') {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
        //if vaue is enclosed with double quote then single quotes are allowed inside the value and vice versa
      } else {
        startChar = '';
      }
    } else if (xmlData[i] === '>') {
      if (startChar === '') {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== '') {
    return false;
  }

  return {
    value: attrStr,
    index: i,
    tagClosed: tagClosed
  };
}

/**
 * Walk `attrStr` once, left to right, splitting it into attribute tokens.
 *
 * This replaces a regex that used to do the same job
 * (`(\s*)([^\s=]+)(\s*=)?(\s*(['"])(([\s\S])*?)\5)?`). That regex led with an
 * optional whitespace group followed by a required "non-whitespace" group.
 * On a long run of whitespace that never resolves into an attribute name
 * (e.g. a tag with thousands of trailing spaces before `>`), the engine
 * backtracks the whitespace group one character at a time before giving up
 * and moving to the next starting position — one full backtrack per
 * position, which is quadratic in the length of the run.
 *
 * A single forward-only scan can never backtrack, so it can't be made slow
 * this way no matter how much whitespace the input contains — it's always
 * proportional to the length of the string, once.
 *
 * Each returned token mirrors the shape the old regex match array had, so
 * the validation logic below (which reads token[1]..token[6]) didn't need
 * to change:
 *   token.startIndex - where this token begins in attrStr
 *   token[1]          - leading whitespace before the name
 *   token[2]          - the attribute name
 *   token[3]          - whitespace + '=' if present, else undefined
 *   token[4]          - marker (any defined value) if a quoted value was found
 *   token[5]          - the quote character used ('"' or "'")
 *   token[6]          - the value's text, without the surrounding quotes
 *
 * A malformed leading character (e.g. a stray '=' with no name before it)
 * is simply skipped over, one character at a time — the same outcome the
 * old regex produced by failing to match at that position and retrying at
 * the next one.
 */
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;

  while (i < len) {
    const tokenStart = i;

    // Leading whitespace before the name.
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break; // trailing whitespace only — nothing left to read

    if (attrStr[i] === '=') {
      // No name before this '=' — not a valid attribute start. Move past
      // just this one character and try again from the next position.
      i = tokenStart + 1;
      continue;
    }

    const leadingWs = attrStr.slice(tokenStart, i);

    // Attribute name — everything up to the next whitespace or '='.
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== '=') i++;
    const name = attrStr.slice(nameStart, i);

    // Optional whitespace + '='.
    let equalsGroup; // whitespace + '=' text, or undefined if absent
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === '=') {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }

    // Optional whitespace + quoted value.
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
      // No closing quote found anywhere in the rest of the string — leave
      // quoteChar/value undefined, same as the old regex's group failing
      // to match a backreference-less run.
    }

    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== undefined ? true : undefined;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }

  return tokens;
}

//attr, ="sd", a="amit's", a="sd"b="saf", ab  cd=""

function validateAttributeString(attrStr, options) {
  //console.log("start:"+attrStr+":end");

  //if(attrStr.trim().length === 0) return true; //empty string

  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};

  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      //nospace before attribute name: a="sd"b="saf"
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]))
    } else if (matches[i][3] !== undefined && matches[i][4] === undefined) {
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === undefined && !options.allowBooleanAttributes) {
      //independent attribute: ab
      return getErrorObject('InvalidAttr', "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    /* else if(matches[i][6] === undefined){//attribute without value: ab=
                    return { err: { code:"InvalidAttr",msg:"attribute " + matches[i][2] + " has no value assigned."}};
                } */
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      //check for duplicate attribute.
      attrNames[attrName] = 1;
    } else {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }

  return true;
}

function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === 'x') {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ';')
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}

function validateAmpersand(xmlData, i) {
  // https://www.w3.org/TR/xml/#dt-charref
  i++;
  if (xmlData[i] === ';')
    return -1;
  if (xmlData[i] === '#') {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ';')
      break;
    return -1;
  }
  return i;
}

function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code: code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col,
    },
  };
}

function validateAttrName(attrName) {
  return isName(attrName);
}

// const startsWithXML = /^xml/i;

function validateTagName(tagname) {
  return isName(tagname) /* && !tagname.match(startsWithXML) */;
}

//this function returns the line number for the character at the given index
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,

    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}

//this function returns the position of the first character of match within attrStr
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}
;// CONCATENATED MODULE: ./node_modules/feedsmith/node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
/* global Uint8Array */






class XMLParser {

    constructor(options) {
        this.externalEntities = {};
        this.options = buildOptions(options);

    }
    /**
     * Parse XML dats to JS object 
     * @param {string|Uint8Array} xmlData 
     * @param {boolean|Object} validationOption 
     */
    parse(xmlData, validationOption) {
        if (typeof xmlData !== "string" && xmlData.toString) {
            if (xmlData instanceof Uint8Array &&
                !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
                xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
            } else {
                xmlData = xmlData.toString();
            }
        } else if (typeof xmlData !== "string") {
            throw new Error("XML data is accepted in String or Bytes[] form.")
        }

        if (validationOption) {
            if (validationOption === true) validationOption = {}; //validate with default options

            const result = validate(xmlData, validationOption);
            if (result !== true) {
                throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`)
            }
        }
        const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
        // orderedObjParser.entityDecoder.setExternalEntities(this.externalEntities);
        const orderedResult = orderedObjParser.parseXml(xmlData);
        if (this.options.preserveOrder || orderedResult === undefined) return orderedResult;
        else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
    }

    /**
     * Add Entity which is not by default supported by this library
     * @param {string} key 
     * @param {string} value 
     */
    addEntity(key, value) {
        if (value.indexOf("&") !== -1) {
            throw new Error("Entity value can't have '&'")
        } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
            throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'")
        } else if (value === "&") {
            throw new Error("An entity with value '&' is not permitted");
        } else {
            this.externalEntities[key] = value;
        }
    }

    /**
     * Returns a Symbol that can be used to access the metadata
     * property on a node.
     * 
     * If Symbol is not available in the environment, an ordinary property is used
     * and the name of the property is here returned.
     * 
     * The XMLMetaData property is only present when `captureMetaData`
     * is true in the options.
     */
    static getMetaDataSymbol() {
        return XmlNode.getMetaDataSymbol();
    }
}
;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/atom/parse/utils.mjs



























//#region src/feeds/atom/parse/utils.ts
const createNamespaceGetter = (value, prefix) => {
	if (!prefix) return (key) => value[key];
	return (key) => value[prefix + key];
};
const xhtmlDivStartRegex = /^\s*<(?:([a-zA-Z][\w.-]*):)?div[\s/>]/;
const xhtmlDivParser = new XMLParser({
	preserveOrder: true,
	stopNodes: ["x-wrap.div"],
	processEntities: false,
	ignoreAttributes: false,
	attributeNamePrefix: "@",
	removeNSPrefix: true,
	trimValues: false,
	commentPropName: "#comment"
});
const unwrapXhtmlDiv = (value) => {
	if (!is_isNonEmptyString(value)) return value;
	const match = value.match(xhtmlDivStartRegex);
	if (!match) return value;
	let children;
	try {
		const parsed = xhtmlDivParser.parse(`<x-wrap>${value}</x-wrap>`);
		if (parsed.length !== 1 || !Array.isArray(parsed[0]["x-wrap"])) return value;
		children = parsed[0]["x-wrap"];
	} catch {
		return value;
	}
	const divTexts = [];
	for (const child of children) {
		if (Array.isArray(child.div)) {
			var _child$div$;
			divTexts.push(((_child$div$ = child.div[0]) === null || _child$div$ === void 0 ? void 0 : _child$div$["#text"]) ?? "");
			continue;
		}
		if (typeof child["#text"] === "string" && child["#text"].trim() === "") continue;
		return value;
	}
	if (divTexts.length !== 1) return value;
	const inner = divTexts[0];
	if (inner === "") return;
	const prefix = match[1];
	if (prefix) {
		const escapedPrefix = prefix.replace(/\./g, "\\.");
		return inner.replace(new RegExp(`(</?)${escapedPrefix}:`, "g"), "$1");
	}
	return inner;
};
const isXhtmlType = (type) => {
	return type === "xhtml" || type === "application/xhtml+xml";
};
const retrieveXhtmlDivXml = (value, type) => {
	if (!isXhtmlType(type)) return;
	const escaped = escapeCdataSections(retrieveText(value));
	if (!is_isNonEmptyString(escaped) || unwrapXhtmlDiv(escaped) === escaped) return;
	const children = xhtmlDivParser.parse(`<x-wrap>${escaped}</x-wrap>`)[0]["x-wrap"];
	for (const child of children) if (Array.isArray(child.div)) {
		const attributes = child[":@"];
		const xml = {
			base: parseString(attributes === null || attributes === void 0 ? void 0 : attributes["@base"]),
			lang: parseString(attributes === null || attributes === void 0 ? void 0 : attributes["@lang"])
		};
		return objects_trimObject(xml);
	}
};
const mergeXhtmlDivXml = (elementXml, divXml) => {
	if (!divXml) return elementXml;
	let base = divXml.base ?? (elementXml === null || elementXml === void 0 ? void 0 : elementXml.base);
	if (divXml.base && (elementXml === null || elementXml === void 0 ? void 0 : elementXml.base)) {
		var _parseUrl;
		base = ((_parseUrl = parseUrl(divXml.base, elementXml.base)) === null || _parseUrl === void 0 ? void 0 : _parseUrl.href) ?? base;
	}
	const merged = {
		...elementXml,
		lang: divXml.lang ?? (elementXml === null || elementXml === void 0 ? void 0 : elementXml.lang),
		base
	};
	return objects_trimObject(merged);
};
const cdataSectionRegex = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const escapeCdataSections = (value) => {
	if (!is_isNonEmptyString(value)) return value;
	return value.replace(cdataSectionRegex, (_, content) => {
		return content.replace(/&/g, "&amp;").replace(/</g, "&lt;");
	});
};
const parseTypedText = (value, type) => {
	const text = retrieveText(value);
	if (!isXhtmlType(type)) return parseString(text);
	const escaped = escapeCdataSections(text);
	const unwrapped = unwrapXhtmlDiv(escaped);
	if (unwrapped !== escaped) return parseVerbatimString(unwrapped);
	if (is_isNonEmptyString(escaped) && xhtmlDivStartRegex.test(escaped)) return parseVerbatimString(escaped);
	return parseString(text);
};
const utils_parseText = (value) => {
	if (is_isNonEmptyString(value)) {
		const parsed = parseString(value);
		return parsed ? { value: parsed } : void 0;
	}
	if (!is_isPlainObject(value)) return;
	const type = parseString(value["@type"]);
	const parsedValue = parseTypedText(value, type);
	if (!parsedValue) return;
	const text = {
		value: parsedValue,
		type,
		xml: mergeXhtmlDivXml(xml_parse_utils_retrieveItemOrFeed(value), retrieveXhtmlDivXml(value, type))
	};
	return objects_trimObject(text);
};
const utils_parseContent = (value) => {
	if (is_isNonEmptyString(value)) {
		const parsed = parseString(value);
		return parsed ? { value: parsed } : void 0;
	}
	if (!is_isPlainObject(value)) return;
	const type = parseString(value["@type"]);
	const content = {
		value: parseTypedText(value, type),
		type,
		src: parseString(value["@src"]),
		xml: mergeXhtmlDivXml(xml_parse_utils_retrieveItemOrFeed(value), retrieveXhtmlDivXml(value, type))
	};
	return objects_trimObject(content);
};
const parseLink = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = detectNamespaces(value);
	const link = {
		href: parseString(value["@href"]) ?? parseString(retrieveText(value)),
		rel: parseString(value["@rel"]),
		type: parseString(value["@type"]),
		hreflang: parseString(value["@hreflang"]),
		title: parseString(value["@title"]),
		length: parseNumber(value["@length"]),
		thr: namespaces.has("thr") ? retrieveLink(value, options) : void 0
	};
	return objects_trimObject(link);
};
const retrievePersonUri = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const uri = parseSingularOf(get("uri"), (value) => parseString(retrieveText(value)));
	const url = parseSingularOf(get("url"), (value) => parseString(retrieveText(value)));
	return uri || url;
};
const parsePerson = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = (options === null || options === void 0 ? void 0 : options.asNamespace) ? void 0 : detectNamespaces(value);
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const person = {
		name: parseSingularOf(get("name"), (value) => parseString(retrieveText(value))),
		uri: retrievePersonUri(value, options),
		email: parseSingularOf(get("email"), (value) => parseString(retrieveText(value))),
		arxiv: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("arxiv")) ? retrieveAuthor(value) : void 0
	};
	return objects_trimObject(person);
};
const atom_parse_utils_parseCategory = (value) => {
	if (!is_isPlainObject(value)) return;
	const category = {
		term: parseString(value["@term"]),
		scheme: parseString(value["@scheme"]),
		label: parseString(value["@label"])
	};
	return objects_trimObject(category);
};
const retrieveGeneratorUri = (value) => {
	if (!is_isPlainObject(value)) return;
	const uri = parseString(value["@uri"]);
	const url = parseString(value["@url"]);
	return uri || url;
};
const parseGenerator = (value) => {
	const generator = {
		text: parseString(retrieveText(value)),
		uri: retrieveGeneratorUri(value),
		version: parseString(value === null || value === void 0 ? void 0 : value["@version"])
	};
	return objects_trimObject(generator);
};
const parseSource = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const source = {
		authors: parseArrayOf(get("author"), (value) => parsePerson(value, options)),
		categories: parseArrayOf(get("category"), (value) => atom_parse_utils_parseCategory(value, options)),
		contributors: parseArrayOf(get("contributor"), (value) => parsePerson(value, options)),
		generator: parseSingularOf(get("generator"), (value) => parseGenerator(value, options)),
		icon: parseSingularOf(get("icon"), (value) => parseString(retrieveText(value))),
		id: parseSingularOf(get("id"), (value) => parseString(retrieveText(value))),
		links: parseArrayOf(get("link"), (value) => parseLink(value, options)),
		logo: parseSingularOf(get("logo"), (value) => parseString(retrieveText(value))),
		rights: parseSingularOf(get("rights"), utils_parseText),
		subtitle: parseSingularOf(get("subtitle"), utils_parseText),
		title: parseSingularOf(get("title"), utils_parseText),
		updated: retrieveUpdated(value, options)
	};
	return objects_trimObject(source);
};
const retrievePublished = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const published = parseSingularOf(get("published"), (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn));
	const issued = parseSingularOf(get("issued"), (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn));
	const created = parseSingularOf(get("created"), (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn));
	return published || issued || created;
};
const retrieveUpdated = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const updated = parseSingularOf(get("updated"), (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn));
	const modified = parseSingularOf(get("modified"), (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn));
	return updated || modified;
};
const retrieveSubtitle = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const subtitle = parseSingularOf(get("subtitle"), utils_parseText);
	const tagline = parseSingularOf(get("tagline"), utils_parseText);
	return subtitle || tagline;
};
const parseEntry = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = (options === null || options === void 0 ? void 0 : options.asNamespace) ? void 0 : detectNamespaces(value);
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const entry = {
		authors: parseArrayOf(get("author"), (value) => parsePerson(value, options)),
		categories: parseArrayOf(get("category"), (value) => atom_parse_utils_parseCategory(value, options)),
		content: parseSingularOf(get("content"), (value) => utils_parseContent(value, options)),
		contributors: parseArrayOf(get("contributor"), (value) => parsePerson(value, options)),
		id: parseSingularOf(get("id"), (value) => parseString(retrieveText(value))),
		links: parseArrayOf(get("link"), (value) => parseLink(value, options)),
		published: retrievePublished(value, options),
		rights: parseSingularOf(get("rights"), utils_parseText),
		source: parseSingularOf(get("source"), (value) => parseSource(value, options)),
		summary: parseSingularOf(get("summary"), utils_parseText),
		title: parseSingularOf(get("title"), utils_parseText),
		updated: retrieveUpdated(value, options),
		app: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("app")) ? retrieveEntry(value, options) : void 0,
		arxiv: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("arxiv")) ? utils_retrieveEntry(value) : void 0,
		cc: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("cc")) ? retrieveItemOrFeed(value) : void 0,
		dc: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("dc")) ? parse_utils_retrieveItemOrFeed(value, options) : void 0,
		slash: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("slash")) ? slash_parse_utils_retrieveItem(value) : void 0,
		itunes: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("itunes")) ? utils_retrieveItem(value) : void 0,
		googleplay: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("googleplay")) ? retrieveItem(value) : void 0,
		psc: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("psc")) ? psc_parse_utils_retrieveItem(value) : void 0,
		media: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("media")) ? media_parse_utils_retrieveItemOrFeed(value) : void 0,
		georss: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("georss")) ? georss_parse_utils_retrieveItemOrFeed(value) : void 0,
		geo: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("geo")) ? geo_parse_utils_retrieveItemOrFeed(value) : void 0,
		thr: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("thr")) ? thr_parse_utils_retrieveItem(value) : void 0,
		dcterms: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("dcterms")) ? dcterms_parse_utils_retrieveItemOrFeed(value, options) : void 0,
		creativeCommons: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("creativecommons")) ? utils_retrieveItemOrFeed(value) : void 0,
		wfw: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("wfw")) ? wfw_parse_utils_retrieveItem(value) : void 0,
		yt: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("yt")) ? yt_parse_utils_retrieveItem(value) : void 0,
		pingback: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("pingback")) ? parse_utils_retrieveItem(value) : void 0,
		trackback: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("trackback")) ? trackback_parse_utils_retrieveItem(value) : void 0,
		xml: (options === null || options === void 0 ? void 0 : options.asNamespace) ? void 0 : xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(entry);
};
const parseFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = (options === null || options === void 0 ? void 0 : options.asNamespace) ? void 0 : detectNamespaces(value);
	const get = createNamespaceGetter(value, options === null || options === void 0 ? void 0 : options.prefix);
	const feed = {
		authors: parseArrayOf(get("author"), (value) => parsePerson(value, options)),
		categories: parseArrayOf(get("category"), (value) => atom_parse_utils_parseCategory(value, options)),
		contributors: parseArrayOf(get("contributor"), (value) => parsePerson(value, options)),
		generator: parseSingularOf(get("generator"), (value) => parseGenerator(value, options)),
		icon: parseSingularOf(get("icon"), (value) => parseString(retrieveText(value))),
		id: parseSingularOf(get("id"), (value) => parseString(retrieveText(value))),
		links: parseArrayOf(get("link"), (value) => parseLink(value, options)),
		logo: parseSingularOf(get("logo"), (value) => parseString(retrieveText(value))),
		rights: parseSingularOf(get("rights"), utils_parseText),
		subtitle: retrieveSubtitle(value, options),
		title: parseSingularOf(get("title"), utils_parseText),
		updated: retrieveUpdated(value, options),
		entries: parseArrayOf(get("entry"), (value) => parseEntry(value, options), options === null || options === void 0 ? void 0 : options.maxItems),
		cc: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("cc")) ? retrieveItemOrFeed(value) : void 0,
		dc: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("dc")) ? parse_utils_retrieveItemOrFeed(value, options) : void 0,
		sy: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("sy")) ? sy_parse_utils_retrieveFeed(value, options) : void 0,
		itunes: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("itunes")) ? parse_utils_retrieveFeed(value) : void 0,
		googleplay: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("googleplay")) ? utils_retrieveFeed(value) : void 0,
		media: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("media")) ? media_parse_utils_retrieveItemOrFeed(value) : void 0,
		georss: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("georss")) ? georss_parse_utils_retrieveItemOrFeed(value) : void 0,
		geo: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("geo")) ? geo_parse_utils_retrieveItemOrFeed(value) : void 0,
		dcterms: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("dcterms")) ? dcterms_parse_utils_retrieveItemOrFeed(value, options) : void 0,
		creativeCommons: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("creativecommons")) ? utils_retrieveItemOrFeed(value) : void 0,
		opensearch: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("opensearch")) ? opensearch_parse_utils_retrieveFeed(value) : void 0,
		yt: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("yt")) ? yt_parse_utils_retrieveFeed(value) : void 0,
		admin: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("admin")) ? retrieveFeed(value) : void 0,
		pingback: (namespaces === null || namespaces === void 0 ? void 0 : namespaces.has("pingback")) ? pingback_parse_utils_retrieveFeed(value) : void 0,
		xml: (options === null || options === void 0 ? void 0 : options.asNamespace) ? void 0 : xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(feed);
};
const atom_parse_utils_retrieveFeed = (value, options) => {
	const notNamespaced = parseSingularOf(value === null || value === void 0 ? void 0 : value.feed, (value) => parseFeed(value, options));
	const namespaced = parseSingularOf(value === null || value === void 0 ? void 0 : value["atom:feed"], (value) => parseFeed(value, {
		...options,
		prefix: "atom:"
	}));
	return notNamespaced || namespaced;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/atom/parse/index.mjs







//#region src/feeds/atom/parse/index.ts
const createNamespaceOptions = createNamespaceResolver({
	namespaceUris: namespaceUris,
	namespacePrefixes: namespacePrefixes,
	primaryNamespaces: ["atom"]
});
let namespaceOptions = createNamespaceOptions();
const parser = new XMLParser({
	...parserConfig,
	stopNodes: parse_config_stopNodes,
	transformTagName: (name) => namespaceOptions.transformTagName(name),
	transformAttributeName: (name) => namespaceOptions.transformAttributeName(name),
	attributeValueProcessor: (name, value) => namespaceOptions.attributeValueProcessor(name, value),
	updateTag: (name) => namespaceOptions.updateTag(name)
});
const parse = (value, options) => {
	if (!detect(value)) throw new errors/* DetectError */.I$(locales.invalidFeedFormat);
	let normalized;
	try {
		namespaceOptions = createNamespaceOptions(value);
		normalized = parser.parse(value);
	} catch (error) {
		throw new errors/* MalformedError */.G4(locales.invalidFeedFormat, { cause: error });
	}
	const parsed = atom_parse_utils_retrieveFeed(normalized, options);
	if (!parsed) throw new errors/* ParseError */.mB(locales.invalidFeedFormat);
	return parsed;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/json/parse/utils.mjs



//#region src/feeds/json/parse/utils.ts
const createCaseInsensitiveGetter = (value) => {
	return (requestedKey) => {
		if (requestedKey in value) return value[requestedKey];
		const lowerKey = requestedKey.toLowerCase();
		for (const key in value) if (key.toLowerCase() === lowerKey) return value[key];
	};
};
const parseAuthor = (value) => {
	if (is_isPlainObject(value)) {
		const get = createCaseInsensitiveGetter(value);
		const author = {
			name: parseSingularOf(get("name"), parseVerbatimString),
			url: parseSingularOf(get("url"), parseVerbatimString),
			avatar: parseSingularOf(get("avatar"), parseVerbatimString)
		};
		return objects_trimObject(author);
	}
	if (isNonEmptyStringOrNumber(value)) {
		const author = { name: parseVerbatimString(value) };
		return objects_trimObject(author);
	}
};
const retrieveAuthors = (value) => {
	if (!is_isPlainObject(value)) return;
	const get = createCaseInsensitiveGetter(value);
	const parsedAuthors = parseArrayOf(get("authors"), parseAuthor);
	const parsedAuthor = parseArrayOf(get("author"), parseAuthor);
	return (parsedAuthors === null || parsedAuthors === void 0 ? void 0 : parsedAuthors.length) ? parsedAuthors : parsedAuthor;
};
const parseAttachment = (value) => {
	if (!is_isPlainObject(value)) return;
	const get = createCaseInsensitiveGetter(value);
	const attachment = {
		url: parseSingularOf(get("url"), parseVerbatimString),
		mime_type: parseSingularOf(get("mime_type"), parseVerbatimString),
		title: parseSingularOf(get("title"), parseVerbatimString),
		size_in_bytes: parseSingularOf(get("size_in_bytes"), parseNumber),
		duration_in_seconds: parseSingularOf(get("duration_in_seconds"), parseNumber)
	};
	return objects_trimObject(attachment);
};
const parseItem = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createCaseInsensitiveGetter(value);
	const item = {
		id: parseSingularOf(get("id"), parseVerbatimString),
		url: parseSingularOf(get("url"), parseVerbatimString),
		external_url: parseSingularOf(get("external_url"), parseVerbatimString),
		title: parseSingularOf(get("title"), parseVerbatimString),
		content_html: parseSingularOf(get("content_html"), parseVerbatimString),
		content_text: parseSingularOf(get("content_text"), parseVerbatimString),
		summary: parseSingularOf(get("summary"), parseVerbatimString),
		image: parseSingularOf(get("image"), parseVerbatimString),
		banner_image: parseSingularOf(get("banner_image"), parseVerbatimString),
		date_published: parseSingularOf(get("date_published"), (value) => parseDate(value, options === null || options === void 0 ? void 0 : options.parseDateFn)),
		date_modified: parseSingularOf(get("date_modified"), (value) => parseDate(value, options === null || options === void 0 ? void 0 : options.parseDateFn)),
		tags: parseArrayOf(get("tags"), parseVerbatimString),
		authors: retrieveAuthors(value),
		language: parseSingularOf(get("language"), parseVerbatimString),
		attachments: parseArrayOf(get("attachments"), parseAttachment)
	};
	return objects_trimObject(item);
};
const parseHub = (value) => {
	if (!is_isPlainObject(value)) return;
	const get = createCaseInsensitiveGetter(value);
	const hub = {
		type: parseSingularOf(get("type"), parseVerbatimString),
		url: parseSingularOf(get("url"), parseVerbatimString)
	};
	return objects_trimObject(hub);
};
const utils_parseFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const get = createCaseInsensitiveGetter(value);
	const feed = {
		title: parseSingularOf(get("title"), parseVerbatimString),
		home_page_url: parseSingularOf(get("home_page_url"), parseVerbatimString),
		feed_url: parseSingularOf(get("feed_url"), parseVerbatimString),
		description: parseSingularOf(get("description"), parseVerbatimString),
		user_comment: parseSingularOf(get("user_comment"), parseVerbatimString),
		next_url: parseSingularOf(get("next_url"), parseVerbatimString),
		icon: parseSingularOf(get("icon"), parseVerbatimString),
		favicon: parseSingularOf(get("favicon"), parseVerbatimString),
		language: parseSingularOf(get("language"), parseVerbatimString),
		expired: parseSingularOf(get("expired"), parseBoolean),
		hubs: parseArrayOf(get("hubs"), parseHub),
		authors: retrieveAuthors(value),
		items: parseArrayOf(get("items"), (value) => parseItem(value, options), options === null || options === void 0 ? void 0 : options.maxItems)
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/json/detect/index.mjs



//#region src/feeds/json/detect/index.ts
const detect_detect = (value) => {
	const json = parseJsonObject(value);
	if (!is_isPlainObject(json)) return false;
	const get = createCaseInsensitiveGetter(json);
	const version = get("version");
	if (is_isNonEmptyString(version)) return version.includes("jsonfeed.org/version/");
	const hasTitle = is_isNonEmptyString(get("title"));
	const hasItems = Array.isArray(get("items"));
	const hasJsonFeedProps = !!(get("home_page_url") || get("feed_url") || get("authors"));
	return hasTitle && (hasItems || hasJsonFeedProps);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/json/parse/index.mjs





//#region src/feeds/json/parse/index.ts
const parse_parse = (value, options) => {
	const json = parseJsonObject(value);
	if (!detect_detect(json)) throw new errors/* DetectError */.I$(locales.invalidFeedFormat);
	const parsed = utils_parseFeed(json, options);
	if (!parsed) throw new errors/* ParseError */.mB(locales.invalidFeedFormat);
	return parsed;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rdf/detect/index.mjs


//#region src/feeds/rdf/detect/index.ts
const rssNamespaceUris = [
	"http://purl.org/rss/1.0/",
	"https://purl.org/rss/1.0/",
	"http://purl.org/rss/1.0",
	"https://purl.org/rss/1.0",
	"http://channel.netscape.com/rdf/simple/0.9/",
	"https://channel.netscape.com/rdf/simple/0.9/",
	"http://channel.netscape.com/rdf/simple/0.9",
	"https://channel.netscape.com/rdf/simple/0.9"
];
const rdfElementRegex = /(?:^|[\s>])<(?:\w+:)?rdf[\s>]/im;
const rdfElementsRegex = /(<(?:\w+:)?(channel|item|title|link|description)[\s>])/i;
const rdf_detect_detect = (value) => {
	if (!is_isNonEmptyString(value)) return false;
	if (!rdfElementRegex.test(value)) return false;
	const hasRdfNamespace = namespaceUris.rdf.some((uri) => value.includes(uri));
	const hasRssNamespace = rssNamespaceUris.some((uri) => value.includes(uri));
	const hasRdfElements = rdfElementsRegex.test(value);
	return hasRdfNamespace || hasRssNamespace || hasRdfElements;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rdf/parse/config.mjs

//#region src/feeds/rdf/parse/config.ts
const rdf_parse_config_stopNodes = [
	...namespaceStopNodes,
	"rdf.channel.title",
	"rdf.channel.link",
	"rdf.channel.description",
	"rdf.image.title",
	"rdf.image.link",
	"rdf.image.url",
	"rdf.item.title",
	"rdf.item.link",
	"rdf.item.description",
	"rdf.textinput.title",
	"rdf.textinput.description",
	"rdf.textinput.name",
	"rdf.textinput.link"
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/atom/parse/utils.mjs

//#region src/namespaces/atom/parse/utils.ts
const parse_utils_retrieveEntry = (value, options) => {
	return parseEntry(value, {
		...options,
		prefix: "atom:",
		asNamespace: true
	});
};
const namespaces_atom_parse_utils_retrieveFeed = (value, options) => {
	return parseFeed(value, {
		...options,
		prefix: "atom:",
		asNamespace: true
	});
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/content/parse/utils.mjs



//#region src/namespaces/content/parse/utils.ts
const content_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = { encoded: parseSingularOf(value["content:encoded"], (value) => parseString(retrieveText(value))) };
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/rdf/parse/utils.mjs



//#region src/namespaces/rdf/parse/utils.ts
const retrieveAbout = (value) => {
	if (!is_isPlainObject(value)) return;
	const about = { about: parseString(value["@about"]) ?? parseString(value["@rdf:about"]) };
	return objects_trimObject(about);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rdf/parse/utils.mjs
















//#region src/feeds/rdf/parse/utils.ts
const retrieveByAbout = (elements, resourceUri) => {
	if (!resourceUri) return;
	return (Array.isArray(elements) ? elements : [elements]).find((el) => (el === null || el === void 0 ? void 0 : el["@about"]) === resourceUri);
};
const findByTocReference = (value, property) => {
	if (!is_isPlainObject(value)) return;
	const channel = parseSingular(value.channel);
	const resourceRef = parseSingular(channel === null || channel === void 0 ? void 0 : channel[property]);
	const resourceUri = parseString(resourceRef === null || resourceRef === void 0 ? void 0 : resourceRef["@resource"]);
	return retrieveByAbout(value[property], resourceUri);
};
const parse_utils_parseImage = (value) => {
	if (!is_isPlainObject(value)) return;
	const image = {
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value))),
		url: parseSingularOf(value.url, (value) => parseString(retrieveText(value))),
		rdf: retrieveAbout(value)
	};
	return objects_trimObject(image);
};
const retrieveImage = (value) => {
	return parse_utils_parseImage(findByTocReference(value, "image")) ?? parseSingularOf(value === null || value === void 0 ? void 0 : value.image, parse_utils_parseImage);
};
const parseTextInput = (value) => {
	if (!is_isPlainObject(value)) return;
	const textInput = {
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.description, (value) => parseString(retrieveText(value))),
		name: parseSingularOf(value.name, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value))),
		rdf: retrieveAbout(value)
	};
	return objects_trimObject(textInput);
};
const retrieveTextInput = (value) => {
	return parseTextInput(findByTocReference(value, "textinput")) ?? parseSingularOf(value === null || value === void 0 ? void 0 : value.textinput, parseTextInput);
};
const utils_parseItem = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = detectNamespaces(value);
	const item = {
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.description, (value) => parseString(retrieveText(value))),
		rdf: retrieveAbout(value),
		atom: namespaces.has("atom") ? parse_utils_retrieveEntry(value, options) : void 0,
		cc: namespaces.has("cc") ? retrieveItemOrFeed(value) : void 0,
		dc: namespaces.has("dc") ? parse_utils_retrieveItemOrFeed(value, options) : void 0,
		content: namespaces.has("content") ? content_parse_utils_retrieveItem(value) : void 0,
		slash: namespaces.has("slash") ? slash_parse_utils_retrieveItem(value) : void 0,
		media: namespaces.has("media") ? media_parse_utils_retrieveItemOrFeed(value) : void 0,
		georss: namespaces.has("georss") ? georss_parse_utils_retrieveItemOrFeed(value) : void 0,
		dcterms: namespaces.has("dcterms") ? dcterms_parse_utils_retrieveItemOrFeed(value, options) : void 0,
		wfw: namespaces.has("wfw") ? wfw_parse_utils_retrieveItem(value) : void 0,
		xml: xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(item);
};
const retrieveItems = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const channel = parseSingular(value.channel);
	const tocItems = parseSingular(channel === null || channel === void 0 ? void 0 : channel.items);
	const itemsSeq = parseSingular(tocItems === null || tocItems === void 0 ? void 0 : tocItems.seq);
	const itemUris = parseArrayOf(itemsSeq === null || itemsSeq === void 0 ? void 0 : itemsSeq.li, (li) => parseString(li === null || li === void 0 ? void 0 : li["@resource"]), options === null || options === void 0 ? void 0 : options.maxItems);
	const items = trimArray(itemUris === null || itemUris === void 0 ? void 0 : itemUris.map((uri) => retrieveByAbout(value.item, uri)), (value) => utils_parseItem(value, options));
	if (items === null || items === void 0 ? void 0 : items.length) return items;
	return parseArrayOf(value === null || value === void 0 ? void 0 : value.item, (value) => utils_parseItem(value, options), options === null || options === void 0 ? void 0 : options.maxItems);
};
const parse_utils_parseFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const channel = parseSingular(value.channel);
	const namespaces = detectNamespaces(channel);
	const feed = {
		title: parseSingularOf(channel === null || channel === void 0 ? void 0 : channel.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(channel === null || channel === void 0 ? void 0 : channel.link, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(channel === null || channel === void 0 ? void 0 : channel.description, (value) => parseString(retrieveText(value))),
		image: retrieveImage(value),
		items: retrieveItems(value, options),
		textInput: retrieveTextInput(value),
		rdf: retrieveAbout(channel),
		atom: namespaces.has("atom") ? namespaces_atom_parse_utils_retrieveFeed(channel, options) : void 0,
		cc: namespaces.has("cc") ? retrieveItemOrFeed(channel) : void 0,
		dc: namespaces.has("dc") ? parse_utils_retrieveItemOrFeed(channel, options) : void 0,
		sy: namespaces.has("sy") ? sy_parse_utils_retrieveFeed(channel, options) : void 0,
		media: namespaces.has("media") ? media_parse_utils_retrieveItemOrFeed(channel) : void 0,
		georss: namespaces.has("georss") ? georss_parse_utils_retrieveItemOrFeed(channel) : void 0,
		dcterms: namespaces.has("dcterms") ? dcterms_parse_utils_retrieveItemOrFeed(channel, options) : void 0,
		admin: namespaces.has("admin") ? retrieveFeed(channel) : void 0,
		xml: xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(feed);
};
const rdf_parse_utils_retrieveFeed = (value, options) => {
	return parseSingularOf(value === null || value === void 0 ? void 0 : value.rdf, (value) => parse_utils_parseFeed(value, options));
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rdf/parse/index.mjs







//#region src/feeds/rdf/parse/index.ts
const parse_createNamespaceOptions = createNamespaceResolver({
	namespaceUris: namespaceUris,
	namespacePrefixes: namespacePrefixes,
	primaryNamespaces: ["rdf", "rss"]
});
let parse_namespaceOptions = parse_createNamespaceOptions();
const parse_parser = new XMLParser({
	...parserConfig,
	stopNodes: rdf_parse_config_stopNodes,
	transformTagName: (name) => parse_namespaceOptions.transformTagName(name),
	transformAttributeName: (name) => parse_namespaceOptions.transformAttributeName(name),
	attributeValueProcessor: (name, value) => parse_namespaceOptions.attributeValueProcessor(name, value),
	updateTag: (name) => parse_namespaceOptions.updateTag(name)
});
const rdf_parse_parse = (value, options) => {
	if (!rdf_detect_detect(value)) throw new errors/* DetectError */.I$(locales.invalidFeedFormat);
	let normalized;
	try {
		parse_namespaceOptions = parse_createNamespaceOptions(value);
		normalized = parse_parser.parse(value);
	} catch (error) {
		throw new errors/* MalformedError */.G4(locales.invalidFeedFormat, { cause: error });
	}
	const parsed = rdf_parse_utils_retrieveFeed(normalized, options);
	if (!parsed) throw new errors/* ParseError */.mB(locales.invalidFeedFormat);
	return parsed;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rss/detect/index.mjs

//#region src/feeds/rss/detect/index.ts
const rssElementRegex = /(?:^|[\s>])<(?:\w+:)?rss[\s>]/im;
const versionAttributeRegex = /version\s*=\s*["'][^"']*["']/i;
const rssElementsRegex = /(<(channel|item|title|link|description|pubDate|guid)[\s>])/i;
const rss_detect_detect = (value) => {
	if (!is_isNonEmptyString(value)) return false;
	if (!rssElementRegex.test(value)) return false;
	const hasVersionAttribute = versionAttributeRegex.test(value);
	const hasRssElements = rssElementsRegex.test(value);
	return hasVersionAttribute || hasRssElements;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rss/parse/config.mjs

//#region src/feeds/rss/parse/config.ts
const sharedStopNodes = [
	"image.description",
	"image.height",
	"image.link",
	"image.title",
	"image.url",
	"image.width",
	"textinput.title",
	"textinput.description",
	"textinput.name",
	"textinput.link",
	"item.title",
	"item.link",
	"item.description",
	"item.author.name",
	"item.category",
	"item.comments",
	"item.enclosure",
	"item.guid",
	"item.pubdate",
	"item.source"
];
const rss_parse_config_stopNodes = [
	...namespaceStopNodes,
	"rss.channel.title",
	"rss.channel.link",
	"rss.channel.description",
	"rss.channel.language",
	"rss.channel.copyright",
	"rss.channel.managingeditor",
	"rss.channel.webmaster",
	"rss.channel.pubdate",
	"rss.channel.lastbuilddate",
	"rss.channel.category",
	"rss.channel.generator",
	"rss.channel.docs",
	"rss.channel.cloud",
	"rss.channel.ttl",
	"rss.channel.rating",
	"rss.channel.skiphours.hour",
	"rss.channel.skipdays.day",
	...sharedStopNodes.map((node) => `rss.channel.${node}`),
	...sharedStopNodes.map((node) => `rss.${node}`)
];
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/acast/parse/utils.mjs



//#region src/namespaces/acast/parse/utils.ts
const parseSignature = (value) => {
	if (!is_isPlainObject(value)) return;
	const signature = {
		key: parseString(value["@key"]),
		algorithm: parseString(value["@algorithm"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(signature);
};
const parseNetwork = (value) => {
	if (!is_isPlainObject(value)) return;
	const network = {
		id: parseString(value["@id"]),
		slug: parseString(value["@slug"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(network);
};
const acast_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		showId: parseSingularOf(value["acast:showid"], (value) => parseString(retrieveText(value))),
		showUrl: parseSingularOf(value["acast:showurl"], (value) => parseString(retrieveText(value))),
		signature: parseSingularOf(value["acast:signature"], parseSignature),
		settings: parseSingularOf(value["acast:settings"], (value) => parseString(retrieveText(value))),
		network: parseSingularOf(value["acast:network"], parseNetwork),
		importedFeed: parseSingularOf(value["acast:importedfeed"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
const acast_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		episodeId: parseSingularOf(value["acast:episodeid"], (value) => parseString(retrieveText(value))),
		showId: parseSingularOf(value["acast:showid"], (value) => parseString(retrieveText(value))),
		episodeUrl: parseSingularOf(value["acast:episodeurl"], (value) => parseString(retrieveText(value))),
		settings: parseSingularOf(value["acast:settings"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/blogchannel/parse/utils.mjs



//#region src/namespaces/blogchannel/parse/utils.ts
const blogchannel_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		blogRoll: parseSingularOf(value["blogchannel:blogroll"], (value) => parseString(retrieveText(value))),
		blink: parseSingularOf(value["blogchannel:blink"], (value) => parseString(retrieveText(value))),
		mySubscriptions: parseSingularOf(value["blogchannel:mysubscriptions"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/feedpress/parse/utils.mjs



//#region src/namespaces/feedpress/parse/utils.ts
const feedpress_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		link: parseSingularOf(value["feedpress:link"], (value) => parseString(retrieveText(value))),
		newsletterId: parseSingularOf(value["feedpress:newsletterid"], (value) => parseString(retrieveText(value))),
		locale: parseSingularOf(value["feedpress:locale"], (value) => parseString(retrieveText(value))),
		podcastId: parseSingularOf(value["feedpress:podcastid"], (value) => parseString(retrieveText(value))),
		cssFile: parseSingularOf(value["feedpress:cssfile"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/podcast/parse/utils.mjs



//#region src/namespaces/podcast/parse/utils.ts
const utils_whitespaceRegex = /\s+/;
const trailingWRegex = /w$/;
const parseTranscript = (value) => {
	if (!is_isPlainObject(value)) return;
	const transcript = {
		url: parseString(value["@url"]),
		type: parseString(value["@type"]),
		language: parseString(value["@language"]),
		rel: parseString(value["@rel"])
	};
	return objects_trimObject(transcript);
};
const parseLocked = (value) => {
	const locked = {
		value: parseYesNoBoolean(retrieveText(value)),
		owner: parseString(value === null || value === void 0 ? void 0 : value["@owner"])
	};
	return objects_trimObject(locked);
};
const parseFunding = (value) => {
	if (!is_isPlainObject(value)) return;
	const funding = {
		url: parseString(value["@url"]),
		display: parseString(value["#text"])
	};
	return objects_trimObject(funding);
};
const utils_parseChapters = (value) => {
	if (!is_isPlainObject(value)) return;
	const chapters = {
		url: parseString(value["@url"]),
		type: parseString(value["@type"])
	};
	return objects_trimObject(chapters);
};
const parseSoundbite = (value) => {
	if (!is_isPlainObject(value)) return;
	const soundbite = {
		startTime: parseNumber(value["@starttime"]),
		duration: parseNumber(value["@duration"]),
		display: parseString(retrieveText(value))
	};
	return objects_trimObject(soundbite);
};
const utils_parsePerson = (value) => {
	const person = {
		display: parseString(retrieveText(value)),
		role: parseString(value === null || value === void 0 ? void 0 : value["@role"]),
		group: parseString(value === null || value === void 0 ? void 0 : value["@group"]),
		img: parseString(value === null || value === void 0 ? void 0 : value["@img"]),
		href: parseString(value === null || value === void 0 ? void 0 : value["@href"])
	};
	return objects_trimObject(person);
};
const utils_parseLocation = (value) => {
	const location = {
		display: parseString(retrieveText(value)),
		rel: parseString(value === null || value === void 0 ? void 0 : value["@rel"]),
		geo: parseString(value === null || value === void 0 ? void 0 : value["@geo"]),
		osm: parseString(value === null || value === void 0 ? void 0 : value["@osm"]),
		country: parseString(value === null || value === void 0 ? void 0 : value["@country"])
	};
	return objects_trimObject(location);
};
const parseSeason = (value) => {
	const season = {
		number: parseNumber(retrieveText(value)),
		name: parseString(value === null || value === void 0 ? void 0 : value["@name"])
	};
	return objects_trimObject(season);
};
const parseEpisode = (value) => {
	const episode = {
		number: parseNumber(retrieveText(value)),
		display: parseString(value === null || value === void 0 ? void 0 : value["@display"])
	};
	return objects_trimObject(episode);
};
const parseTrailer = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const trailer = {
		display: parseString(retrieveText(value)),
		url: parseString(value["@url"]),
		pubDate: parseDate(value["@pubdate"], options === null || options === void 0 ? void 0 : options.parseDateFn),
		length: parseNumber(value["@length"]),
		type: parseString(value["@type"]),
		season: parseNumber(value["@season"])
	};
	return objects_trimObject(trailer);
};
const utils_parseLicense = (value) => {
	const license = {
		display: parseString(retrieveText(value)),
		url: parseString(value === null || value === void 0 ? void 0 : value["@url"])
	};
	return objects_trimObject(license);
};
const parseAlternateEnclosure = (value) => {
	if (!is_isPlainObject(value)) return;
	const alternateEnclosure = {
		type: parseString(value["@type"]),
		length: parseNumber(value["@length"]),
		bitrate: parseNumber(value["@bitrate"]),
		height: parseNumber(value["@height"]),
		lang: parseString(value["@lang"]),
		title: parseString(value["@title"]),
		rel: parseString(value["@rel"]),
		codecs: parseString(value["@codecs"]),
		default: parseBoolean(value["@default"]),
		sources: parseArrayOf(value["podcast:source"], utils_parseSource),
		integrity: parseSingularOf(value["podcast:integrity"], parseIntegrity)
	};
	return objects_trimObject(alternateEnclosure);
};
const utils_parseSource = (value) => {
	if (!is_isPlainObject(value)) return;
	const source = {
		uri: parseString(value["@uri"]),
		contentType: parseString(value["@contenttype"])
	};
	return objects_trimObject(source);
};
const parseIntegrity = (value) => {
	if (!is_isPlainObject(value)) return;
	const integrity = {
		type: parseString(value["@type"]),
		value: parseString(value["@value"])
	};
	return objects_trimObject(integrity);
};
const utils_parseValue = (value) => {
	if (!is_isPlainObject(value)) return;
	const parsed = {
		type: parseString(value["@type"]),
		method: parseString(value["@method"]),
		suggested: parseNumber(value["@suggested"]),
		valueRecipients: parseArrayOf(value["podcast:valuerecipient"], parseValueRecipient),
		valueTimeSplits: parseArrayOf(value["podcast:valuetimesplit"], parseValueTimeSplit)
	};
	return objects_trimObject(parsed);
};
const parseValueRecipient = (value) => {
	if (!is_isPlainObject(value)) return;
	const valueRecipient = {
		name: parseString(value["@name"]),
		customKey: parseString(value["@customkey"]),
		customValue: parseString(value["@customvalue"]),
		type: parseString(value["@type"]),
		address: parseString(value["@address"]),
		split: parseNumber(value["@split"]),
		fee: parseBoolean(value["@fee"])
	};
	return objects_trimObject(valueRecipient);
};
const podcast_parse_utils_parseImage = (value) => {
	if (!is_isPlainObject(value)) return;
	const image = {
		href: parseString(value["@href"]),
		alt: parseString(value["@alt"]),
		aspectRatio: parseString(value["@aspect-ratio"]),
		width: parseNumber(value["@width"]),
		height: parseNumber(value["@height"]),
		type: parseString(value["@type"]),
		purpose: parseString(value["@purpose"])
	};
	return objects_trimObject(image);
};
const parseImages = (value) => {
	const srcset = parseString(value === null || value === void 0 ? void 0 : value["@srcset"]);
	if (!srcset) return;
	const images = [];
	const segments = srcset.split(",");
	for (const segment of segments) {
		const [href, width] = segment.trim().split(utils_whitespaceRegex);
		const image = {
			href: parseString(href),
			width: parseNumber(width === null || width === void 0 ? void 0 : width.replace(trailingWRegex, ""))
		};
		images.push(image);
	}
	return trimArray(images, objects_trimObject);
};
const retrieveImages = (value) => {
	return parseArrayOf(value["podcast:image"], podcast_parse_utils_parseImage) ?? parseSingularOf(value["podcast:images"], parseImages);
};
const parseLiveItem = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const liveItem = {
		...podcast_parse_utils_retrieveItem(value),
		status: parseString(value["@status"]),
		start: parseDate(value["@start"], options === null || options === void 0 ? void 0 : options.parseDateFn),
		end: parseDate(value["@end"], options === null || options === void 0 ? void 0 : options.parseDateFn),
		contentLinks: parseArrayOf(value["podcast:contentlink"], parseContentLink)
	};
	return objects_trimObject(liveItem);
};
const parseContentLink = (value) => {
	if (!is_isPlainObject(value)) return;
	const contentLink = {
		href: parseString(value["@href"]),
		display: parseString(retrieveText(value))
	};
	return objects_trimObject(contentLink);
};
const parseSocialInteract = (value) => {
	if (!is_isPlainObject(value)) return;
	const socialInteract = {
		uri: parseString(value["@uri"]),
		protocol: parseString(value["@protocol"]),
		accountId: parseString(value["@accountid"]),
		accountUrl: parseString(value["@accounturl"]),
		priority: parseNumber(value["@priority"])
	};
	return objects_trimObject(socialInteract);
};
const parseChat = (value) => {
	if (!is_isPlainObject(value)) return;
	const chat = {
		server: parseString(value["@server"]),
		protocol: parseString(value["@protocol"]),
		accountId: parseString(value["@accountid"]),
		space: parseString(value["@space"])
	};
	return objects_trimObject(chat);
};
const parseBlock = (value) => {
	const block = {
		value: parseYesNoBoolean(retrieveText(value)),
		id: parseString(value === null || value === void 0 ? void 0 : value["@id"])
	};
	return objects_trimObject(block);
};
const parseTxt = (value) => {
	const txt = {
		display: parseString(retrieveText(value)),
		purpose: parseString(value === null || value === void 0 ? void 0 : value["@purpose"])
	};
	return objects_trimObject(txt);
};
const parseRemoteItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const remoteItem = {
		feedGuid: parseString(value["@feedguid"]),
		feedUrl: parseString(value["@feedurl"]),
		itemGuid: parseString(value["@itemguid"]),
		medium: parseString(value["@medium"]),
		title: parseString(value["@title"])
	};
	return objects_trimObject(remoteItem);
};
const parsePodroll = (value) => {
	if (!is_isPlainObject(value)) return;
	const podroll = { remoteItems: parseArrayOf(value["podcast:remoteitem"], parseRemoteItem) };
	return objects_trimObject(podroll);
};
const parseUpdateFrequency = (value, options) => {
	const updateFrequency = {
		display: parseString(retrieveText(value)),
		complete: parseBoolean(value === null || value === void 0 ? void 0 : value["@complete"]),
		dtstart: parseDate(value === null || value === void 0 ? void 0 : value["@dtstart"], options === null || options === void 0 ? void 0 : options.parseDateFn),
		rrule: parseString(value === null || value === void 0 ? void 0 : value["@rrule"])
	};
	return objects_trimObject(updateFrequency);
};
const parsePodping = (value) => {
	if (!is_isPlainObject(value)) return;
	const podping = { usesPodping: parseBoolean(value["@usespodping"]) };
	return objects_trimObject(podping);
};
const parsePublisher = (value) => {
	if (!is_isPlainObject(value)) return;
	const publisher = { remoteItem: parseSingularOf(value["podcast:remoteitem"], parseRemoteItem) };
	return objects_trimObject(publisher);
};
const parseValueTimeSplit = (value) => {
	if (!is_isPlainObject(value)) return;
	const valueTimeSplit = {
		startTime: parseNumber(value["@starttime"]),
		duration: parseNumber(value["@duration"]),
		remoteStartTime: parseNumber(value["@remotestarttime"]),
		remotePercentage: parseNumber(value["@remotepercentage"]),
		remoteItem: parseSingularOf(value["podcast:remoteitem"], parseRemoteItem),
		valueRecipients: parseArrayOf(value["podcast:valuerecipient"], parseValueRecipient)
	};
	return objects_trimObject(valueTimeSplit);
};
const podcast_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		transcripts: parseArrayOf(value["podcast:transcript"], parseTranscript),
		chapters: parseSingularOf(value["podcast:chapters"], utils_parseChapters),
		soundbites: parseArrayOf(value["podcast:soundbite"], parseSoundbite),
		persons: parseArrayOf(value["podcast:person"], utils_parsePerson),
		locations: parseArrayOf(value["podcast:location"], utils_parseLocation),
		season: parseSingularOf(value["podcast:season"], parseSeason),
		episode: parseSingularOf(value["podcast:episode"], parseEpisode),
		license: parseSingularOf(value["podcast:license"], utils_parseLicense),
		alternateEnclosures: parseArrayOf(value["podcast:alternateenclosure"], parseAlternateEnclosure),
		values: parseArrayOf(value["podcast:value"], utils_parseValue),
		images: retrieveImages(value),
		socialInteracts: parseArrayOf(value["podcast:socialinteract"], parseSocialInteract),
		txts: parseArrayOf(value["podcast:txt"], parseTxt),
		chat: parseSingularOf(value["podcast:chat"], parseChat)
	};
	return objects_trimObject(item);
};
const podcast_parse_utils_retrieveFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		locked: parseSingularOf(value["podcast:locked"], parseLocked),
		fundings: parseArrayOf(value["podcast:funding"], parseFunding),
		persons: parseArrayOf(value["podcast:person"], utils_parsePerson),
		locations: parseArrayOf(value["podcast:location"], utils_parseLocation),
		trailers: parseArrayOf(value["podcast:trailer"], (value) => parseTrailer(value, options)),
		license: parseSingularOf(value["podcast:license"], utils_parseLicense),
		guid: parseSingularOf(value["podcast:guid"], (value) => parseString(retrieveText(value))),
		values: parseArrayOf(value["podcast:value"], utils_parseValue),
		medium: parseSingularOf(value["podcast:medium"], (value) => parseString(retrieveText(value))),
		images: retrieveImages(value),
		liveItems: parseArrayOf(value["podcast:liveitem"], (value) => parseLiveItem(value, options)),
		blocks: parseArrayOf(value["podcast:block"], parseBlock),
		txts: parseArrayOf(value["podcast:txt"], parseTxt),
		remoteItems: parseArrayOf(value["podcast:remoteitem"], parseRemoteItem),
		podroll: parseSingularOf(value["podcast:podroll"], parsePodroll),
		updateFrequency: parseSingularOf(value["podcast:updatefrequency"], (value) => parseUpdateFrequency(value, options)),
		podping: parseSingularOf(value["podcast:podping"], parsePodping),
		chat: parseSingularOf(value["podcast:chat"], parseChat),
		publisher: parseSingularOf(value["podcast:publisher"], parsePublisher)
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/prism/parse/utils.mjs



//#region src/namespaces/prism/parse/utils.ts
const prism_parse_utils_retrieveFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		publicationName: parseSingularOf(value["prism:publicationname"], (value) => parseString(retrieveText(value))),
		issn: parseSingularOf(value["prism:issn"], (value) => parseString(retrieveText(value))),
		eIssn: parseSingularOf(value["prism:eissn"], (value) => parseString(retrieveText(value))),
		isbns: parseArrayOf(value["prism:isbn"], (value) => parseString(retrieveText(value))),
		issueIdentifier: parseSingularOf(value["prism:issueidentifier"], (value) => parseString(retrieveText(value))),
		issueName: parseSingularOf(value["prism:issuename"], (value) => parseString(retrieveText(value))),
		issueTeaser: parseSingularOf(value["prism:issueteaser"], (value) => parseString(retrieveText(value))),
		issueType: parseSingularOf(value["prism:issuetype"], (value) => parseString(retrieveText(value))),
		volume: parseSingularOf(value["prism:volume"], (value) => parseString(retrieveText(value))),
		number: parseSingularOf(value["prism:number"], (value) => parseString(retrieveText(value))),
		edition: parseSingularOf(value["prism:edition"], (value) => parseString(retrieveText(value))),
		aggregateIssueNumber: parseSingularOf(value["prism:aggregateissuenumber"], (value) => parseNumber(retrieveText(value))),
		aggregationType: parseSingularOf(value["prism:aggregationtype"], (value) => parseString(retrieveText(value))),
		coverDate: parseSingularOf(value["prism:coverdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		coverDisplayDate: parseSingularOf(value["prism:coverdisplaydate"], (value) => parseString(retrieveText(value))),
		publicationDates: parseArrayOf(value["prism:publicationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		publicationDisplayDates: parseArrayOf(value["prism:publicationdisplaydate"], (value) => parseString(retrieveText(value))),
		creationDate: parseSingularOf(value["prism:creationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		modificationDate: parseSingularOf(value["prism:modificationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		dateReceived: parseSingularOf(value["prism:datereceived"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		onSaleDates: parseArrayOf(value["prism:onsaledate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		onSaleDays: parseArrayOf(value["prism:onsaleday"], (value) => parseString(retrieveText(value))),
		offSaleDates: parseArrayOf(value["prism:offsaledate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		killDate: parseSingularOf(value["prism:killdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		copyrightYears: parseArrayOf(value["prism:copyrightyear"], (value) => parseString(retrieveText(value))),
		contentType: parseSingularOf(value["prism:contenttype"], (value) => parseString(retrieveText(value))),
		alternateTitles: parseArrayOf(value["prism:alternatetitle"], (value) => parseString(retrieveText(value))),
		subtitles: parseArrayOf(value["prism:subtitle"], (value) => parseString(retrieveText(value))),
		teasers: parseArrayOf(value["prism:teaser"], (value) => parseString(retrieveText(value))),
		keywords: parseArrayOf(value["prism:keyword"], (value) => parseString(retrieveText(value))),
		seriesTitle: parseSingularOf(value["prism:seriestitle"], (value) => parseString(retrieveText(value))),
		seriesNumber: parseSingularOf(value["prism:seriesnumber"], (value) => parseNumber(retrieveText(value))),
		bookEditions: parseArrayOf(value["prism:bookedition"], (value) => parseString(retrieveText(value))),
		nationalCatalogNumber: parseSingularOf(value["prism:nationalcatalognumber"], (value) => parseString(retrieveText(value))),
		productCodes: parseArrayOf(value["prism:productcode"], (value) => parseString(retrieveText(value))),
		uspsNumber: parseSingularOf(value["prism:uspsnumber"], (value) => parseString(retrieveText(value))),
		publishingFrequency: parseSingularOf(value["prism:publishingfrequency"], (value) => parseString(retrieveText(value))),
		channels: parseArrayOf(value["prism:channel"], (value) => parseString(retrieveText(value))),
		subchannel1: parseSingularOf(value["prism:subchannel1"], (value) => parseString(retrieveText(value))),
		subchannel2: parseSingularOf(value["prism:subchannel2"], (value) => parseString(retrieveText(value))),
		subchannel3: parseSingularOf(value["prism:subchannel3"], (value) => parseString(retrieveText(value))),
		subchannel4: parseSingularOf(value["prism:subchannel4"], (value) => parseString(retrieveText(value))),
		section: parseSingularOf(value["prism:section"], (value) => parseString(retrieveText(value))),
		subsection1: parseSingularOf(value["prism:subsection1"], (value) => parseString(retrieveText(value))),
		subsection2: parseSingularOf(value["prism:subsection2"], (value) => parseString(retrieveText(value))),
		subsection3: parseSingularOf(value["prism:subsection3"], (value) => parseString(retrieveText(value))),
		subsection4: parseSingularOf(value["prism:subsection4"], (value) => parseString(retrieveText(value))),
		corporateEntities: parseArrayOf(value["prism:corporateentity"], (value) => parseString(retrieveText(value))),
		distributor: parseSingularOf(value["prism:distributor"], (value) => parseString(retrieveText(value))),
		sellingAgencies: parseArrayOf(value["prism:sellingagency"], (value) => parseString(retrieveText(value))),
		organizations: parseArrayOf(value["prism:organization"], (value) => parseString(retrieveText(value))),
		persons: parseArrayOf(value["prism:person"], (value) => parseString(retrieveText(value))),
		platforms: parseArrayOf(value["prism:platform"], (value) => parseString(retrieveText(value))),
		originPlatforms: parseArrayOf(value["prism:originplatform"], (value) => parseString(retrieveText(value))),
		device: parseSingularOf(value["prism:device"], (value) => parseString(retrieveText(value))),
		complianceProfile: parseSingularOf(value["prism:complianceprofile"], (value) => parseString(retrieveText(value))),
		blogTitle: parseSingularOf(value["prism:blogtitle"], (value) => parseString(retrieveText(value))),
		blogURL: parseSingularOf(value["prism:blogurl"], (value) => parseString(retrieveText(value))),
		links: parseArrayOf(value["prism:link"], (value) => parseString(retrieveText(value))),
		urls: parseArrayOf(value["prism:url"], (value) => parseString(retrieveText(value))),
		byteCount: parseSingularOf(value["prism:bytecount"], (value) => parseNumber(retrieveText(value))),
		ratings: parseArrayOf(value["prism:rating"], (value) => parseString(retrieveText(value))),
		timePeriod: parseSingularOf(value["prism:timeperiod"], (value) => parseString(retrieveText(value))),
		versionIdentifier: parseSingularOf(value["prism:versionidentifier"], (value) => parseString(retrieveText(value))),
		tickers: parseArrayOf(value["prism:ticker"], (value) => parseString(retrieveText(value))),
		academicFields: parseArrayOf(value["prism:academicfield"], (value) => parseString(retrieveText(value))),
		events: parseArrayOf(value["prism:event"], (value) => parseString(retrieveText(value))),
		genres: parseArrayOf(value["prism:genre"], (value) => parseString(retrieveText(value))),
		industries: parseArrayOf(value["prism:industry"], (value) => parseString(retrieveText(value))),
		locations: parseArrayOf(value["prism:location"], (value) => parseString(retrieveText(value))),
		objects: parseArrayOf(value["prism:object"], (value) => parseString(retrieveText(value))),
		profession: parseSingularOf(value["prism:profession"], (value) => parseString(retrieveText(value))),
		sport: parseSingularOf(value["prism:sport"], (value) => parseString(retrieveText(value))),
		embargoDate: parseSingularOf(value["prism:embargodate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		copyright: parseSingularOf(value["prism:copyright"], (value) => parseString(retrieveText(value))),
		expirationDate: parseSingularOf(value["prism:expirationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		rightsAgent: parseSingularOf(value["prism:rightsagent"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
const prism_parse_utils_retrieveItem = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		publicationName: parseSingularOf(value["prism:publicationname"], (value) => parseString(retrieveText(value))),
		issn: parseSingularOf(value["prism:issn"], (value) => parseString(retrieveText(value))),
		eIssn: parseSingularOf(value["prism:eissn"], (value) => parseString(retrieveText(value))),
		doi: parseSingularOf(value["prism:doi"], (value) => parseString(retrieveText(value))),
		urls: parseArrayOf(value["prism:url"], (value) => parseString(retrieveText(value))),
		volume: parseSingularOf(value["prism:volume"], (value) => parseString(retrieveText(value))),
		number: parseSingularOf(value["prism:number"], (value) => parseString(retrieveText(value))),
		edition: parseSingularOf(value["prism:edition"], (value) => parseString(retrieveText(value))),
		section: parseSingularOf(value["prism:section"], (value) => parseString(retrieveText(value))),
		startingPage: parseSingularOf(value["prism:startingpage"], (value) => parseString(retrieveText(value))),
		endingPage: parseSingularOf(value["prism:endingpage"], (value) => parseString(retrieveText(value))),
		pageRange: parseSingularOf(value["prism:pagerange"], (value) => parseString(retrieveText(value))),
		pageCount: parseSingularOf(value["prism:pagecount"], (value) => parseNumber(retrieveText(value))),
		pageProgressionDirection: parseSingularOf(value["prism:pageprogressiondirection"], (value) => parseString(retrieveText(value))),
		samplePageRange: parseSingularOf(value["prism:samplepagerange"], (value) => parseString(retrieveText(value))),
		publicationDates: parseArrayOf(value["prism:publicationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		publicationDisplayDates: parseArrayOf(value["prism:publicationdisplaydate"], (value) => parseString(retrieveText(value))),
		creationDate: parseSingularOf(value["prism:creationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		modificationDate: parseSingularOf(value["prism:modificationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		dateReceived: parseSingularOf(value["prism:datereceived"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		killDate: parseSingularOf(value["prism:killdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		copyrightYears: parseArrayOf(value["prism:copyrightyear"], (value) => parseString(retrieveText(value))),
		contentType: parseSingularOf(value["prism:contenttype"], (value) => parseString(retrieveText(value))),
		genres: parseArrayOf(value["prism:genre"], (value) => parseString(retrieveText(value))),
		alternateTitles: parseArrayOf(value["prism:alternatetitle"], (value) => parseString(retrieveText(value))),
		subtitles: parseArrayOf(value["prism:subtitle"], (value) => parseString(retrieveText(value))),
		teasers: parseArrayOf(value["prism:teaser"], (value) => parseString(retrieveText(value))),
		keywords: parseArrayOf(value["prism:keyword"], (value) => parseString(retrieveText(value))),
		corporateEntities: parseArrayOf(value["prism:corporateentity"], (value) => parseString(retrieveText(value))),
		organizations: parseArrayOf(value["prism:organization"], (value) => parseString(retrieveText(value))),
		persons: parseArrayOf(value["prism:person"], (value) => parseString(retrieveText(value))),
		platforms: parseArrayOf(value["prism:platform"], (value) => parseString(retrieveText(value))),
		device: parseSingularOf(value["prism:device"], (value) => parseString(retrieveText(value))),
		academicFields: parseArrayOf(value["prism:academicfield"], (value) => parseString(retrieveText(value))),
		events: parseArrayOf(value["prism:event"], (value) => parseString(retrieveText(value))),
		industries: parseArrayOf(value["prism:industry"], (value) => parseString(retrieveText(value))),
		locations: parseArrayOf(value["prism:location"], (value) => parseString(retrieveText(value))),
		objects: parseArrayOf(value["prism:object"], (value) => parseString(retrieveText(value))),
		profession: parseSingularOf(value["prism:profession"], (value) => parseString(retrieveText(value))),
		sport: parseSingularOf(value["prism:sport"], (value) => parseString(retrieveText(value))),
		hasAlternatives: parseArrayOf(value["prism:hasalternative"], (value) => parseString(retrieveText(value))),
		hasCorrections: parseArrayOf(value["prism:hascorrection"], (value) => parseString(retrieveText(value))),
		hasTranslations: parseArrayOf(value["prism:hastranslation"], (value) => parseString(retrieveText(value))),
		isAlternativeOf: parseArrayOf(value["prism:isalternativeof"], (value) => parseString(retrieveText(value))),
		isCorrectionOf: parseArrayOf(value["prism:iscorrectionof"], (value) => parseString(retrieveText(value))),
		isTranslationOf: parseSingularOf(value["prism:istranslationof"], (value) => parseString(retrieveText(value))),
		supplementTitles: parseArrayOf(value["prism:supplementtitle"], (value) => parseString(retrieveText(value))),
		supplementDisplayID: parseSingularOf(value["prism:supplementdisplayid"], (value) => parseString(retrieveText(value))),
		supplementStartingPage: parseSingularOf(value["prism:supplementstartingpage"], (value) => parseString(retrieveText(value))),
		links: parseArrayOf(value["prism:link"], (value) => parseString(retrieveText(value))),
		wordCount: parseSingularOf(value["prism:wordcount"], (value) => parseNumber(retrieveText(value))),
		byteCount: parseSingularOf(value["prism:bytecount"], (value) => parseNumber(retrieveText(value))),
		ratings: parseArrayOf(value["prism:rating"], (value) => parseString(retrieveText(value))),
		timePeriod: parseSingularOf(value["prism:timeperiod"], (value) => parseString(retrieveText(value))),
		versionIdentifier: parseSingularOf(value["prism:versionidentifier"], (value) => parseString(retrieveText(value))),
		tickers: parseArrayOf(value["prism:ticker"], (value) => parseString(retrieveText(value))),
		embargoDate: parseSingularOf(value["prism:embargodate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		copyright: parseSingularOf(value["prism:copyright"], (value) => parseString(retrieveText(value))),
		expirationDate: parseSingularOf(value["prism:expirationdate"], (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		rightsAgent: parseSingularOf(value["prism:rightsagent"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/rawvoice/parse/utils.mjs



//#region src/namespaces/rawvoice/parse/utils.ts
const utils_parseRating = (value) => {
	const rating = {
		value: parseString(retrieveText(value)),
		tv: parseString(value === null || value === void 0 ? void 0 : value["@tv"]),
		movie: parseString(value === null || value === void 0 ? void 0 : value["@movie"])
	};
	return objects_trimObject(rating);
};
const parseLiveStream = (value, options) => {
	const liveStream = {
		url: parseString(retrieveText(value)),
		schedule: parseDate(value === null || value === void 0 ? void 0 : value["@schedule"], options === null || options === void 0 ? void 0 : options.parseDateFn),
		duration: parseString(value === null || value === void 0 ? void 0 : value["@duration"]),
		type: parseString(value === null || value === void 0 ? void 0 : value["@type"])
	};
	return objects_trimObject(liveStream);
};
const parsePoster = (value) => {
	if (!is_isPlainObject(value)) return;
	const poster = { url: parseString(value["@url"]) };
	return objects_trimObject(poster);
};
const utils_parseAlternateEnclosure = (value) => {
	if (!is_isPlainObject(value)) return;
	const alternateEnclosure = {
		src: parseString(value["@src"]),
		type: parseString(value["@type"]),
		length: parseNumber(value["@length"])
	};
	return objects_trimObject(alternateEnclosure);
};
const parseSubscribe = (value) => {
	if (!is_isPlainObject(value)) return;
	const subscribe = {};
	for (const key in value) if (isXmlAttributeKey(key)) {
		const attrName = key.slice(1);
		const attrValue = parseString(value[key]);
		if (attrValue) subscribe[attrName] = attrValue;
	}
	return objects_trimObject(subscribe);
};
const parseMetamark = (value) => {
	if (!is_isPlainObject(value)) return;
	const metamark = {
		type: parseString(value["@type"]),
		link: parseString(value["@link"]),
		position: parseNumber(value["@position"]),
		duration: parseNumber(value["@duration"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(metamark);
};
const parseDonate = (value) => {
	if (!is_isPlainObject(value)) return;
	const donate = {
		href: parseString(value["@href"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(donate);
};
const rawvoice_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		poster: parseSingularOf(value["rawvoice:poster"], parsePoster),
		isHd: parseSingularOf(value["rawvoice:ishd"], (value) => parseYesNoBoolean(retrieveText(value))),
		embed: parseSingularOf(value["rawvoice:embed"], (value) => parseString(retrieveText(value))),
		webm: parseSingularOf(value["rawvoice:webm"], utils_parseAlternateEnclosure),
		mp4: parseSingularOf(value["rawvoice:mp4"], utils_parseAlternateEnclosure),
		metamarks: parseArrayOf(value["rawvoice:metamark"], parseMetamark)
	};
	return objects_trimObject(item);
};
const rawvoice_parse_utils_retrieveFeed = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		rating: parseSingularOf(value["rawvoice:rating"], utils_parseRating),
		liveEmbed: parseSingularOf(value["rawvoice:liveembed"], (value) => parseString(retrieveText(value))),
		flashLiveStream: parseSingularOf(value["rawvoice:flashlivestream"], (value) => parseLiveStream(value, options)),
		httpLiveStream: parseSingularOf(value["rawvoice:httplivestream"], (value) => parseLiveStream(value, options)),
		shoutcastLiveStream: parseSingularOf(value["rawvoice:shoutcastlivestream"], (value) => parseLiveStream(value, options)),
		liveStream: parseSingularOf(value["rawvoice:livestream"], (value) => parseLiveStream(value, options)),
		location: parseSingularOf(value["rawvoice:location"], (value) => parseString(retrieveText(value))),
		frequency: parseSingularOf(value["rawvoice:frequency"], (value) => parseString(retrieveText(value))),
		mycast: parseSingularOf(value["rawvoice:mycast"], (value) => parseYesNoBoolean(retrieveText(value))),
		subscribe: parseSingularOf(value["rawvoice:subscribe"], parseSubscribe),
		donate: parseSingularOf(value["rawvoice:donate"], parseDonate)
	};
	return objects_trimObject(feed);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/source/parse/utils.mjs



//#region src/namespaces/source/parse/utils.ts
const parseAccount = (value) => {
	if (!is_isPlainObject(value)) return;
	const account = {
		service: parseString(value["@service"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(account);
};
const parseLikes = (value) => {
	if (!is_isPlainObject(value)) return;
	const likes = { server: parseString(value["@server"]) };
	return objects_trimObject(likes);
};
const parseArchive = (value) => {
	if (!is_isPlainObject(value)) return;
	const archive = {
		url: parseSingularOf(value["source:url"], (value) => parseString(retrieveText(value))),
		startDay: parseSingularOf(value["source:startday"], (value) => parseString(retrieveText(value))),
		endDay: parseSingularOf(value["source:endday"], (value) => parseString(retrieveText(value))),
		filename: parseSingularOf(value["source:filename"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(archive);
};
const parseSubscriptionList = (value) => {
	if (!is_isPlainObject(value)) return;
	const subscriptionList = {
		url: parseString(value["@url"]),
		value: parseString(retrieveText(value))
	};
	return objects_trimObject(subscriptionList);
};
const utils_parseInReplyTo = (value) => {
	const inReplyTo = {
		value: parseString(retrieveText(value)),
		isPermaLink: parseBoolean(value === null || value === void 0 ? void 0 : value["@ispermalink"])
	};
	return objects_trimObject(inReplyTo);
};
const source_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		accounts: parseArrayOf(value["source:account"], parseAccount),
		likes: parseSingularOf(value["source:likes"], parseLikes),
		archive: parseSingularOf(value["source:archive"], parseArchive),
		subscriptionLists: parseArrayOf(value["source:subscriptionlist"], parseSubscriptionList),
		cloud: parseSingularOf(value["source:cloud"], (value) => parseString(retrieveText(value))),
		blogroll: parseSingularOf(value["source:blogroll"], (value) => parseString(retrieveText(value))),
		self: parseSingularOf(value["source:self"], (value) => parseString(retrieveText(value))),
		localTime: parseSingularOf(value["source:localtime"], (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(feed);
};
const source_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = {
		markdown: parseSingularOf(value["source:markdown"], (value) => parseString(retrieveText(value))),
		outlines: parseArrayOf(value["source:outline"], (value) => parseString(retrieveText(value))),
		linkFull: parseSingularOf(value["source:linkfull"], (value) => parseString(retrieveText(value))),
		inReplyTo: parseSingularOf(value["source:inreplyto"], utils_parseInReplyTo)
	};
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/namespaces/spotify/parse/utils.mjs



//#region src/namespaces/spotify/parse/utils.ts
const parseLimit = (value) => {
	if (!is_isPlainObject(value)) return;
	const limit = { recentCount: parseNumber(value["@recentcount"]) };
	return objects_trimObject(limit);
};
const parsePartner = (value) => {
	if (!is_isPlainObject(value)) return;
	const id = parseString(value["@id"]);
	return id ? { id } : void 0;
};
const parseSandbox = (value) => {
	if (!is_isPlainObject(value)) return;
	const enabled = parseBoolean(value["@enabled"]);
	return enabled !== void 0 ? { enabled } : void 0;
};
const parseFeedAccess = (value) => {
	if (!is_isPlainObject(value)) return;
	const access = {
		partner: parseSingularOf(value.partner, parsePartner),
		sandbox: parseSingularOf(value.sandbox, parseSandbox)
	};
	return objects_trimObject(access);
};
const parseEntitlement = (value) => {
	if (!is_isPlainObject(value)) return;
	const name = parseString(value["@name"]);
	return name ? { name } : void 0;
};
const parseItemAccess = (value) => {
	if (!is_isPlainObject(value)) return;
	const access = { entitlement: parseSingularOf(value.entitlement, parseEntitlement) };
	return objects_trimObject(access);
};
const spotify_parse_utils_retrieveFeed = (value) => {
	if (!is_isPlainObject(value)) return;
	const feed = {
		limit: parseSingularOf(value["spotify:limit"], parseLimit),
		countryOfOrigin: parseSingularOf(value["spotify:countryoforigin"], (value) => parseString(retrieveText(value))),
		access: parseSingularOf(value["spotify:access"], parseFeedAccess)
	};
	return objects_trimObject(feed);
};
const spotify_parse_utils_retrieveItem = (value) => {
	if (!is_isPlainObject(value)) return;
	const item = { access: parseSingularOf(value["spotify:access"], parseItemAccess) };
	return objects_trimObject(item);
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rss/parse/utils.mjs
































//#region src/feeds/rss/parse/utils.ts
const emailRegex = /^[^\s@()<>[\]]+@[^\s@()<>[\]]+\.[^\s@()<>[\]]+$/;
const urlRegex = /^(?:https?:\/\/|www\.)[^\s]+\.[^\s]+$/;
const mailtoRegex = /^mailto:/i;
const hasBracketsRegex = /[<[(]/;
const parse_utils_whitespaceRegex = /\s+/;
const commonSeparatorsRegex = /^[\s,\-|/:;]+|[\s,\-|/:;]+$/g;
const mailtoQueryRegex = /\?.*$/;
const stripMailto = (value) => {
	const stripped = value.replace(mailtoRegex, "");
	if (stripped !== value) return stripped.replace(mailtoQueryRegex, "");
	return stripped;
};
const closeBracketFor = (char) => {
	if (char === "<") return ">";
	if (char === "(") return ")";
	return "]";
};
const parseSimplePerson = (raw) => {
	const stripped = stripMailto(raw);
	if (urlRegex.test(stripped)) return { link: stripped };
	if (emailRegex.test(stripped)) return { email: stripped };
};
const parseUnbracketedPerson = (raw) => {
	if (raw.indexOf("@") === -1 && raw.indexOf("://") === -1 && raw.indexOf("www.") === -1) return { name: raw };
	const words = raw.split(parse_utils_whitespaceRegex);
	const nameParts = [];
	let email;
	let link;
	for (const word of words) {
		const stripped = stripMailto(word);
		if (urlRegex.test(word) && !link) link = word;
		else if (emailRegex.test(stripped) && !email) email = stripped;
		else nameParts.push(word);
	}
	if (!email && !link) return { name: raw };
	const person = {
		name: parseString(nameParts.join(" ").replace(commonSeparatorsRegex, "")),
		email,
		link
	};
	return objects_trimObject(person);
};
const parseBracketedPerson = (raw) => {
	const person = {};
	const nameParts = [];
	const length = raw.length;
	let hasUnbracketedName = false;
	let i = 0;
	while (i < length) {
		let chunk;
		let isBracketed = false;
		let openBracket = "";
		let closeBracket = "";
		const char = raw[i];
		if (char === "<" || char === "(" || char === "[") {
			openBracket = char;
			closeBracket = closeBracketFor(char);
			const start = i + 1;
			let depth = 1;
			let end = start;
			while (end < length && depth > 0) {
				if (raw[end] === openBracket) depth++;
				else if (raw[end] === closeBracket) depth--;
				end++;
			}
			if (depth === 0) {
				isBracketed = true;
				chunk = parseString(raw.slice(start, end - 1));
				i = end;
			} else {
				const literalStart = i;
				i = start;
				while (i < length && raw[i] !== "<" && raw[i] !== "(" && raw[i] !== "[") i++;
				chunk = parseString(raw.slice(literalStart, i));
			}
		} else {
			const start = i;
			while (i < length && raw[i] !== "<" && raw[i] !== "(" && raw[i] !== "[") i++;
			chunk = parseString(raw.slice(start, i));
		}
		if (!chunk) continue;
		const strippedChunk = stripMailto(chunk);
		if (urlRegex.test(chunk) && !person.link) person.link = chunk;
		else if (emailRegex.test(strippedChunk) && !person.email) person.email = strippedChunk;
		else if (isBracketed) nameParts.push(hasUnbracketedName ? `${openBracket}${chunk}${closeBracket}` : chunk);
		else {
			hasUnbracketedName = true;
			nameParts.push(chunk);
		}
	}
	person.name = parseString(nameParts.join(" "));
	return objects_trimObject(person);
};
const parse_utils_parsePerson = (value) => {
	const raw = parseSingularOf((value === null || value === void 0 ? void 0 : value.name) ?? value, (v) => parseString(retrieveText(v)));
	if (!raw) return;
	const simple = parseSimplePerson(raw);
	if (simple) return simple;
	if (!hasBracketsRegex.test(raw)) return parseUnbracketedPerson(raw);
	return parseBracketedPerson(raw);
};
const rss_parse_utils_parseCategory = (value) => {
	const category = {
		name: parseString(retrieveText(value)),
		domain: parseString(value === null || value === void 0 ? void 0 : value["@domain"])
	};
	return objects_trimObject(category);
};
const parseCloud = (value) => {
	if (!is_isPlainObject(value)) return;
	const cloud = {
		domain: parseString(value["@domain"]),
		port: parseNumber(value["@port"]),
		path: parseString(value["@path"]),
		registerProcedure: parseString(value["@registerprocedure"]),
		protocol: parseString(value["@protocol"])
	};
	return objects_trimObject(cloud);
};
const rss_parse_utils_parseImage = (value) => {
	if (!is_isPlainObject(value)) return;
	const image = {
		url: parseSingularOf(value.url, (value) => parseString(retrieveText(value))),
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.description, (value) => parseString(retrieveText(value))),
		height: parseSingularOf(value.height, (value) => parseNumber(retrieveText(value))),
		width: parseSingularOf(value.width, (value) => parseNumber(retrieveText(value)))
	};
	return objects_trimObject(image);
};
const utils_parseTextInput = (value) => {
	if (!is_isPlainObject(value)) return;
	const textInput = {
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.description, (value) => parseString(retrieveText(value))),
		name: parseSingularOf(value.name, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value)))
	};
	return objects_trimObject(textInput);
};
const utils_retrieveImage = (value) => {
	const channel = parseSingular(value === null || value === void 0 ? void 0 : value.channel);
	return parseSingularOf(channel === null || channel === void 0 ? void 0 : channel.image, rss_parse_utils_parseImage) ?? parseSingularOf(value === null || value === void 0 ? void 0 : value.image, rss_parse_utils_parseImage);
};
const utils_retrieveTextInput = (value) => {
	const channel = parseSingular(value === null || value === void 0 ? void 0 : value.channel);
	return parseSingularOf(channel === null || channel === void 0 ? void 0 : channel.textinput, utils_parseTextInput) ?? parseSingularOf(value === null || value === void 0 ? void 0 : value.textinput, utils_parseTextInput);
};
const utils_retrieveItems = (value, options) => {
	const channel = parseSingular(value === null || value === void 0 ? void 0 : value.channel);
	return parseArrayOf(channel === null || channel === void 0 ? void 0 : channel.item, (value) => parse_utils_parseItem(value, options), options === null || options === void 0 ? void 0 : options.maxItems) ?? parseArrayOf(value === null || value === void 0 ? void 0 : value.item, (value) => parse_utils_parseItem(value, options), options === null || options === void 0 ? void 0 : options.maxItems);
};
const parseSkipHours = (value) => {
	return trimArray(value === null || value === void 0 ? void 0 : value.hour, (value) => parseNumber(retrieveText(value)));
};
const parseSkipDays = (value) => {
	return trimArray(value === null || value === void 0 ? void 0 : value.day, (value) => parseString(retrieveText(value)));
};
const parseEnclosure = (value) => {
	if (!is_isPlainObject(value)) return;
	const enclosure = {
		url: parseString(value["@url"]),
		length: parseNumber(value["@length"]),
		type: parseString(value["@type"])
	};
	return objects_trimObject(enclosure);
};
const parseGuid = (value) => {
	const source = {
		value: parseString(retrieveText(value)),
		isPermaLink: parseBoolean(value === null || value === void 0 ? void 0 : value["@ispermalink"])
	};
	return objects_trimObject(source);
};
const parse_utils_parseSource = (value) => {
	const source = {
		title: parseString(retrieveText(value)),
		url: parseString(value === null || value === void 0 ? void 0 : value["@url"])
	};
	return objects_trimObject(source);
};
const parse_utils_parseItem = (value, options) => {
	if (!is_isPlainObject(value)) return;
	const namespaces = detectNamespaces(value);
	const item = {
		title: parseSingularOf(value.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(value.link, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(value.description, (value) => parseString(retrieveText(value))),
		authors: parseArrayOf(value.author, parse_utils_parsePerson),
		categories: parseArrayOf(value.category, rss_parse_utils_parseCategory),
		comments: parseSingularOf(value.comments, (value) => parseString(retrieveText(value))),
		enclosures: parseArrayOf(value.enclosure, parseEnclosure),
		guid: parseSingularOf(value.guid, parseGuid),
		pubDate: parseSingularOf(value.pubdate, (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		source: parseSingularOf(value.source, parse_utils_parseSource),
		atom: namespaces.has("atom") ? parse_utils_retrieveEntry(value, options) : void 0,
		cc: namespaces.has("cc") ? retrieveItemOrFeed(value) : void 0,
		dc: namespaces.has("dc") ? parse_utils_retrieveItemOrFeed(value, options) : void 0,
		content: namespaces.has("content") ? content_parse_utils_retrieveItem(value) : void 0,
		creativeCommons: namespaces.has("creativecommons") ? utils_retrieveItemOrFeed(value) : void 0,
		slash: namespaces.has("slash") ? slash_parse_utils_retrieveItem(value) : void 0,
		itunes: namespaces.has("itunes") ? utils_retrieveItem(value) : void 0,
		podcast: namespaces.has("podcast") ? podcast_parse_utils_retrieveItem(value) : void 0,
		psc: namespaces.has("psc") ? psc_parse_utils_retrieveItem(value) : void 0,
		googleplay: namespaces.has("googleplay") ? retrieveItem(value) : void 0,
		media: namespaces.has("media") ? media_parse_utils_retrieveItemOrFeed(value) : void 0,
		georss: namespaces.has("georss") ? georss_parse_utils_retrieveItemOrFeed(value) : void 0,
		geo: namespaces.has("geo") ? geo_parse_utils_retrieveItemOrFeed(value) : void 0,
		thr: namespaces.has("thr") ? thr_parse_utils_retrieveItem(value) : void 0,
		dcterms: namespaces.has("dcterms") ? dcterms_parse_utils_retrieveItemOrFeed(value, options) : void 0,
		prism: namespaces.has("prism") ? prism_parse_utils_retrieveItem(value, options) : void 0,
		wfw: namespaces.has("wfw") ? wfw_parse_utils_retrieveItem(value) : void 0,
		sourceNs: namespaces.has("source") ? source_parse_utils_retrieveItem(value) : void 0,
		rawvoice: namespaces.has("rawvoice") ? rawvoice_parse_utils_retrieveItem(value) : void 0,
		spotify: namespaces.has("spotify") ? spotify_parse_utils_retrieveItem(value) : void 0,
		pingback: namespaces.has("pingback") ? parse_utils_retrieveItem(value) : void 0,
		trackback: namespaces.has("trackback") ? trackback_parse_utils_retrieveItem(value) : void 0,
		acast: namespaces.has("acast") ? acast_parse_utils_retrieveItem(value) : void 0,
		xml: xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(item);
};
const rss_parse_utils_parseFeed = (value, options) => {
	const channel = parseSingular(value === null || value === void 0 ? void 0 : value.channel);
	if (!is_isPlainObject(channel)) return;
	const namespaces = detectNamespaces(channel);
	const feed = {
		title: parseSingularOf(channel.title, (value) => parseString(retrieveText(value))),
		link: parseSingularOf(channel.link, (value) => parseString(retrieveText(value))),
		description: parseSingularOf(channel.description, (value) => parseString(retrieveText(value))),
		language: parseSingularOf(channel.language, (value) => parseString(retrieveText(value))),
		copyright: parseSingularOf(channel.copyright, (value) => parseString(retrieveText(value))),
		managingEditor: parseSingularOf(channel.managingeditor, parse_utils_parsePerson),
		webMaster: parseSingularOf(channel.webmaster, parse_utils_parsePerson),
		pubDate: parseSingularOf(channel.pubdate, (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		lastBuildDate: parseSingularOf(channel.lastbuilddate, (value) => parseDate(retrieveText(value), options === null || options === void 0 ? void 0 : options.parseDateFn)),
		categories: parseArrayOf(channel.category, rss_parse_utils_parseCategory),
		generator: parseSingularOf(channel.generator, (value) => parseString(retrieveText(value))),
		docs: parseSingularOf(channel.docs, (value) => parseString(retrieveText(value))),
		cloud: parseSingularOf(channel.cloud, parseCloud),
		ttl: parseSingularOf(channel.ttl, (value) => parseNumber(retrieveText(value))),
		image: utils_retrieveImage(value),
		rating: parseSingularOf(channel.rating, (value) => parseString(retrieveText(value))),
		textInput: utils_retrieveTextInput(value),
		skipHours: parseSingularOf(channel.skiphours, parseSkipHours),
		skipDays: parseSingularOf(channel.skipdays, parseSkipDays),
		items: utils_retrieveItems(value, options),
		atom: namespaces.has("atom") ? namespaces_atom_parse_utils_retrieveFeed(channel, options) : void 0,
		cc: namespaces.has("cc") ? retrieveItemOrFeed(channel) : void 0,
		dc: namespaces.has("dc") ? parse_utils_retrieveItemOrFeed(channel, options) : void 0,
		sy: namespaces.has("sy") ? sy_parse_utils_retrieveFeed(channel, options) : void 0,
		itunes: namespaces.has("itunes") ? parse_utils_retrieveFeed(channel) : void 0,
		podcast: namespaces.has("podcast") ? podcast_parse_utils_retrieveFeed(channel, options) : void 0,
		googleplay: namespaces.has("googleplay") ? utils_retrieveFeed(channel) : void 0,
		media: namespaces.has("media") ? media_parse_utils_retrieveItemOrFeed(channel) : void 0,
		georss: namespaces.has("georss") ? georss_parse_utils_retrieveItemOrFeed(channel) : void 0,
		geo: namespaces.has("geo") ? geo_parse_utils_retrieveItemOrFeed(channel) : void 0,
		dcterms: namespaces.has("dcterms") ? dcterms_parse_utils_retrieveItemOrFeed(channel, options) : void 0,
		prism: namespaces.has("prism") ? prism_parse_utils_retrieveFeed(channel, options) : void 0,
		creativeCommons: namespaces.has("creativecommons") ? utils_retrieveItemOrFeed(channel) : void 0,
		feedpress: namespaces.has("feedpress") ? feedpress_parse_utils_retrieveFeed(channel) : void 0,
		opensearch: namespaces.has("opensearch") ? opensearch_parse_utils_retrieveFeed(channel) : void 0,
		admin: namespaces.has("admin") ? retrieveFeed(channel) : void 0,
		sourceNs: namespaces.has("source") ? source_parse_utils_retrieveFeed(channel) : void 0,
		blogChannel: namespaces.has("blogchannel") ? blogchannel_parse_utils_retrieveFeed(channel) : void 0,
		rawvoice: namespaces.has("rawvoice") ? rawvoice_parse_utils_retrieveFeed(channel, options) : void 0,
		spotify: namespaces.has("spotify") ? spotify_parse_utils_retrieveFeed(channel) : void 0,
		pingback: namespaces.has("pingback") ? pingback_parse_utils_retrieveFeed(channel) : void 0,
		acast: namespaces.has("acast") ? acast_parse_utils_retrieveFeed(channel) : void 0,
		xml: xml_parse_utils_retrieveItemOrFeed(value)
	};
	return objects_trimObject(feed);
};
const rss_parse_utils_retrieveFeed = (value, options) => {
	return parseSingularOf(value === null || value === void 0 ? void 0 : value.rss, (value) => rss_parse_utils_parseFeed(value, options));
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/feeds/rss/parse/index.mjs







//#region src/feeds/rss/parse/index.ts
const rss_parse_createNamespaceOptions = createNamespaceResolver({
	namespaceUris: namespaceUris,
	namespacePrefixes: namespacePrefixes
});
let rss_parse_namespaceOptions = rss_parse_createNamespaceOptions();
const rss_parse_parser = new XMLParser({
	...parserConfig,
	stopNodes: rss_parse_config_stopNodes,
	transformTagName: (name) => rss_parse_namespaceOptions.transformTagName(name),
	transformAttributeName: (name) => rss_parse_namespaceOptions.transformAttributeName(name),
	attributeValueProcessor: (name, value) => rss_parse_namespaceOptions.attributeValueProcessor(name, value),
	updateTag: (name) => rss_parse_namespaceOptions.updateTag(name)
});
const rss_parse_parse = (value, options) => {
	if (!rss_detect_detect(value)) throw new errors/* DetectError */.I$(locales.invalidFeedFormat);
	let normalized;
	try {
		rss_parse_namespaceOptions = rss_parse_createNamespaceOptions(value);
		normalized = rss_parse_parser.parse(value);
	} catch (error) {
		throw new errors/* MalformedError */.G4(locales.invalidFeedFormat, { cause: error });
	}
	const parsed = rss_parse_utils_retrieveFeed(normalized, options);
	if (!parsed) throw new errors/* ParseError */.mB(locales.invalidFeedFormat);
	return parsed;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/feedsmith/dist/common/parse.mjs











//#region src/common/parse.ts
const common_parse_parse = (value, options) => {
	if (rss_detect_detect(value)) return {
		format: "rss",
		feed: rss_parse_parse(value, options)
	};
	if (detect(value)) return {
		format: "atom",
		feed: parse(value, options)
	};
	if (rdf_detect_detect(value)) return {
		format: "rdf",
		feed: rdf_parse_parse(value, options)
	};
	const json = parseJsonObject(value);
	if (detect_detect(json)) return {
		format: "json",
		feed: parse_parse(json, options)
	};
	throw new errors/* DetectError */.I$(locales.unrecognizedFeedFormat);
};
//#endregion



/***/ })

};
