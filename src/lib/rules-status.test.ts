import { describe, expect, it } from 'vitest';
import { STATUS_MARKS, statusCaveat } from './rules-status.ts';

describe('statusCaveat', () => {
  it('says where the draft applies and that what follows rests on it', () => {
    expect(statusCaveat('draft', 'platform')).toEqual({ label: '征求意见稿', text: '本平台所在地区的认定办法尚为征求意见稿，以下依据按该稿列出' });
    expect(statusCaveat('draft', 'notice')?.text).toBe('本公示所在地区的认定办法尚为征求意见稿，以下依据按该稿列出');
    expect(statusCaveat('draft', 'jurisdiction')?.text).toBe('本地区的认定办法尚为征求意见稿，以下依据按该稿列出');
    expect(statusCaveat('draft', 'check')?.text).toBe('该地区的认定办法尚为征求意见稿，以下结论按该稿核对');
  });

  it('says of a document whose text does not settle its validity that it cannot be told (Yangjiang 第二十一条: 有效期五年, no date)', () => {
    expect(statusCaveat('unknown', 'platform')).toEqual({ label: '效力无法确定', text: '本平台所在地区的认定办法是否仍然有效无法据其文本确定，以下依据按该办法列出' });
    expect(statusCaveat('unknown', 'check')?.text).toBe('该地区的认定办法是否仍然有效无法据其文本确定，以下结论按该办法核对');
  });

  it('says nothing for rules in force, and marks every other status', () => {
    expect(statusCaveat('in_force', 'platform')).toBeNull();
    expect(STATUS_MARKS.in_force).toBeNull();
    expect(Object.entries(STATUS_MARKS).filter(([status, mark]) => status !== 'in_force' && mark === null)).toEqual([]);
  });
});
