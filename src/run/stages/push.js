/** Push with fetch/rebase/retry; a git failure is a result (pushed: false), not a throw. */
import { errorMessage, GitError } from '../../errors.js';
import { pushOptionsFor } from '../../git/publish.js';
export async function pushRun(ctx, repo) {
    const { settings, config, clock } = ctx;
    try {
        return await repo.push(pushOptionsFor(config, settings.token, clock));
    }
    catch (err) {
        if (err instanceof GitError)
            return { pushed: false, attempts: 1, rebased: false, error: errorMessage(err) };
        throw err;
    }
}
