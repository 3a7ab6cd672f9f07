import { signal } from '@preact/signals';

export interface Notice {
  id: number;
  tone: 'error' | 'warning' | 'info';
  text: string;
}

/** Banners the reviewer dismisses, and the polite live region's text. */
export function createNotices() {
  const notices = signal<Notice[]>([]);
  const announcement = signal('');
  let noticeId = 0;

  const announce = (text: string): void => {
    // Re-setting the same text would not be read again; clear first.
    announcement.value = '';
    queueMicrotask(() => (announcement.value = text));
  };

  const notify = (tone: Notice['tone'], text: string): void => {
    noticeId += 1;
    notices.value = [...notices.value, { id: noticeId, tone, text }];
  };

  const dismissNotice = (id: number): void => {
    notices.value = notices.value.filter((n) => n.id !== id);
  };

  return { notices, announcement, announce, notify, dismissNotice };
}

export type Notices = ReturnType<typeof createNotices>;

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
