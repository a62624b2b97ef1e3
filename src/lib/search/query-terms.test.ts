import { describe, expect, it } from 'vitest';
import { hanToken, reversedCode } from './ngrams.ts';
import { hasCodePieces, searchAttempts, searchTerms } from './query-terms.ts';

const pairs = (...list: string[]) => list.map(hanToken).join(' ');

describe('searchTerms', () => {
  it('turns a run of Chinese characters into the tokens of its overlapping pairs', () => {
    expect(searchTerms('技服务')).toBe(pairs('技服', '服务'));
    expect(searchTerms('海岳示例信')).toBe(pairs('海岳', '岳示', '示例', '例信'));
    expect(searchTerms('海岳')).toBe(pairs('海岳'));
  });

  it('turns a single Chinese character into its own token, and keeps codes and Latin words as they are', () => {
    expect(searchTerms('海')).toBe(hanToken('海'));
    expect(searchTerms('9137100235100365X7')).toBe('9137100235100365X7');
  });

  it('splits at punctuation and spaces, full-width ones included', () => {
    expect(searchTerms('服务平台（示')).toBe(`${pairs('服务', '务平', '平台')} ${hanToken('示')}`);
    expect(searchTerms('威海　培训')).toBe(pairs('威海', '培训'));
  });

  it('reads a part that mixes Chinese with letters or digits run by run, as the records hold it', () => {
    expect(searchTerms('5G创新')).toBe(`5G ${pairs('创新')}`);
    expect(searchTerms('3D打印服务')).toBe(`3D ${pairs('打印', '印服', '服务')}`);
    expect(searchTerms('第2研究院')).toBe(`${hanToken('第')} 2 ${pairs('研究', '究院')}`);
  });

  it('reads full-width letters and digits as ASCII', () => {
    expect(searchTerms('ＭＡ０１２３')).toBe('MA0123');
  });
});

describe('searchAttempts', () => {
  it('tries a piece of a code as typed, then as the code’s ending', () => {
    expect(searchAttempts('0235100365x7')).toEqual([
      { terms: '0235100365x7', codePieces: [{ piece: '0235100365X7', at: 'start' }] },
      { terms: reversedCode('0235100365x7'), codePieces: [{ piece: '0235100365X7', at: 'end' }] },
    ]);
    expect(searchAttempts('海岳 00365X7A').map((attempt) => attempt.terms)).toEqual([`${pairs('海岳')} 00365X7A`, `${pairs('海岳')} ${reversedCode('00365X7A')}`]);
  });

  it('takes the last six characters, as read off a certificate, for a piece of a code', () => {
    expect(searchAttempts('0365X7')).toEqual([
      { terms: '0365X7', codePieces: [{ piece: '0365X7', at: 'start' }] },
      { terms: reversedCode('0365X7'), codePieces: [{ piece: '0365X7', at: 'end' }] },
    ]);
  });

  it('tries a whole code, a short piece, a Latin word or Chinese only as typed', () => {
    expect(searchAttempts('9137100235100365X7')).toEqual([{ terms: '9137100235100365X7', codePieces: [{ piece: '9137100235100365X7', at: 'start' }] }]);
    expect(searchAttempts('65X7')).toEqual([{ terms: '65X7', codePieces: [] }]);
    expect(searchAttempts('Innovation')).toEqual([{ terms: 'Innovation', codePieces: [] }]);
    expect(searchAttempts('海岳')).toEqual([{ terms: pairs('海岳'), codePieces: [] }]);
  });
});

describe('hasCodePieces', () => {
  const [asTyped, asEnding] = searchAttempts('02MA0TEAM09U');
  it('keeps a result whose code has the piece where the attempt looked for it, in any letter case', () => {
    expect(hasCodePieces(asEnding!, '91371002ma0team09u')).toBe(true);
    expect(hasCodePieces(asTyped!, '02MA0TEAM09U000000')).toBe(true);
  });

  it('drops one that Pagefind’s looser matching brought in', () => {
    expect(hasCodePieces(asEnding!, '52371002MA0TEAM07N')).toBe(false);
    expect(hasCodePieces(asTyped!, '91371002MA0TEAM09U')).toBe(false);
  });

  it('keeps every result when the query holds no piece of a code', () => {
    expect(hasCodePieces(searchAttempts('海岳')[0]!, '91371002MA0TEAM09U')).toBe(true);
  });
});
