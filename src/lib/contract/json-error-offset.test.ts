import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset.ts';

describe('jsonErrorOffset', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['[]', '{"a": [1, -2.5e3, true, false, null, "x\\n\\u4e2d"]}', ' [ {"id": "a"} ] ']) {
      expect(jsonErrorOffset(text), text).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('points at the first character that cannot be JSON', () => {
    expect(jsonErrorOffset('[{"id": }]')).toBe(8);
    expect(jsonErrorOffset('[{"id": "a",}]')).toBe(12);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset("[{'id': 'a'}]")).toBe(2);
    expect(jsonErrorOffset('[] []')).toBe(3);
    expect(jsonErrorOffset('{"a": "tab\there"}')).toBe(10);
  });
});
