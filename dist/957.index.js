export const id = 957;
export const ids = [957];
export const modules = {

/***/ 12957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _app_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(168);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25625);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58750);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29834);
/**
 * The local CLI (`wiki-daily …`): same commands as the Action, embedded defaults (state folder
 * `.wiki-daily/` in the root), human text on stdout or one JSON value with --json; logs on stderr.
 */




async function runCli(argv, env = process.env, io) {
    const out = io?.stdout ?? ((t) => process.stdout.write(t));
    let json = argv.includes('--json');
    let outcome;
    try {
        const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCliArgs */ .hT)(argv, env);
        if (settings === 'help') {
            out(`${_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .USAGE */ .u_}\n`);
            return 0;
        }
        json = settings.json;
        (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(settings.token);
        (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(settings.discordWebhook);
        const logger = new _log_js__WEBPACK_IMPORTED_MODULE_1__/* .StderrLogger */ .jj(settings.verbose);
        outcome = await (0,_app_js__WEBPACK_IMPORTED_MODULE_0__/* .execute */ .g7)(settings, { logger, clock: _time_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml, env });
    }
    catch (err) {
        outcome = (0,_app_js__WEBPACK_IMPORTED_MODULE_0__/* .failureOutcome */ .vi)(err);
        process.stderr.write(`${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(outcome.text)}\n`);
        if (!json)
            return outcome.exitCode;
    }
    out((0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(json ? `${JSON.stringify(outcome.json, null, 2)}\n` : `${outcome.text}\n`));
    return outcome.exitCode;
}


/***/ })

};
