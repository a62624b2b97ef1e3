import { describe, expect, it } from 'vitest';
import { draftRulesNote } from './draft-rules.ts';

describe('draftRulesNote', () => {
  it('says where the draft applies and that what follows rests on it', () => {
    expect(draftRulesNote('platform')).toBe('本平台所在地区的认定办法尚为征求意见稿，以下依据按该稿列出');
    expect(draftRulesNote('notice')).toBe('本公示所在地区的认定办法尚为征求意见稿，以下依据按该稿列出');
    expect(draftRulesNote('jurisdiction')).toBe('本地区的认定办法尚为征求意见稿，以下依据按该稿列出');
    expect(draftRulesNote('check')).toBe('该地区的认定办法尚为征求意见稿，以下结论按该稿核对');
  });
});
