export const id = 544;
export const ids = [544];
export const modules = {

/***/ 76544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ afterRunForMaintainer),
/* harmony export */   afterHealthForMaintainer: () => (/* binding */ afterHealthForMaintainer)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _github_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54626);


/**
 * After `run`. `history` is the run history WITH this run appended (the streak of failures counts it);
 * a dry run writes its metrics (flagged dry) but opens no issue and posts nothing.
 */
async function afterRunForMaintainer(args) {
    const { report, config, settings, deps } = args;
    const warn = (w) => {
        report.warnings.push(w);
        deps.logger.warn(w);
    };
    if (!report.dryRun && report.status !== 'skipped') {
        const { subjectFromRun, syncFailureIssueFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(79)]).then(__webpack_require__.bind(__webpack_require__, 26079));
        const subject = subjectFromRun(report, args.history, config.monitoring.failureIssue.afterFailures);
        const res = await syncFailureIssueFromEnv(subject, {
            settings: config.monitoring.failureIssue,
            env: deps.env,
            ...(settings.token ? { token: settings.token } : {}),
            timezone: config.timezone,
            now: deps.clock.now(),
            logger: deps.logger,
            ...(deps.fetchImpl ? { fetch: deps.fetchImpl } : {}),
        });
        if (res.warning)
            warn(res.warning);
        if (settings.webhookUrl) {
            const { postRunSummary } = await __webpack_require__.e(/* import() */ 137).then(__webpack_require__.bind(__webpack_require__, 69137));
            const w = await postRunSummary(settings.webhookUrl, report, { clock: deps.clock, ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}) });
            if (w)
                warn(w);
        }
    }
    if (settings.metricsFile || config.monitoring.pushgatewayUrl) {
        try {
            const [{ renderMetrics, writeMetricsFile, pushMetrics, lastSuccessAt }, { storeSize }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(222), __webpack_require__.e(969)]).then(__webpack_require__.bind(__webpack_require__, 92969)),
                Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 40334)),
            ]);
            const lastSuccess = lastSuccessAt(report, args.history);
            const text = await renderMetrics({
                report,
                ...(lastSuccess ? { lastSuccessAt: lastSuccess } : {}),
                backupStoreBytes: await storeSize(args.state.backups),
            });
            if (settings.metricsFile)
                await writeMetricsFile(settings.metricsFile, text);
            if (config.monitoring.pushgatewayUrl)
                await pushMetrics(config.monitoring.pushgatewayUrl, config.monitoring.pushgatewayJob, text, deps.fetchImpl).catch((err) => warn(`metrics not pushed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`));
        }
        catch (err) {
            warn(`metrics not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        }
    }
}
/** After `health` (the watchdog): a critical result opens the failure issue (or adds today's comment). */
async function afterHealthForMaintainer(args) {
    const { subjectFromHealth, syncFailureIssueFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(79)]).then(__webpack_require__.bind(__webpack_require__, 26079));
    const env = args.deps.env;
    const runUrl = (0,_github_env_js__WEBPACK_IMPORTED_MODULE_1__/* .runUrlFrom */ .R)(env);
    const res = await syncFailureIssueFromEnv(subjectFromHealth(args.health, args.history, runUrl), {
        settings: args.config.monitoring.failureIssue,
        env,
        ...(args.settings.token ? { token: args.settings.token } : {}),
        timezone: args.config.timezone,
        now: args.deps.clock.now(),
        logger: args.deps.logger,
        ...(args.deps.fetchImpl ? { fetch: args.deps.fetchImpl } : {}),
    });
    if (res.warning)
        args.deps.logger.warn(res.warning);
    return res.warning;
}


/***/ })

};
