import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/core/engine';
import { Mockup, connectScreen } from '../../../src/core/engine/detectors/cases/mockup';

/** A donor's saved payment bank, with a "Remove" on its row. */
function savedBank(m: Mockup): void {
  const wallet = m.screen('Payment methods');
  m.text(wallet, 'Paid from', { y: 60 });
  m.text(wallet, 'Barclays ••22', { y: 100, width: 200 });
  m.link(wallet, 'Remove', { y: 100, x: 300, width: 60 });
  m.text(wallet, 'Connected', { y: 130, x: 24, width: 100 });
}

describe('items about a connection', () => {
  it('are left to the reviewer when nothing in scope asks to connect', () => {
    const m = new Mockup();
    savedBank(m);
    const item = runEngine(m.build()).items.find((finding) => finding.itemId === 'connection.delete')!;
    expect(item.detection).toBe('manual');
    expect(item.reason).toMatch(/nothing in these frames asks to connect/);
  });

  it('are found as usual when the flow asks to connect', () => {
    const m = new Mockup();
    connectScreen(m);
    savedBank(m);
    const item = runEngine(m.build()).items.find((finding) => finding.itemId === 'connection.delete')!;
    expect(item.detection).toBe('found');
  });
});
