export const id = 601;
export const ids = [601];
export const modules = {

/***/ 20770:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__(20218);


/***/ }),

/***/ 20218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var net = __webpack_require__(69278);
var tls = __webpack_require__(64756);
var http = __webpack_require__(58611);
var https = __webpack_require__(65692);
var events = __webpack_require__(24434);
var assert = __webpack_require__(42613);
var util = __webpack_require__(39023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 87096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/app.ts + 1 modules
var app = __webpack_require__(32291);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/** Warnings and failing sources annotated one by one; the rest are counted in one last annotation. */
const ANNOTATION_CAP = 20;
/** One `error` annotation per config problem, at its file and line. */
function configAnnotations(file, locations, fallback) {
    const list = locations.length ? locations : [{ message: fallback }];
    return list.map((l) => ({
        level: 'error',
        title: 'wiki-daily config',
        message: l.message,
        file,
        ...(l.line ? { line: l.line } : {}),
        ...(l.column ? { column: l.column } : {}),
    }));
}
/** Each failing source, then each warning of the run, as `warning` annotations (capped). */
function reportAnnotations(r, cap = ANNOTATION_CAP) {
    const all = [
        ...r.sources
            .filter((s) => s.outcome === 'failed')
            .map((s) => ({ level: 'warning', title: `source ${s.id} failed`, message: s.error ?? 'failed' })),
        ...r.warnings.map((w) => ({ level: 'warning', title: 'wiki-daily', message: w })),
    ];
    if (all.length <= cap)
        return all;
    const shown = all.slice(0, cap);
    shown.push({
        level: 'warning',
        title: 'wiki-daily',
        message: `${all.length - cap} more warnings not annotated (${all.length} in all); see the job summary and the log`,
    });
    return shown;
}

// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __webpack_require__(24195);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(29834);
;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The GitHub Action: inputs → Settings → the shared dispatcher → job summary, step outputs, report file.
 * The only setFailed is in run()'s catch.
 */










class CoreLogger {
    annotateWarnings;
    /**
     * For commands that end in a RunReport (run, collect, demo), the report's warnings and failing
     * sources become the annotations (capped, see report/annotations.ts); their log warnings stay plain
     * log lines so nothing is annotated twice.
     */
    constructor(annotateWarnings = true) {
        this.annotateWarnings = annotateWarnings;
    }
    debug(msg) {
        core/* debug */.Yz((0,log/* redact */.E$)(msg));
    }
    info(msg) {
        core/* info */.pq((0,log/* redact */.E$)(msg));
    }
    warn(msg) {
        if (this.annotateWarnings)
            core/* warning */.$e((0,log/* redact */.E$)(msg));
        else
            core/* info */.pq(`Warning: ${(0,log/* redact */.E$)(msg)}`);
    }
    error(msg) {
        core/* error */.z3((0,log/* redact */.E$)(msg));
    }
    /** One collapsible group per stage in the job log. */
    group(stage, fn) {
        return core/* group */.Os(stage, fn);
    }
}
/** An annotation as a workflow command (`::warning file=…,line=…::message`), through @actions/core. */
function annotate(a) {
    const props = {
        ...(a.title ? { title: (0,log/* redact */.E$)(a.title) } : {}),
        ...(a.file ? { file: a.file } : {}),
        ...(a.line ? { startLine: a.line } : {}),
        ...(a.column ? { startColumn: a.column } : {}),
    };
    const msg = (0,log/* redact */.E$)(a.message);
    if (a.level === 'error')
        core/* error */.z3(msg, props);
    else if (a.level === 'warning')
        core/* warning */.$e(msg, props);
    else
        core/* notice */.lm(msg, props);
}
/** A path as GitHub maps annotations: relative to the checkout, forward slashes. */
function repoRelative(file) {
    const rel = external_node_path_default().relative(process.env.GITHUB_WORKSPACE || process.cwd(), file);
    return (rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? file : rel).split((external_node_path_default()).sep).join('/');
}
/**
 * An invalid config: one error annotation per problem at its file and line, and a job summary that
 * lists them all — the run never started, so this is all the maintainer gets.
 */
async function reportConfigError(err) {
    const file = repoRelative(err.file);
    for (const a of configAnnotations(file, err.locations, err.message.split('\n')[0] ?? err.message))
        annotate(a);
    if (process.env.GITHUB_STEP_SUMMARY) {
        const { renderConfigErrorSummary } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(568), __webpack_require__.e(162), __webpack_require__.e(512), __webpack_require__.e(841), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 46340));
        await core/* summary */.z.addRaw((0,log/* redact */.E$)(renderConfigErrorSummary(err, file))).write();
    }
}
async function run() {
    // Once the command's own outputs are set, a failure must not overwrite them: `health` reports
    // status=critical (not "failed") and the watchdog's later steps read it.
    let outputsSet = false;
    try {
        const settings = (0,src_settings/* parseActionInputs */.H)((name) => core/* getInput */.V4(name));
        for (const secret of [settings.token, settings.discordWebhook, settings.webhookUrl]) {
            if (secret) {
                core/* setSecret */.Pq(secret);
                (0,log/* registerSecret */.cl)(secret);
            }
        }
        core/* info */.pq(`wiki-daily ${settings.command}${settings.subcommand ? ` ${settings.subcommand}` : ''} in ${settings.root}`);
        const reportCommands = ['run', 'collect', 'demo'];
        // CI logs are not a terminal: a progress line about every 10 s, so long work is never silent.
        const progress = (0,cli_progress/* progressReporter */.xZ)({ write: (t) => core/* info */.pq(t.trimEnd()), isTTY: false }, time/* systemClock */.ml);
        const outcome = await (0,app/* execute */.g)(settings, {
            logger: new CoreLogger(!reportCommands.includes(settings.command)),
            clock: time/* systemClock */.ml,
            env: process.env,
            onProgress: (p) => progress.update(p),
        });
        progress.done();
        if (outcome.report)
            for (const a of reportAnnotations(outcome.report))
                annotate(a);
        for (const [name, value] of Object.entries(outcome.outputs))
            core/* setOutput */.uH(name, (0,log/* redact */.E$)(value));
        outputsSet = Object.keys(outcome.outputs).length > 0;
        // Annotation paths are the repository's (the workspace), the outcome's are relative to the wiki root.
        const workspace = process.env.GITHUB_WORKSPACE || settings.root;
        for (const a of outcome.annotations ?? []) {
            const file = external_node_path_default().relative(workspace, external_node_path_default().resolve(settings.root, a.file)).split((external_node_path_default()).sep).join('/');
            core/* warning */.$e((0,log/* redact */.E$)(a.message), { file, startLine: a.line, ...(a.title ? { title: a.title } : {}) });
        }
        const reportFile = external_node_path_default().join(process.env.RUNNER_TEMP || settings.stateDir, `wiki-daily-${settings.command}.json`);
        await (0,promises_.mkdir)(external_node_path_default().dirname(reportFile), { recursive: true });
        await (0,promises_.writeFile)(reportFile, (0,log/* redact */.E$)(JSON.stringify(outcome.json, null, 2)));
        core/* setOutput */.uH('report', reportFile);
        if (outcome.summary && process.env.GITHUB_STEP_SUMMARY)
            await core/* summary */.z.addRaw((0,log/* redact */.E$)(outcome.summary)).write();
        core/* info */.pq((0,log/* redact */.E$)(outcome.text));
        if (outcome.exitCode !== 0) {
            const reason = outcome.failureReason ?? outcome.report?.reason ?? (outcome.text.split('\n')[0] || 'failed');
            throw new errors/* WikiDailyError */.WA((0,log/* redact */.E$)(reason));
        }
    }
    catch (err) {
        // Outputs first, so a later `if:` step can read status=failed even when the run never started.
        const failure = (0,app/* failureOutcome */.v)(err);
        if (!outputsSet)
            for (const [name, value] of Object.entries(failure.outputs))
                core/* setOutput */.uH(name, (0,log/* redact */.E$)(value));
        if (err instanceof errors/* ConfigError */.xL) {
            // Each problem is already an annotation with its line; one more general error would repeat them.
            await reportConfigError(err).catch((e) => core/* warning */.$e(`config error summary not written: ${(0,log/* redact */.E$)((0,errors/* errorMessage */.gJ)(e))}`));
            core/* info */.pq((0,log/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)));
            process.exitCode = core/* ExitCode */.yU.Failure;
            return;
        }
        core/* setFailed */.C1((0,log/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)));
    }
}


/***/ })

};
