/** Addresses on GitHub of this repository and of this workflow run, from the runner's environment. */
/** `https://github.com/owner/repo` on Actions; undefined elsewhere. */
export function repoUrlFrom(env) {
    return env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
}
/** `…/actions/runs/<id>` of the current workflow run; undefined outside Actions. */
export function runUrlFrom(env) {
    const repo = repoUrlFrom(env);
    return repo && env.GITHUB_RUN_ID ? `${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
}
