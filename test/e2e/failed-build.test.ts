// A build of broken data says what is wrong and leaves the previous site exactly as it was.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildFixtureSite, privateCopy, PROJECT_ROOT, runScript } from '../support/build-site.ts';
import { appendLines, fixtureCopy } from '../support/data-folder.ts';
import { treeDigest } from '../support/tree-digest.ts';

describe('a failed build', () => {
  const outDir = privateCopy(buildFixtureSite('register'));
  const before = treeDigest(outDir);

  it('names file, line, field and value in both languages, exits non-zero, and writes nothing', () => {
    const broken = fixtureCopy({
      'revocations.csv': appendLines('fx-bad,fx-weihai-active,revoked,2024-12-31,weihai#24,测试,,,'),
    });
    const run = runScript('build', ['--data', broken, '--out', outDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(broken, 'revocations.csv')}，第 6 行，字段 decided_on 值 value "2024-12-31"`);
    expect(run.stderr).toContain('决定日期早于该平台的认定日期 2025-01-10');
    expect(run.stderr).toContain('line 6, field decided_on: decided before the platform was recognised on 2025-01-10');
    expect(run.stderr).toContain('Nothing was written.');
    expect(treeDigest(outDir)).toBe(before);
  });

  it('leaves the previous site whole when the environment is wrong too', () => {
    const run = runScript('build', ['--data', fixtureCopy(), '--out', outDir], { SITE_AS_OF: 'not-a-date' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SITE_AS_OF should be a real date as YYYY-MM-DD');
    expect(treeDigest(outDir)).toBe(before);
  });

  it('leaves the previous site whole when one of two render processes fails', () => {
    const failing = join(PROJECT_ROOT, 'test', 'support', 'fail-second-render-share.mjs');
    const run = runScript('build', ['--data', fixtureCopy(), '--out', outDir, '--render-processes', '2'], { NODE_OPTIONS: `--import=${failing}` });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('injected failure of render process 2 of 2');
    expect(run.stderr).toContain('render process 2 of 2 ended with exit code 70');
    expect(run.stderr).toContain(`The build failed; ${outDir} was left as it was.`);
    expect(treeDigest(outDir)).toBe(before);
  });

  it('validates the same data with npm run validate, naming the folder as given', () => {
    const run = runScript('validate', ['--data', 'test/fixtures/register']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ test/fixtures/register：数据有效。');
  });
});
