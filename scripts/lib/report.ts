// Prints the problems of a data folder and says whether the build may go on.
import { formatProblem, hasErrors, type Problem } from '../../src/lib/contract/problems.ts';

export function reportProblems(problems: readonly Problem[], dataLabel: string): boolean {
  for (const problem of problems) console.error(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (hasErrors(problems)) {
    console.error(`\n✗ ${dataLabel}：${errors} 个错误，${warnings} 个警告。未生成任何文件。\n✗ ${dataLabel}: ${errors} error(s), ${warnings} warning(s). Nothing was written.`);
    return false;
  }
  console.log(`✓ ${dataLabel}：数据有效${warnings > 0 ? `（${warnings} 个警告）` : ''}。 / data valid${warnings > 0 ? ` (${warnings} warning(s))` : ''}.`);
  return true;
}
