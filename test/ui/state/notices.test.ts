import { describe, expect, it } from 'vitest';
import { createNotices } from '../../../ui/state/notices';

describe('notices', () => {
  it('adds and dismisses banners by id', () => {
    const n = createNotices();
    n.notify('error', 'One');
    n.notify('warning', 'Two');
    expect(n.notices.value.map((x) => x.text)).toEqual(['One', 'Two']);
    n.dismissNotice(n.notices.value[0]!.id);
    expect(n.notices.value.map((x) => x.text)).toEqual(['Two']);
  });

  it('announces the same text twice by clearing the live region first', async () => {
    const n = createNotices();
    n.announce('Saved.');
    expect(n.announcement.value).toBe('');
    await Promise.resolve();
    expect(n.announcement.value).toBe('Saved.');
    n.announce('Saved.');
    expect(n.announcement.value).toBe('');
    await Promise.resolve();
    expect(n.announcement.value).toBe('Saved.');
  });
});
