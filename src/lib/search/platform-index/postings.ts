// A posting: the ascending record numbers that hold a key, written as the gaps between them in base
// 36, comma-separated. Text, so that a static host compresses it; gaps, so that the frequent keys
// (服务 in nearly every record: gaps of 1) compress to almost nothing.

export function encodePosting(records: readonly number[]): string {
  let previous = -1;
  return records
    .map((record) => {
      const gap = record - previous;
      if (gap <= 0) throw new RangeError(`a posting must ascend: ${record} after ${previous}`);
      previous = record;
      return (gap - 1).toString(36);
    })
    .join(',');
}

export function decodePosting(text: string): number[] {
  if (text === '') return [];
  const records: number[] = [];
  let previous = -1;
  for (const gap of text.split(',')) {
    previous += parseInt(gap, 36) + 1;
    records.push(previous);
  }
  return records;
}
