import { describe, expect, it } from 'vitest';
import { createClient, createMemoryTransportPair, createServer } from '../../../src/core/protocol/channel';
import type { Handlers } from '../../../src/core/protocol/channel';
import type { ItemId, ItemStatus } from '../../../src/core/protocol/messages';
import { MAX_NOTE_LENGTH } from '../../../src/core/review/types';
import { createVerdicts } from '../../../ui/state/verdicts';

function setup(canEdit = true) {
  const [panelSide, sandboxSide] = createMemoryTransportPair();
  const sent: { itemId: ItemId; status: ItemStatus; note: string }[] = [];
  createServer(sandboxSide, {
    'set-verdict': (p: { itemId: ItemId; status: ItemStatus; note: string }) => {
      sent.push(p);
      return { verdict: { ...p, by: 'Ada', at: '2026-11-26T09:00:00.000Z', frameId: '1:1' }, savedAt: '2026-11-26T09:00:00.000Z', annotations: { ok: true } };
    },
  } as unknown as Handlers);
  const judged: ItemId[] = [];
  const v = createVerdicts({ client: createClient(panelSide), canEdit: () => canEdit, onJudged: (id) => judged.push(id), debounceMs: 5 });
  return { v, sent, judged };
}

describe('verdicts', () => {
  it('saves a status at once and a clear as unreviewed', async () => {
    const { v, sent, judged } = setup();
    v.setStatus('funnel.cta-visible', 'pass');
    await v.saver.flush();
    v.setStatus('funnel.cta-visible', 'unreviewed');
    await v.saver.flush();
    expect(sent.map((s) => s.status)).toEqual(['pass', 'unreviewed']);
    expect(judged).toEqual(['funnel.cta-visible', 'funnel.cta-visible']);
    expect(v.verdictOf('funnel.cta-visible').frameId).toBe('1:1');
  });

  it('never saves a note cut to the limit: the over-long text stays a draft', async () => {
    const { v, sent } = setup();
    v.setStatus('funnel.cta-visible', 'needs-work');
    v.setNote('funnel.cta-visible', 'Short note');
    await v.saver.flush();
    const long = 'x'.repeat(MAX_NOTE_LENGTH + 1);
    v.setNote('funnel.cta-visible', long);
    await v.saver.flush();
    expect(sent.map((s) => s.note)).toEqual(['', 'Short note']);
    expect(v.noteTextOf('funnel.cta-visible')).toBe(long);
    expect(v.verdictOf('funnel.cta-visible').note).toBe('Short note');
    // Shortened to fit: saved, draft gone.
    v.setNote('funnel.cta-visible', long.slice(1));
    await v.saver.flush();
    expect(sent.at(-1)?.note).toHaveLength(MAX_NOTE_LENGTH);
    expect(v.drafts.value).toEqual({});
  });

  it('merges a stored review that changed elsewhere, keeping what is still being saved here', () => {
    const { v } = setup();
    v.setStatus('funnel.cta-visible', 'pass');
    v.setNote('funnel.cta-visible', 'typing…');
    v.merge([{ itemId: 'funnel.prefill', status: 'needs-work', note: '', by: 'Ben', at: null, frameId: '1:2' }]);
    expect(v.verdictOf('funnel.prefill').status).toBe('needs-work');
    expect(v.verdictOf('funnel.cta-visible').note).toBe('typing…');
    v.saver.dispose();
  });

  it('changes nothing when editing is not allowed', () => {
    const { v, sent } = setup(false);
    v.setStatus('funnel.cta-visible', 'pass');
    v.setNote('funnel.cta-visible', 'no');
    expect(v.verdicts.value).toEqual({});
    expect(sent).toEqual([]);
  });
});
