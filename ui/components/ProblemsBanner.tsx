import type { StoredProblem } from '../../src/core/review/types';
import { Banner } from './Banner';
import { plural } from '../text/plural';

const KIND = {
  corrupt: 'unreadable',
  invalid: 'not in the expected shape',
  'newer-version': 'from a newer version of the plugin',
} as const;

/** Stored entries the sandbox could not use: listed, never silently dropped (they stay untouched in the file). */
export function ProblemsBanner({ problems }: { problems: StoredProblem[] }) {
  if (problems.length === 0) return null;
  const n = problems.length;
  return (
    <Banner tone="warning" testId="problems" title={`${plural(n, 'stored entry', 'stored entries')} could not be read`}>
      <span>They are kept as they are in the file; the rest of the review is shown.</span>
      <ul class="banner__list">
        {problems.slice(0, 5).map((p) => (
          <li key={`${p.nodeId}/${p.key}`}>
            <code>{p.key}</code> on layer {p.nodeId} is {KIND[p.kind]}: {p.message}
          </li>
        ))}
        {n > 5 && <li>and {n - 5} more</li>}
      </ul>
    </Banner>
  );
}
