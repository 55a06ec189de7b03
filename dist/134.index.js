export const id = 134;
export const ids = [134];
export const modules = {

/***/ 37230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ crashPoint)
/* harmony export */ });
/* unused harmony export CRASH_POINTS */
/**
 * Named crash points, for the crash test: with WIKI_DAILY_CRASH_AT=<point> (or <point>:<n>, the n-th
 * time the point is reached, 1-based) the process kills itself with SIGKILL right there, as `kill -9`
 * from outside would, but at a place the test can name. Without the variable this is a no-op.
 *
 * The points a daily run passes are listed in CRASH_POINTS, so the test can draw from them.
 */
const CRASH_POINTS = (/* unused pure expression or super */ null && ([
    'after-lock',
    'after-reconcile',
    'after-backup',
    'after-collect',
    'after-journal',
    'apply-write',
    'before-seen',
    'after-apply',
    'commit-before-ref',
    'commit-after-ref',
    'after-commit',
    'before-push',
    'after-push',
    'before-report',
]));
const hits = new Map();
function crashPoint(name) {
    const spec = process.env.WIKI_DAILY_CRASH_AT;
    if (!spec)
        return;
    const [point, nth] = spec.split(':');
    if (point !== name)
        return;
    const n = (hits.get(name) ?? 0) + 1;
    hits.set(name, n);
    if (n === Number(nth ?? '1'))
        process.kill(process.pid, 'SIGKILL');
}


/***/ }),

/***/ 14134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ openRepo)
/* harmony export */ });
/* unused harmony export STALE_TEMP_INDEX_MS */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96332);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25625);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49809);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29834);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37230);
/**
 * git behind a small interface, with simple-git spawning the processes.
 *
 * The old system swept a person's unfinished edits into bot commits (`git add -A`) and never rebased before
 * pushing. Here:
 * - commits are built in a temporary index from exactly the given paths (plumbing: read-tree, update-index,
 *   write-tree, commit-tree, update-ref), so whatever a person has staged, modified or left untracked stays
 *   exactly as it was;
 * - a rejected push is rebased in a throw-away linked worktree, so the person's working tree is never
 *   stashed or reset; only when the rebase succeeded is the checkout moved forward with a two-tree
 *   `read-tree -m -u`, which carries local edits along and refuses (changing nothing) if they would be hit;
 * - a token is handed to one git process through GIT_CONFIG_* environment variables, never written to disk.
 */









/**
 * simple-git refuses to run when the environment holds variables it considers risky (EDITOR, GIT_ASKPASS,
 * GIT_CONFIG_GLOBAL, GIT_SSH_COMMAND…). Those guard against untrusted arguments; ours are fixed by this
 * module and paths always follow `--` or go through update-index, while such variables are normal on
 * developer machines and runners (and GIT_CONFIG_COUNT is how the token travels). Argument checks stay on.
 */
const ENV_CATEGORIES_ALLOWED = {
    allowUnsafeAskPass: true,
    allowUnsafeConfigEnvCount: true,
    allowUnsafeConfigPaths: true,
    allowUnsafeDiffExternal: true,
    allowUnsafeEditor: true,
    allowUnsafeGitProxy: true,
    allowUnsafePager: true,
    allowUnsafeSshCommand: true,
    allowUnsafeTemplateDir: true,
};
/**
 * C locale: error classification reads git's English messages. No prompts: a bot must fail, not hang on a
 * username question. Literal pathspecs: a page called `*.md` or `:x` is a file name, not a pattern.
 */
const BASE_ENV = {
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_EDITOR: 'true',
};
/** How many paths go on one command line (keeps far below ARG_MAX on every platform). */
const PATH_CHUNK = 200;
class GitCommandError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS {
    command;
    output;
    constructor(command, output) {
        super(`git ${command} failed: ${output.trim() || '(no output)'}`);
        this.command = command;
        this.output = output;
    }
}
function ambientEnv() {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (v !== undefined)
            env[k] = v;
    return env;
}
async function runGit(cwd, args, extraEnv = {}, signal) {
    let git;
    try {
        git = (0,simple_git__WEBPACK_IMPORTED_MODULE_3__/* .simpleGit */ .Lp)({
            baseDir: cwd,
            ...(signal ? { abort: signal } : {}),
            trimmed: false,
            unsafe: ENV_CATEGORIES_ALLOWED,
            // Any non-zero exit is a failure, with stdout included: rebase reports conflicts on stdout.
            errors(error, result) {
                if (error)
                    return error;
                if (result.exitCode === 0)
                    return undefined;
                const out = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.concat([...result.stdOut, ...result.stdErr]);
                return out.length ? out : node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(`exit code ${result.exitCode}`);
            },
        }).env({ ...ambientEnv(), ...BASE_ENV, ...extraEnv });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(`cannot run git in ${cwd}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`));
    }
    try {
        return await git.raw(args);
    }
    catch (err) {
        throw new GitCommandError((0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(args.slice(0, 2).join(' ')), (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)));
    }
}
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function splitZ(text) {
    return text.split('\0').filter((s) => s.length > 0);
}
function identityEnv(who, committer = who) {
    return {
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
    };
}
/**
 * Environment that makes one git process send `Authorization: basic base64(x-access-token:<token>)`.
 * The header key is scoped to the remote's origin (as actions/checkout does), and first reset with an empty
 * value so a credential persisted by actions/checkout for the same origin is replaced, not sent twice.
 */
function tokenEnv(token, remoteUrl, ambient = ambientEnv()) {
    const basic = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(token);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(token, 'utf8').toString('base64'));
    (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(basic);
    let key = 'http.extraheader';
    if (remoteUrl) {
        try {
            const u = new URL(remoteUrl);
            if (u.protocol === 'http:' || u.protocol === 'https:')
                key = `http.${u.protocol}//${u.host}/.extraheader`;
        }
        catch {
            // not a URL (a path or scp-like ssh address): the header is irrelevant there, keep the generic key
        }
    }
    // Append after any GIT_CONFIG_* entries the environment already carries instead of clobbering them.
    const start = Number.parseInt(ambient.GIT_CONFIG_COUNT ?? '0', 10) || 0;
    return {
        GIT_CONFIG_COUNT: String(start + 2),
        [`GIT_CONFIG_KEY_${start}`]: key,
        [`GIT_CONFIG_VALUE_${start}`]: '',
        [`GIT_CONFIG_KEY_${start + 1}`]: key,
        [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${basic}`,
    };
}
/** `[rejected] … (fetch first | non-fast-forward)`: the remote branch moved; `[remote rejected]` is a hook's no. */
function isRejectedBecauseRemoteMoved(message) {
    return /\[rejected\]/.test(message) && /fetch first|non-fast-forward|stale info/.test(message);
}
/** Failures that another attempt cannot fix. */
function isPermanentPushFailure(message) {
    return /Authentication failed|could not read Username|terminal prompts disabled|returned error: 40[134]|Permission denied|Repository not found|does not appear to be a git repository|\[remote rejected\]|protected branch/i.test(message);
}
function firstLines(text, max = 6) {
    const lines = text
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l.trim().length > 0);
    return lines.slice(0, max).join('\n') + (lines.length > max ? `\n… (${lines.length - max} more lines)` : '');
}
class RebaseConflict extends Error {
    files;
    output;
    constructor(files, output) {
        super(`rebase conflict in ${files.join(', ') || '(unknown files)'}`);
        this.files = files;
        this.output = output;
    }
}
class SimpleGitRepo {
    root;
    logger;
    signal;
    layout;
    constructor(root, logger, signal) {
        this.root = root;
        this.logger = logger;
        this.signal = signal;
    }
    git(args, env, cwd = this.root) {
        this.logger.debug(`git ${args.join(' ')}${cwd === this.root ? '' : ` (in ${cwd})`}`);
        return runGit(cwd, args, env, this.signal);
    }
    withSignal(signal) {
        return new SimpleGitRepo(this.root, this.logger, signal);
    }
    async isDetached() {
        try {
            await this.git(['symbolic-ref', '--quiet', 'HEAD']);
            return false;
        }
        catch (err) {
            if (err instanceof GitCommandError && /exit code 1$/.test(err.output.trim()))
                return true;
            throw err;
        }
    }
    async hasRemote(remote) {
        const names = (await this.git(['remote'])).split('\n').map((l) => l.trim());
        if (names.includes(remote))
            return true;
        // A URL or path given directly as the remote.
        return /^[a-z][a-z0-9+.-]*:\/\/|^[^:]+@[^:]+:|^\/|^\./i.test(remote);
    }
    /** `refs/remotes/<remote>/<branch>` (branch: the current one) when it exists locally, else undefined. */
    async remoteTrackingRef(remote, branch) {
        const name = branch || (await this.currentBranch());
        const ref = `refs/remotes/${remote}/${name}`;
        try {
            await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
            return ref;
        }
        catch {
            return undefined;
        }
    }
    async unpushedCommits(remote, branch) {
        if (!(await this.headSha()))
            return [];
        const ref = await this.remoteTrackingRef(remote, branch);
        if (!ref)
            return undefined;
        const out = await this.git(['log', '--reverse', '--format=%H%x00%ae', `${ref}..HEAD`]);
        return out
            .split('\n')
            .filter(Boolean)
            .map((l) => {
            const [sha, authorEmail] = l.split('\0');
            return { sha: sha, authorEmail: authorEmail ?? '' };
        });
    }
    async commitInfo(sha) {
        const [parents, authorEmail] = (await this.git(['log', '-1', '--format=%P%x00%ae', sha])).trim().split('\0');
        const parent = parents?.split(' ')[0];
        return { ...(parent ? { parent } : {}), authorEmail: authorEmail ?? '' };
    }
    async firstCommitAfter(base) {
        const out = await this.git(['rev-list', '--reverse', '--first-parent', `${base}..HEAD`]);
        return out.split('\n').find(Boolean);
    }
    async resetStaleIndex(paths) {
        const head = await this.headSha();
        if (!head || !paths.length)
            return [];
        const { top } = await this.paths();
        const specs = await Promise.all(paths.map((p) => this.toRepoPath(p)));
        const staged = splitZ(await this.git(['diff', '--cached', '--name-only', '-z', '--no-renames', head, '--', ...specs], {}, top));
        if (!staged.length)
            return [];
        // HEAD's blob of each staged path against the working file's hash (a path the index lost is
        // invisible to `git diff HEAD`, so compare hashes directly).
        const headBlobs = new Map();
        for (const rec of splitZ(await this.git(['ls-tree', '-z', head, '--', ...staged], {}, top))) {
            const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(rec);
            if (m)
                headBlobs.set(m[2], m[1]);
        }
        const present = [];
        for (const f of staged)
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(top, f)).then((st) => st.isFile(), () => false))
                present.push(f);
        const worktreeBlobs = new Map();
        if (present.length) {
            const hashes = (await this.git(['hash-object', '--', ...present], {}, top)).trim().split('\n');
            present.forEach((f, i) => worktreeBlobs.set(f, hashes[i] ?? ''));
        }
        const stale = staged.filter((f) => headBlobs.get(f) === worktreeBlobs.get(f));
        for (const part of chunks(stale, PATH_CHUNK))
            await this.git(['reset', '-q', head, '--', ...part], {}, top);
        return Promise.all(stale.map((f) => this.toRootPath(f)));
    }
    async undoCommit(sha, parent, files) {
        const { top } = await this.paths();
        await this.git(['update-ref', '-m', 'wiki-daily: undo a commit that could not be pushed', 'HEAD', parent, sha], {}, top);
        const specs = await Promise.all(files.map((f) => this.toRepoPath(f)));
        for (const part of chunks(specs, PATH_CHUNK))
            await this.git(['reset', '-q', parent, '--', ...part], {}, top);
    }
    /** Top-level folder and the root's position inside it, so callers can give root-relative paths. */
    paths() {
        this.layout ??= (async () => {
            const [top, gitDir] = (await this.git(['rev-parse', '--show-toplevel', '--absolute-git-dir'])).trim().split('\n');
            if (!top || !gitDir)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(`${this.root}: cannot locate the repository top level and git folder`);
            const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(this.root);
            const realTop = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(top);
            const prefix = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(realTop, realRoot);
            return { top: realTop, gitDir, prefix, realRoot };
        })();
        // A failed lookup (not a repo yet) must not be cached forever.
        this.layout.catch(() => {
            this.layout = undefined;
        });
        return this.layout;
    }
    async toRepoPath(file) {
        const { prefix, realRoot } = await this.paths();
        let fromRoot;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(file)) {
            const direct = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(this.root), file);
            fromRoot = direct.startsWith('..') ? node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(realRoot, file) : direct;
        }
        else {
            fromRoot = node_path__WEBPACK_IMPORTED_MODULE_2___default().normalize(file);
        }
        const inRepo = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(prefix, fromRoot);
        if (!fromRoot || fromRoot === '.' || inRepo.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(inRepo)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(`${file}: not a file inside the repository at ${this.root}`);
        }
        return inRepo.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
    }
    async toRootPath(repoPath) {
        const { prefix } = await this.paths();
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(prefix, repoPath.split('/').join((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
    }
    async isRepo() {
        try {
            return (await this.git(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
        }
        catch {
            return false;
        }
    }
    async headSha() {
        try {
            const out = (await this.git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
            return out || undefined;
        }
        catch (err) {
            // An unborn branch (no commit yet) exits 1 without output; anything else is a real problem.
            if (err instanceof GitCommandError && /exit code 1$/.test(err.output.trim()))
                return undefined;
            throw err;
        }
    }
    async currentBranch() {
        try {
            return (await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim();
        }
        catch (err) {
            if (err instanceof GitCommandError && /exit code 1$/.test(err.output.trim())) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(`HEAD is detached in ${this.root}: no current branch (set git.branch)`);
            }
            throw err;
        }
    }
    async dirtyFiles() {
        // --branch: the `## branch` header makes the output never empty. simple-git waits 50 ms more for a
        // command that printed nothing (its completion plugin), and a clean tree is the usual case.
        const out = await this.git(['status', '--porcelain=v1', '--branch', '-z', '--untracked-files=all']);
        const fields = out.split('\0');
        const files = new Set();
        for (let i = 0; i < fields.length; i++) {
            const entry = fields[i];
            if (entry.length < 4 || entry.startsWith('## '))
                continue;
            const xy = entry.slice(0, 2);
            files.add(entry.slice(3));
            // Renames and copies carry the original path as the next field.
            if (xy.includes('R') || xy.includes('C')) {
                const from = fields[++i];
                if (from)
                    files.add(from);
            }
        }
        const rel = await Promise.all([...files].map((f) => this.toRootPath(f)));
        return rel.sort();
    }
    /** Refuse to write commits in the middle of a person's merge, rebase, cherry-pick or revert. */
    async assertNoOperationInProgress() {
        const { gitDir } = await this.paths();
        const markers = ['MERGE_HEAD', 'rebase-merge', 'rebase-apply', 'CHERRY_PICK_HEAD', 'REVERT_HEAD'];
        const found = [];
        for (const marker of markers) {
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, marker)).then(() => true, () => false))
                found.push(marker);
        }
        if (found.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(`a git operation is in progress in ${this.root} (${found.join(', ')}); finish or abort it before the bot commits`);
        }
    }
    async readHead(file) {
        const repoPath = await this.toRepoPath(file);
        const { top } = await this.paths();
        try {
            return await this.git(['show', `HEAD:${repoPath}`], {}, top);
        }
        catch {
            return undefined;
        }
    }
    async commitFiles(files, message, author, contents) {
        if (!message.trim())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS('commit message is empty');
        const paths = [...new Set(await Promise.all(files.map((f) => this.toRepoPath(f))))].sort();
        if (!paths.length)
            return { committed: false, files: [] };
        await this.assertNoOperationInProgress();
        const { top, gitDir } = await this.paths();
        const head = await this.headSha();
        // The temporary index lives in the git folder, not the system temp folder: a commit killed midway
        // leaves it where the next commit of this repository looks for it and removes it.
        for (const name of await removeStaleTempDirs(gitDir, TEMP_INDEX_PREFIX))
            this.logger.info(`removed a temporary git index a killed commit left behind: ${name}`);
        const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, TEMP_INDEX_PREFIX));
        try {
            const indexEnv = { GIT_INDEX_FILE: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tmp, 'index') };
            await this.git(head ? ['read-tree', head] : ['read-tree', '--empty'], indexEnv, top);
            // --remove records files that are gone; a path that neither exists nor is tracked is ignored.
            const explicit = new Map();
            for (const [file, text] of contents ?? [])
                explicit.set(await this.toRepoPath(file), text);
            const fromDisk = paths.filter((p) => !explicit.has(p));
            for (const part of chunks(fromDisk, PATH_CHUNK)) {
                await this.git(['update-index', '--add', '--remove', '--', ...part], indexEnv, top);
            }
            for (const [repoPath, text] of explicit) {
                if (!paths.includes(repoPath))
                    continue;
                if (text === null) {
                    await this.git(['update-index', '--force-remove', '--', repoPath], indexEnv, top);
                    continue;
                }
                const blobFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tmp, 'blob');
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(blobFile, text);
                const blob = (await this.git(['hash-object', '-w', `--path=${repoPath}`, blobFile], {}, top)).trim();
                const staged = (await this.git(['ls-files', '-s', '--', repoPath], indexEnv, top)).trim();
                const mode = /^(\d{6}) /.exec(staged)?.[1] ?? '100644';
                await this.git(['update-index', '--add', '--cacheinfo', `${mode},${blob},${repoPath}`], indexEnv, top);
            }
            const tree = (await this.git(['write-tree'], indexEnv, top)).trim();
            const changed = head
                ? splitZ(await this.git(['diff-tree', '-r', '-z', '--no-renames', '--name-only', head, tree], {}, top))
                : splitZ(await this.git(['ls-tree', '-r', '-z', '--name-only', tree], {}, top));
            if (!changed.length) {
                this.logger.info(`nothing to commit: ${paths.length} file(s) unchanged against HEAD`);
                return { committed: false, files: [] };
            }
            const sha = (await this.git(['commit-tree', tree, ...(head ? ['-p', head] : []), '-m', message], identityEnv(author), top)).trim();
            (0,_faults_js__WEBPACK_IMPORTED_MODULE_8__/* .crashPoint */ .u)('commit-before-ref');
            // The old value makes this fail instead of overwriting a commit someone made in the meantime.
            await this.git(['update-ref', '-m', `wiki-daily: ${message.split('\n')[0]}`, 'HEAD', sha, head ?? ''], {}, top);
            (0,_faults_js__WEBPACK_IMPORTED_MODULE_8__/* .crashPoint */ .u)('commit-after-ref');
            // Bring the real index in line for just these paths, so they do not show as staged reversals.
            try {
                for (const part of chunks(changed, PATH_CHUNK)) {
                    await this.git(['reset', '-q', sha, '--', ...part], {}, top);
                }
            }
            catch (err) {
                this.logger.warn(`committed ${sha.slice(0, 7)} but could not refresh the index for its files (run \`git reset -q -- <files>\`): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`);
            }
            const rootFiles = await Promise.all(changed.map((f) => this.toRootPath(f)));
            this.logger.info(`committed ${sha.slice(0, 7)} (${changed.length} file(s)): ${message.split('\n')[0]}`);
            return { committed: true, sha, files: rootFiles };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
        }
    }
    async remoteUrl(remote) {
        try {
            return (await this.git(['remote', 'get-url', remote])).trim() || undefined;
        }
        catch {
            // `remote` may be a URL or path given directly
            return remote;
        }
    }
    async push(opts) {
        const clock = opts.clock ?? _time_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .ml;
        const maxAttempts = Math.max(1, Math.floor(opts.attempts || 3));
        const branch = opts.branch || (await this.currentBranch());
        const remote = opts.remote;
        const authEnv = opts.token ? tokenEnv(opts.token, await this.remoteUrl(remote)) : {};
        const trackingRef = /^[A-Za-z0-9._-]+$/.test(remote) ? `refs/remotes/${remote}/${branch}` : undefined;
        const { top } = await this.paths();
        const head = await this.headSha();
        if (!head)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(`nothing to push: ${this.root} has no commit yet`);
        let sha = head;
        let rebased = false;
        /** The remote moved under us: fetch and rebase onto it before the next attempt. Returns the error, if any. */
        const catchUp = async () => {
            try {
                const fetchSpec = trackingRef ? `+refs/heads/${branch}:${trackingRef}` : `refs/heads/${branch}`;
                await this.git(['fetch', '--no-tags', remote, fetchSpec], authEnv, top);
                const upstream = trackingRef ?? (await this.git(['rev-parse', 'FETCH_HEAD'], {}, top)).trim();
                const newHead = await this.rebaseOnto(sha, upstream, `${remote}/${branch}`);
                if (newHead !== sha)
                    rebased = true;
                sha = newHead;
            }
            catch (err) {
                const error = err instanceof RebaseConflict
                    ? (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(`cannot push: our commit(s) conflict with new commits on ${remote}/${branch} in ${err.files.join(', ') || '(unknown files)'}; ` +
                        `the rebase was aborted and HEAD, index and working tree are as before (local commit ${sha.slice(0, 7)} kept). ` +
                        `Resolve by hand: git pull --rebase ${remote} ${branch}`)
                    : (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(`cannot push to ${remote}/${branch}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`);
                this.logger.error(error);
                return error;
            }
            return undefined;
        };
        const outcome = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .retry */ .L5)(async (attempt) => {
            try {
                await this.git(['push', remote, `HEAD:refs/heads/${branch}`], authEnv, top);
            }
            catch (err) {
                const msg = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err);
                const error = `push to ${remote}/${branch} failed (attempt ${attempt} of ${maxAttempts}): ${firstLines(msg)}`;
                if (!isRejectedBecauseRemoteMoved(msg)) {
                    this.logger.warn(error);
                    return { ok: false, failure: { error, logged: false }, retryable: !isPermanentPushFailure(msg) };
                }
                if (attempt < maxAttempts) {
                    this.logger.warn(`push attempt ${attempt} rejected: ${remote}/${branch} has new commits; fetching and rebasing`);
                    const caughtUp = await catchUp();
                    if (caughtUp)
                        return { ok: false, failure: { error: caughtUp, logged: true }, retryable: false };
                }
                return { ok: false, failure: { error, logged: false }, retryable: true };
            }
            this.logger.info(`pushed ${sha.slice(0, 7)} to ${remote}/${branch} (attempt ${attempt}${rebased ? ', after rebase' : ''})`);
            return { ok: true, value: true };
        }, { attempts: maxAttempts, baseDelayMs: 1000, maxDelayMs: 30_000, clock, ...(opts.random ? { random: opts.random } : {}) });
        if (outcome.ok)
            return { pushed: true, attempts: outcome.attempts, rebased, sha };
        const error = outcome.failure.logged ? outcome.failure.error : (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(outcome.failure.error);
        if (!outcome.failure.logged)
            this.logger.error(error);
        return { pushed: false, attempts: outcome.attempts, rebased, error };
    }
    /**
     * Replay HEAD's commits onto `upstream` in a temporary detached worktree (clean by construction, so no
     * stash is needed), then move this checkout to the result while keeping local edits. Throws
     * RebaseConflict (after `rebase --abort`) or GitError; in both cases HEAD, index and tree are untouched.
     */
    async rebaseOnto(oldHead, upstream, label) {
        await this.assertNoOperationInProgress();
        const { top, gitDir } = await this.paths();
        const committerLine = (await this.git(['log', '-1', '--format=%cn%x00%ce', oldHead], {}, top)).trim();
        const [cName, cEmail] = committerLine.split('\0');
        const committer = { GIT_COMMITTER_NAME: cName || 'wiki-daily', GIT_COMMITTER_EMAIL: cEmail || 'wiki-daily@localhost' };
        // Like the temporary index: in the git folder, where the next push finds what a killed one left.
        const stale = await removeStaleTempDirs(gitDir, TEMP_REBASE_PREFIX);
        if (stale.length) {
            await this.git(['worktree', 'prune'], {}, top).catch(() => undefined);
            for (const name of stale)
                this.logger.info(`removed a temporary rebase worktree a killed push left behind: ${name}`);
        }
        const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, TEMP_REBASE_PREFIX));
        const wt = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tmp, 'worktree');
        let newHead;
        try {
            await this.git(['worktree', 'add', '--detach', '--quiet', wt, oldHead], {}, top);
            try {
                await this.git(['rebase', '--quiet', upstream], committer, wt);
            }
            catch (err) {
                let files = [];
                try {
                    files = splitZ(await this.git(['diff', '--name-only', '-z', '--diff-filter=U'], {}, wt));
                }
                finally {
                    await this.git(['rebase', '--abort'], {}, wt).catch((abortErr) => this.logger.warn(`rebase --abort in ${wt} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(abortErr)}`));
                }
                if (files.length)
                    throw new RebaseConflict(files, (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err));
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(`rebase onto ${label} failed: ${firstLines((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err))}`);
            }
            newHead = (await this.git(['rev-parse', 'HEAD'], {}, wt)).trim();
        }
        finally {
            await this.git(['worktree', 'remove', '--force', wt], {}, top).catch((err) => this.logger.warn(`could not remove temporary worktree ${wt}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}`));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
            await this.git(['worktree', 'prune'], {}, top).catch(() => undefined);
        }
        if (newHead === oldHead)
            return oldHead;
        // Stat-only differences would otherwise make read-tree think files are locally modified.
        await this.git(['update-index', '-q', '--refresh'], {}, top).catch(() => undefined);
        try {
            await this.git(['read-tree', '-m', '-u', oldHead, newHead], {}, top);
        }
        catch (err) {
            const msg = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err);
            const files = [...msg.matchAll(/Entry '([^']+)'|^\s+(\S.*)$/gm)].map((m) => m[1] ?? m[2]).filter(Boolean);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(`${label} changed files that have uncommitted local edits${files.length ? ` (${[...new Set(files)].join(', ')})` : ''}; ` +
                `nothing was changed locally. Commit or stash those edits, then push again. git said: ${firstLines(msg)}`);
        }
        await this.git(['update-ref', '-m', `wiki-daily: rebase onto ${label}`, 'HEAD', newHead, oldHead], {}, top);
        this.logger.info(`rebased ${oldHead.slice(0, 7)} onto ${label}: now ${newHead.slice(0, 7)}`);
        return newHead;
    }
    async aheadBehind(remote, branch) {
        const ref = await this.remoteTrackingRef(remote, branch);
        if (!ref)
            return undefined;
        const out = (await this.git(['rev-list', '--left-right', '--count', `HEAD...${ref}`])).trim();
        const [ahead, behind] = out.split(/\s+/).map((n) => Number.parseInt(n, 10));
        if (ahead === undefined || behind === undefined || Number.isNaN(ahead) || Number.isNaN(behind)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(`unexpected rev-list output for HEAD...${ref}: ${out}`);
        }
        return { ahead, behind };
    }
}
const TEMP_INDEX_PREFIX = 'wiki-daily-index-';
const TEMP_REBASE_PREFIX = 'wiki-daily-rebase-';
/** Older than this, a temporary folder belongs to no running commit or push (they take seconds). */
const STALE_TEMP_INDEX_MS = 10 * 60_000;
/** Remove the temporary `prefix` folders in `gitDir` older than STALE_TEMP_INDEX_MS; returns their names. */
async function removeStaleTempDirs(gitDir, prefix, nowMs = Date.now()) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(gitDir, { withFileTypes: true });
    const removed = [];
    for (const e of entries) {
        if (!e.isDirectory() || !e.name.startsWith(prefix))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, e.name);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir).catch(() => undefined);
        if (!st || nowMs - st.mtimeMs < STALE_TEMP_INDEX_MS)
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        removed.push(e.name);
    }
    return removed;
}
function openRepo(root, logger) {
    return new SimpleGitRepo(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root), logger);
}


/***/ })

};
