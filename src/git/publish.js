export function botIdentity(config) {
    return { name: config.git.authorName, email: config.git.authorEmail };
}
export function pushOptionsFor(config, token, clock) {
    return {
        remote: config.git.remote,
        ...(config.git.branch ? { branch: config.git.branch } : {}),
        attempts: config.git.pushAttempts,
        ...(token ? { token } : {}),
        clock,
    };
}
/** Commit exactly `files` as the bot and, when `push` is set, push the commit. Never pushes a no-op. */
export async function commitAndPush(repo, files, message, config, opts) {
    const commit = await repo.commitFiles([...files], message, botIdentity(config));
    const out = { committed: commit.committed, ...(commit.sha ? { sha: commit.sha } : {}) };
    if (!commit.committed || !opts.push)
        return out;
    out.push = await repo.push(pushOptionsFor(config, opts.token, opts.clock));
    if (out.push.sha)
        out.sha = out.push.sha;
    return out;
}
