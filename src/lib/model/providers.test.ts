import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSite } from '../load-site.ts';
import { fixturePath, PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { providersOf } from './providers.ts';

const { model } = loadSite({ dataDir: fixturePath('register'), contentDir: join(PROJECT_ROOT, 'content') });

describe('providersOf', () => {
  it('finds every platform offering a function, under any local name, holders first', () => {
    const training = providersOf(model!.platforms, 'training');
    expect(training.map((provider) => [provider.platform.record.id, provider.platform.status, provider.localNames])).toEqual([
      ['fx-weihai-active', 'active', ['培训服务']],
      ['fx-yangjiang-comprehensive', 'active', ['培训服务']],
      ['fx-chengdu-suspended', 'suspended', ['人员培训']],
    ]);
  });

  it('lists a Chengdu 咨询服务 platform under 咨询服务 only: that its rules count financing there (第五条（二）) is no claim it offers financing', () => {
    expect(providersOf(model!.platforms, 'consulting', 'chengdu').map((provider) => provider.platform.record.id)).toEqual(['fx-chengdu-reinstated']);
    expect(providersOf(model!.platforms, 'financing', 'chengdu')).toEqual([]);
  });

  it('keeps to one jurisdiction when asked', () => {
    expect(providersOf(model!.platforms, 'training', 'chengdu').map((provider) => provider.platform.record.id)).toEqual(['fx-chengdu-suspended']);
    expect(providersOf(model!.platforms, 'legal').map((provider) => provider.localNames)).toEqual([[]]);
  });
});
