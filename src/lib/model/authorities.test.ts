import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../contract/tables.ts';
import { issuingAuthorities } from './authorities.ts';
import type { JurisdictionView } from './site-model.ts';

const view = (record: Partial<Jurisdiction> & Pick<Jurisdiction, 'id' | 'name' | 'authority'>) =>
  ({ record: { level: 'city', rules: record.id, ...record } }) as unknown as JurisdictionView;

describe('issuingAuthorities', () => {
  it('names each authority once, with the jurisdictions it serves and its phone', () => {
    expect(
      issuingAuthorities([
        view({ id: 'weihai', name: '威海市', authority: '威海市工业和信息化局', phone: '0631-5550000' }),
        view({ id: 'chengdu', name: '成都市', authority: '成都市经济和信息化局' }),
        view({ id: 'wendeng', name: '文登区', authority: '威海市工业和信息化局' }),
      ]),
    ).toEqual([
      { name: '威海市工业和信息化局', jurisdictions: [{ id: 'weihai', name: '威海市' }, { id: 'wendeng', name: '文登区' }], phone: '0631-5550000' },
      { name: '成都市经济和信息化局', jurisdictions: [{ id: 'chengdu', name: '成都市' }], phone: null },
    ]);
  });
});
