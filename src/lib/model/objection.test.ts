import { describe, expect, it } from 'vitest';
import { objectionView, type ObjectionInput } from './objection.ts';

const weihai: ObjectionInput = {
  state: 'open',
  notice: { contact: '电话 0631-5550201，邮箱 weihai-notice@example.org' },
  period: { endsOn: '2026-06-18', endsOnProvisional: false },
  jurisdiction: { authority: '威海市工业和信息化局', phone: '0631-5550000', address: '威海市环翠区测试路100号' },
  rules: {
    id: 'weihai',
    extra: { objection_effect: { value: '评审合格、经公示无异议的平台，方授予称号', cite: ['21'], note: null } },
  },
};

describe('objectionView', () => {
  it('gives the last day with its weekday, the notice’s own contact and what the rules say of objections', () => {
    expect(objectionView(weihai)).toEqual({
      until: '2026-06-18',
      untilWeekday: '星期四',
      untilTime: null,
      untilProvisional: false,
      contact: { from: 'notice', text: '电话 0631-5550201，邮箱 weihai-notice@example.org' },
      effect: { text: '评审合格、经公示无异议的平台，方授予称号', rulesId: 'weihai', cite: ['21'] },
      requirements: null,
    });
  });

  it('gives the hour where the notice gives one', () => {
    expect(objectionView({ ...weihai, notice: { ...weihai.notice, ends_time: '17:30' } })?.untilTime).toBe('17:30');
  });

  it('falls back to the authority’s phone and address when the notice names no contact', () => {
    expect(objectionView({ ...weihai, notice: {} })?.contact).toEqual({ from: 'authority', authority: '威海市工业和信息化局', phone: '0631-5550000', address: '威海市环翠区测试路100号' });
    expect(objectionView({ ...weihai, notice: {}, jurisdiction: { authority: '阳江市工业和信息化局' } })?.contact).toEqual({ from: 'authority', authority: '阳江市工业和信息化局', phone: null, address: null });
  });

  it('says what an objection must contain only where the rules say it, citing them', () => {
    const rules = { id: 'ceshi', extra: { objection_requirements: { value: '须实名书面提出，写明理由并附证明材料', cite: ['9'], note: null } } };
    expect(objectionView({ ...weihai, rules })).toMatchObject({ effect: null, requirements: { text: '须实名书面提出，写明理由并附证明材料', rulesId: 'ceshi', cite: ['9'] } });
    expect(objectionView({ ...weihai, rules: { id: 'linfen', extra: {} } })).toMatchObject({ effect: null, requirements: null });
  });

  it('shows the box before and during the period, not after it', () => {
    expect(objectionView({ ...weihai, state: 'upcoming' })).not.toBeNull();
    expect(objectionView({ ...weihai, state: 'closed' })).toBeNull();
  });
});
