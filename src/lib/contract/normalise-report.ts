// What the build normalised, said to the clerk: one summary note; with --strict, each change as a
// warning at its place (which --strict then counts as an error: the data should say it as the contract does).
import { NORMALISATION_WORDS, type Normalisation, type NormalisationKind } from './normalise-cell.ts';
import { problemAt, type Problem } from './problems.ts';

export function reportNormalised(normalised: readonly Normalisation[], dataLabel: string, strict: boolean): Problem[] {
  if (normalised.length === 0) return [];
  if (strict) {
    return normalised.map((change) => {
      const words = NORMALISATION_WORDS[change.kind];
      const shown = change.kind === 'blank-row' ? '' : `：“${change.from}”→“${change.to}”`;
      const shownEn = change.kind === 'blank-row' ? '' : `: "${change.from}" → "${change.to}"`;
      return problemAt(change.at, `${words.zh}${shown}`, `${words.en}${shownEn}`, { severity: 'warning', ...(change.field === undefined ? {} : { field: change.field }) });
    });
  }
  const counts = new Map<NormalisationKind, number>();
  for (const kind of Object.keys(NORMALISATION_WORDS) as NormalisationKind[]) {
    const count = normalised.filter((change) => change.kind === kind).length;
    if (count > 0) counts.set(kind, count);
  }
  const zh = [...counts].map(([kind, count]) => `${NORMALISATION_WORDS[kind].zh} ${count} 处`).join('；');
  const en = [...counts].map(([kind, count]) => `${NORMALISATION_WORDS[kind].en}: ${count}`).join('; ');
  return [
    problemAt(
      { file: dataLabel },
      `已按通常读法规范化 ${normalised.length} 处（${zh}）；加 --strict 可逐条列出位置`,
      `normalised ${normalised.length} value(s) as any reader would read them (${en}); --strict lists each with its place`,
      { severity: 'note' },
    ),
  ];
}
