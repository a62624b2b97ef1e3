import { describe, expect, it } from 'vitest';
import { hasUsccFormat, usccCheckCharacter, usccCheckDigitVerifies } from './uscc.ts';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('verifies the example code printed in the standard', () => {
    expect(usccCheckDigitVerifies('91350100M000100Y43')).toBe(true);
  });

  it('computes the check character from the first 17 characters', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('maps a check value of 31 to 0', () => {
    // Find a code whose weighted sum is ≡ 0 (mod 31): its check value 31 − 0 must become 0.
    const base = '9137100200000000';
    const last = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].find((char) => usccCheckCharacter(`${base}${char}`) === '0');
    expect(last).toBeDefined();
    expect(usccCheckDigitVerifies(`${base}${last}0`)).toBe(true);
  });

  it('rejects a code whose last character is off by one', () => {
    expect(usccCheckDigitVerifies('91350100M000100Y44')).toBe(false);
    expect(usccCheckDigitVerifies('91350100M000100Y4X')).toBe(false);
  });

  it('rejects codes of the wrong length or with letters outside the alphabet', () => {
    expect(hasUsccFormat('91350100M000100Y4')).toBe(false);
    expect(hasUsccFormat('91350100M000100Y433')).toBe(false);
    expect(hasUsccFormat('91350100I000100Y43')).toBe(false);
    expect(hasUsccFormat('91350100m000100y43')).toBe(false);
    expect(usccCheckDigitVerifies('91350100O000100Y43')).toBe(false);
  });
});
