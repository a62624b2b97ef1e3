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
    // Worked by hand: the weights 3^(i−1) mod 31 are 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24,
    // 10, 30, 28; for 9137100200000000B the weighted sum is 589 = 19 × 31, so the check value 31 − 0
    // is 31, which the standard writes as 0.
    expect(usccCheckCharacter('9137100200000000B')).toBe('0');
    expect(usccCheckDigitVerifies('9137100200000000B0')).toBe(true);
    expect(usccCheckDigitVerifies('9137100200000000BY')).toBe(false);
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
