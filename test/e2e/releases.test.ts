// The clerk's releases, through the real commands: `npm run release` appends a release only when the
// data changed and never rewrites one; the build publishes the latest release, stops on a chain that
// was tampered with, naming the file, and builds a folder changed since its release only as a preview.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/build-site.ts';
import { fixtureCopy } from '../support/data-folder.ts';
import { testTempDir } from '../support/temp-tree.ts';

const release = (data: string, note: string) => runScript('release', ['--data', data, '--note', note]);
const build = (data: string, ...args: string[]) => {
  const out = join(testTempDir('site-'), 'dist');
  return { run: runScript('build', ['--data', data, '--out', out, ...args]), out };
};
/** The register fixture's first platform's phone, changed in place. */
function correctPhone(data: string): void {
  const file = join(data, 'platforms.csv');
  const text = readFileSync(file, 'utf8');
  const phone = /0\d{2,3}-\d{7,8}/.exec(text)?.[0];
  if (!phone) throw new Error('the fixture has no phone number to correct');
  writeFileSync(file, text.replace(phone, `${phone.slice(0, -1)}${phone.endsWith('9') ? '0' : '9'}`));
}

describe('releases', () => {
  it('are appended when the data changed, and refused when nothing did, leaving the files as they were', () => {
    const data = fixtureCopy();
    expect(release(data, '首次发布').status).toBe(0);
    const first = readFileSync(join(data, 'releases', '0001.json'));
    const again = release(data, '重复');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Nothing changed since release 1 (0001.json)');
    correctPhone(data);
    expect(release(data, '更正电话').status).toBe(0);
    expect(readdirSync(join(data, 'releases'))).toEqual(['0001.json', '0002.json']);
    expect(readFileSync(join(data, 'releases', '0001.json'))).toEqual(first);
    const second = JSON.parse(readFileSync(join(data, 'releases', '0002.json'), 'utf8')) as { release: number; note: string; previous: string };
    expect(second).toMatchObject({ release: 2, note: '更正电话' });
    expect(second.previous).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stop the build when an earlier release file was edited by one byte, naming it', () => {
    const data = fixtureCopy();
    release(data, '首次发布');
    correctPhone(data);
    release(data, '更正电话');
    const file = join(data, 'releases', '0001.json');
    const bytes = readFileSync(file);
    const at = bytes.indexOf('"name":"') + 8;
    bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41; // One byte of a name, still valid JSON.
    writeFileSync(file, bytes);
    const { run } = build(data);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/releases\/0001\.json[\s\S]*0001\.json 在第 2 版发布后被改动/);
    expect(run.stderr).toContain('0001.json was changed after release 2 was made');
  });

  it('publish the latest release; a folder changed since is refused, or built with --preview as a preview on every page', () => {
    const data = fixtureCopy();
    release(data, '首次发布');
    const published = build(data);
    expect(published.run.status).toBe(0);
    expect(readFileSync(join(published.out, 'index.html'), 'utf8')).not.toContain('data-preview');
    correctPhone(data);
    const refused = build(data);
    expect(refused.run.status).toBe(1);
    expect(refused.run.stderr).toContain('The data changed since release 1 (0001.json)');
    const preview = build(data, '--preview');
    expect(preview.run.status).toBe(0);
    for (const page of ['index.html', 'platforms/index.html', 'notices/index.html', '404.html']) {
      expect(readFileSync(join(preview.out, page), 'utf8'), page).toContain('预览：本页的数据自第 1 版发布以来已有改动');
    }
  });
});
