/**
 * Annotations describing the workflow run, from @actions/github's context. Loaded lazily: the
 * package brings Octokit, which the steps do not need otherwise (cold start matters).
 */
export async function githubAnnotations(): Promise<Record<string, string>> {
  const { context } = await import('@actions/github');
  const repo = `${context.repo.owner}/${context.repo.repo}`;
  return {
    'github.com/repository': repo,
    'github.com/sha': context.sha,
    'github.com/ref': context.ref,
    'github.com/workflow': context.workflow,
    'github.com/run': `${context.serverUrl}/${repo}/actions/runs/${context.runId}`,
  };
}
