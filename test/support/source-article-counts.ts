// The number of articles in each rules document, counted by hand in the documents as received
// (../shared/sources), which the project itself does not read.
export const SOURCE_ARTICLE_COUNTS: [string, number][] = [
  ['weihai', 28],
  ['chengdu', 28],
  ['linfen', 21],
  ['yangjiang', 21],
  ['ningxia', 22],
];
