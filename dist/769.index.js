export const id = 769;
export const ids = [769];
export const modules = {

/***/ 36769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33838);
/* harmony import */ var _app_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(168);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25625);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58750);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29834);
/**
 * The GitHub Action: inputs → Settings → the shared dispatcher → job summary, step outputs, report file.
 * The only setFailed is in run()'s catch.
 */








class CoreLogger {
    debug(msg) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .debug */ .Yz((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(msg));
    }
    info(msg) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(msg));
    }
    warn(msg) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(msg));
    }
    error(msg) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(msg));
    }
}
async function run() {
    try {
        const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .parseActionInputs */ .HC)((name) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(name));
        for (const secret of [settings.token, settings.discordWebhook]) {
            if (secret) {
                _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setSecret */ .Pq(secret);
                (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(secret);
            }
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`wiki-daily ${settings.command}${settings.subcommand ? ` ${settings.subcommand}` : ''} in ${settings.root}`);
        const outcome = await (0,_app_js__WEBPACK_IMPORTED_MODULE_3__/* .execute */ .g7)(settings, { logger: new CoreLogger(), clock: _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml, env: process.env });
        for (const [name, value] of Object.entries(outcome.outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH(name, (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(value));
        const reportFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.RUNNER_TEMP || settings.stateDir, `wiki-daily-${settings.command}.json`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(reportFile), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportFile, (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(JSON.stringify(outcome.json, null, 2)));
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('report', reportFile);
        if (outcome.summary && process.env.GITHUB_STEP_SUMMARY)
            await _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .summary */ .z.addRaw((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(outcome.summary)).write();
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(outcome.text));
        if (outcome.exitCode !== 0) {
            const reason = outcome.report?.reason ?? (outcome.text.split('\n')[0] || 'failed');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .WikiDailyError */ .WA((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(reason));
        }
    }
    catch (err) {
        // Outputs first, so a later `if:` step can read status=failed even when the run never started.
        const failure = (0,_app_js__WEBPACK_IMPORTED_MODULE_3__/* .failureOutcome */ .vi)(err);
        for (const [name, value] of Object.entries(failure.outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH(name, (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(value));
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setFailed */ .C1((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)));
    }
}


/***/ })

};
