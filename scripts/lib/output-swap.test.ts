import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../../test/support/temp-tree.ts';
import { until } from '../../test/support/waiting.ts';
import { prepareOutputSwap } from './output-swap.ts';

// 2147483646 is no process here: Linux gives out ids up to 4,194,304 at most.
const GONE = 2147483646;

describe('prepareOutputSwap', () => {
  it('stages beside the output folder and swaps the new site in only on commit', async () => {
    const parent = tempTree({ 'site/index.html': 'old' });
    const swap = prepareOutputSwap(join(parent, 'site'));
    expect(swap.staging).toBe(join(parent, `.site.building-${process.pid}`));
    tempTreeInto(swap.staging, { 'index.html': 'new' });
    expect(readFileSync(join(parent, 'site', 'index.html'), 'utf8')).toBe('old');
    swap.commit();
    expect(readFileSync(join(parent, 'site', 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(swap.staging)).toBe(false);
    // The old site goes in the background, by a process of its own: wait for it.
    await until(() => readdirSync(parent).length === 1, 'the old site is removed', 30_000);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('leaves the output folder as it was when the build is discarded', () => {
    const parent = tempTree({ 'site/index.html': 'old' });
    const swap = prepareOutputSwap(join(parent, 'site'));
    tempTreeInto(swap.staging, { 'index.html': 'half' });
    swap.discard();
    expect(readFileSync(join(parent, 'site', 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(swap.staging)).toBe(false);
  });

  it('clears what a killed build staged, and leaves a running build’s staging alone', () => {
    const parent = tempTree({
      'site/index.html': 'old',
      [`.site.building-${GONE}/index.html`]: 'killed',
      [`.site.building-${process.ppid}/index.html`]: 'still running',
      '.other.building-1/index.html': 'another output folder’s',
    });
    prepareOutputSwap(join(parent, 'site'));
    expect(existsSync(join(parent, `.site.building-${GONE}`))).toBe(false);
    expect(existsSync(join(parent, `.site.building-${process.ppid}`))).toBe(true);
    expect(existsSync(join(parent, '.other.building-1'))).toBe(true);
  });

  it('puts the old site back where a build was killed between the swap’s two renames', () => {
    const parent = tempTree({ [`.site.previous-${GONE}/index.html`]: 'old' });
    prepareOutputSwap(join(parent, 'site'));
    expect(readFileSync(join(parent, 'site', 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(join(parent, `.site.previous-${GONE}`))).toBe(false);
  });

  it('finishes removing an old site whose remover died, and leaves a running removal alone', () => {
    const parent = tempTree({
      'site/index.html': 'new',
      [`.site.removing-${GONE}/index.html`]: 'half removed',
      [`.site.removing-${process.ppid}/index.html`]: 'being removed',
    });
    prepareOutputSwap(join(parent, 'site'));
    expect(existsSync(join(parent, `.site.removing-${GONE}`))).toBe(false);
    expect(existsSync(join(parent, `.site.removing-${process.ppid}`))).toBe(true);
  });

  it('removes an old site left beside a newer one', () => {
    const parent = tempTree({ 'site/index.html': 'new', [`.site.previous-${GONE}/index.html`]: 'old' });
    prepareOutputSwap(join(parent, 'site'));
    expect(readFileSync(join(parent, 'site', 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(parent, `.site.previous-${GONE}`))).toBe(false);
  });
});


function tempTreeInto(folder: string, files: Record<string, string>): void {
  const source = tempTree(files);
  cpSync(source, folder, { recursive: true });
}
