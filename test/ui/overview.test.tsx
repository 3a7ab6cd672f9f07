// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { scanResult, verdict } from './helpers/fixtures';
import { renderLoadedPanel, screen, waitFor } from './helpers/panel';

describe('overview', () => {
  it('shows each area with reviewed/total progress and its needs-work count', async () => {
    await renderLoadedPanel({
      handlers: {
        scan: () =>
          scanResult({
            verdicts: [verdict('funnel.greeting-email', 'pass'), verdict('funnel.cta-visible', 'needs-work', 'Bury less'), verdict('funnel.prefill', 'not-applicable')],
          }),
      },
    });
    const funnel = screen.getByTestId('area-funnel');
    expect(funnel.textContent).toContain('3/5 reviewed');
    expect(funnel.textContent).toContain('1 needs work');
    const bar = within(funnel).getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(bar.getAttribute('aria-valuemax')).toBe('5');
    const privacy = screen.getByTestId('area-privacy');
    expect(privacy.textContent).toContain('0/9 reviewed');
    expect(privacy.textContent).not.toContain('need work');
    expect(within(screen.getByRole('list', { name: 'Areas' })).getAllByRole('progressbar')).toHaveLength(5);
  });

  it('states the flow facts: steps to connect against the target and the dead ends', async () => {
    await renderLoadedPanel();
    const facts = screen.getByTestId('flow-facts');
    expect(facts.textContent).toContain('2 steps (target: 3 or fewer) ✓');
    expect(facts.textContent).toContain('Starts atSign up');
    expect(facts.textContent).toContain('Connect promptConnect accounts');
    expect(within(facts).getByRole('button', { name: 'Pricing' })).toBeTruthy();
  });

  it('flags a path longer than the target and explains missing prototype links', async () => {
    const long = scanResult();
    long.findings.flow = { ...long.findings.flow, stepsToConnect: 5, deadEnds: [] };
    const { unmount } = await renderLoadedPanel({ handlers: { scan: () => long } });
    expect(screen.getByTestId('flow-facts').textContent).toContain('5 steps (target: 3 or fewer)');
    expect(screen.getByTestId('flow-facts').textContent).not.toContain('✓');
    expect(screen.getByTestId('flow-facts').textContent).toContain('Dead endsNone');
    unmount();

    const unlinked = scanResult();
    unlinked.findings.flow = { ...unlinked.findings.flow, stepsToConnect: null, pathToConnect: [], hasLinks: false };
    await renderLoadedPanel({ handlers: { scan: () => unlinked } });
    expect(screen.getByTestId('flow-facts').textContent).toContain('the frames have no prototype links');
  });

  it('lists frames in flow order and jumps to one on click', async () => {
    const panel = await renderLoadedPanel();
    const strip = screen.getByTestId('frame-strip');
    const buttons = within(strip).getAllByRole('button');
    expect(buttons.map((b) => b.querySelector('.strip__name')?.textContent)).toEqual(['Sign up', 'Welcome email', 'Connect accounts', 'Pricing']);
    expect(buttons[0]?.textContent).toContain('Start');
    expect(buttons[2]?.textContent).toContain('Connect');
    expect(buttons[3]?.textContent).toContain('Dead end');
    fireEvent.click(buttons[2]!);
    await waitFor(() => expect(panel.callsOf('show-nodes')).toEqual([{ nodeIds: ['1:3'] }]));
  });

  it('opens an area from its row and the stepper marks the current step', async () => {
    await renderLoadedPanel();
    const nav = screen.getByRole('navigation', { name: 'Review steps' });
    expect(within(nav).getByRole('button', { name: 'Overview' }).getAttribute('aria-current')).toBe('step');
    fireEvent.click(within(screen.getByTestId('area-privacy')).getByRole('button'));
    await screen.findByRole('heading', { level: 2, name: /Privacy/ });
    const current = within(nav).getAllByRole('button').find((b) => b.getAttribute('aria-current') === 'step');
    expect(current?.querySelector('.visually-hidden')?.textContent).toBe('3. Privacy, trust and support, 0 of 9 reviewed');
  });

  it('reports layers that no longer exist when showing them', async () => {
    await renderLoadedPanel({ handlers: { 'show-nodes': ({ nodeIds }) => ({ shown: [], missing: nodeIds }) } });
    fireEvent.click(within(screen.getByTestId('frame-strip')).getAllByRole('button')[0]!);
    expect((await screen.findByText(/1 layer no longer exists on the canvas/)).textContent).toContain('Rescan');
  });
});
