// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Suggestion } from '../../ui/components/Suggestion';
import type { ItemFinding } from '../../src/core/model/findings';

const finding: ItemFinding = {
  itemId: 'funnel.social-proof',
  area: 'funnel',
  detection: 'found',
  reason: "Social proof is shown: 'Fundly got us funded in two days.'.",
  evidence: [
    { nodeId: '1:19', frameId: '1:10', label: '“Fundly got us funded in two days.”' },
    { nodeId: '1:23', frameId: '1:10', label: 'Rated 4.8 on Trustpilot' },
  ],
};

describe('Suggestion', () => {
  it('shows the reason and quotes what the mockup says in single quotes, never doubled', () => {
    render(<Suggestion itemTitle="Social proof" finding={finding} onShow={() => {}} />);
    expect(screen.getByText(finding.reason)).toBeTruthy();
    const items = screen.getByRole('list', { name: 'Evidence' }).querySelectorAll('li');
    expect([...items].map((item) => item.textContent)).toEqual(["'Fundly got us funded in two days.'", "'Rated 4.8 on Trustpilot'"]);
  });
});
