import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../../test/support/temp-tree.ts';
import { policyInPage, policyOfPageFile } from './page-policies.ts';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' &#39;sha256-abc=&#39;">`;

describe('policyOfPageFile', () => {
  it('reads the policy a page sets in its head, entities decoded', () => {
    expect(policyInPage(`<head>${meta}</head>`)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(policyInPage('<head></head>')).toBeNull();
  });

  it('finds it past the first 8 KB too, and gives null for a page without one', () => {
    const folder = tempTree({ 'short.html': `<head>${meta}</head>`, 'long.html': `<head><title>${'长'.repeat(4000)}</title>${meta}</head>`, 'none.html': '<p>x</p>'.repeat(2000) });
    expect(policyOfPageFile(join(folder, 'short.html'))).toContain('sha256-abc=');
    expect(policyOfPageFile(join(folder, 'long.html'))).toContain('sha256-abc=');
    expect(policyOfPageFile(join(folder, 'none.html'))).toBeNull();
  });
});
