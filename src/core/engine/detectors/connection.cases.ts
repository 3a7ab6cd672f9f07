/** Cases for the connection-management detectors. */
import type { DetectorCase } from '../context';
import { connectScreen, Mockup } from './cases/mockup';

/** A connections list: one row per platform, with what the case puts beside it. */
function connections(name: string, expect: DetectorCase['expect'], beside: readonly string[], extra: readonly string[] = []): DetectorCase {
  return {
    name,
    expect,
    snapshot: () => {
      const m = new Mockup();
      const frame = m.screen('Connections');
      m.text(frame, 'Your connections');
      const row = m.text(frame, 'QuickBooks Online', { width: 160, y: 120 });
      void row;
      beside.forEach((label, at) => m.text(frame, label, { x: 200 + at * 60, y: 120, width: 56 }));
      for (const line of extra) m.text(frame, line);
      return m.build();
    },
  };
}

export const CONNECTION_CASES: Record<string, DetectorCase[]> = {
  'connection.view-live': [
    {
      name: 'a table of linked software with "Linked 3 Feb 2026, 09:14" on each row',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const settings = m.screen('Settings / Connected apps');
        m.text(settings, 'Linked software', { y: 60 });
        m.text(settings, 'Xero', { y: 100 });
        m.text(settings, 'Linked 3 Feb 2026, 09:14', { y: 100, x: 300 });
        return m.build();
      },
    },
    connections('first and most recent retrieval dates under the connection', 'found', [], ['First retrieval: 10 March 2026, 09:14 CT', 'Most recent retrieval: 17 March 2026, 06:00 CT']),
    connections('a row with its last sync date', 'found', ['Last synced 26 Nov 2026, 09:14']),
    {
      name: 'platforms the lexicon does not know, read as names beside their logos',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Linked accounts');
        m.text(frame, 'Sync your bank accounts to keep your books current');
        for (const [at, name] of ['Mercury', 'Brex'].entries()) {
          const y = 200 + at * 64;
          m.layer(frame, 'RECTANGLE', { x: 24, y, width: 40, height: 40, fill: 'image', name: 'Rectangle' });
          m.text(frame, name, { x: 76, y: y + 10, width: 120 });
          m.text(frame, 'Last synced 2 hours ago', { x: 200, y: y + 10, width: 160 });
        }
        return m.build();
      },
    },
    {
      name: 'a table: "Last synced" said once in the header row, a date in each platform row below it',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Settings');
        for (const [at, header] of ['Software', 'Last synced', 'Status'].entries()) m.text(frame, header, { x: 24 + at * 200, y: 160, width: 120 });
        for (const [at, [name, date]] of [['Xero', '3 Sep 2026'], ['Shopify', 'Today, 09:12']].entries()) {
          m.text(frame, name!, { x: 24, y: 200 + at * 48, width: 120 });
          m.text(frame, date!, { x: 224, y: 200 + at * 48, width: 120 });
          m.text(frame, 'Active', { x: 424, y: 200 + at * 48, width: 80 });
        }
        return m.build();
      },
    },
    {
      name: 'a "Last synced" header over a column with no dates, and a date in another column',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Settings');
        m.text(frame, 'Last synced', { x: 224, y: 160, width: 120 });
        m.text(frame, 'Xero', { x: 24, y: 200, width: 120 });
        m.text(frame, 'Never', { x: 224, y: 200, width: 120 });
        m.text(frame, 'Renews 3 Sep 2026', { x: 424, y: 200, width: 160 });
        return m.build();
      },
    },
    connections('a row with no sync details', 'missing', ['Accounting']),
    {
      name: 'a bank the lexicon does not know, its name before a separator, with the date its data was last read',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Dashboard');
        m.text(frame, 'Link your business bank account');
        m.layer(frame, 'RECTANGLE', { x: 24, y: 200, width: 32, height: 32, fill: 'image', name: 'Rectangle 261' });
        m.text(frame, 'Lloyds Bank Business ••5521', { x: 68, y: 200, width: 260 });
        m.text(frame, 'Linked 3 Nov 2026 · data last read 3 Nov 2026, 14:20', { x: 68, y: 224, width: 300 });
        return m.build();
      },
    },
    {
      name: 'a linked badge without any date',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Dashboard');
        m.text(frame, 'Link your business bank account');
        m.layer(frame, 'RECTANGLE', { x: 24, y: 200, width: 32, height: 32, fill: 'image', name: 'Rectangle 261' });
        m.text(frame, 'Lloyds Bank Business ••5521', { x: 68, y: 200, width: 260 });
        m.text(frame, 'Linked ✓ · data last read recently', { x: 68, y: 224, width: 300 });
        return m.build();
      },
    },
  ],
  'connection.delete': [
    {
      name: '"Disconnect" on a Spotify row under "Connected apps"',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const account = m.screen('Account');
        m.text(account, 'Connected apps', { y: 60 });
        m.text(account, 'Spotify', { y: 100 });
        m.link(account, 'Disconnect', { y: 100, x: 300 });
        return m.build();
      },
    },
    connections('"Remove" on a connection\'s row', 'found', ['Connected', 'Remove']),
    connections('"Delete account" on the same screen', 'missing', [], ['Delete account']),
  ],
  'connection.refresh': [
    connections('"↻ Refresh now" beside the connection', 'found', [], ['↻ Refresh now']),
    connections('"Request Updated Data" beside the connection', 'found', [], ['Request Updated Data']),
    connections('"Syncing…" is a state, not a control', 'missing', ['Syncing…']),
    connections('a longer label that starts with what it does', 'found', [], ['Re-check for new pay runs']),
    connections('a sentence that starts like a refresh but is not a control', 'missing', [], ['Re-check for new pay runs every Monday so your team totals stay right']),
    connections('"Sync now" beside the connection', 'found', ['Sync now']),
    connections('nothing to refresh with', 'missing', ['Connected']),
  ],
  'connection.syncing-indicator': [
    {
      name: '"Gathering your takings…" on the screen connecting opens',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { cta } = connectScreen(m);
        const wait = m.screen('Almost there');
        m.text(wait, 'Gathering your takings…');
        m.goesTo(cta, wait);
        return m.build();
      },
    },
    {
      name: '"Syncing booking…" while a car is held: a booking is not the books',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const booking = m.screen('Booking');
        m.text(booking, 'Syncing booking…');
        m.text(booking, 'Holding the car for you for 15 minutes.');
        return m.build();
      },
    },
    {
      name: 'a state with an ellipsis on the screen the connect button opens, no platform named there',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { cta } = connectScreen(m, 'Import from Gusto');
        const importing = m.screen('Importing');
        m.text(importing, 'Importing pay history… Jan 2019 – Mar 2026');
        m.goesTo(cta, importing);
        return m.build();
      },
    },
    {
      name: 'the same state on a screen nothing about connecting opens',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        connectScreen(m, 'Import from Gusto');
        const feed = m.screen('Feed');
        m.text(feed, 'Loading your feed…');
        return m.build();
      },
    },
    connections('a warning of what disconnecting stops', 'missing', [], ['We will stop importing changes from Xero.']),
    connections('a syncing state on the row', 'found', ['Syncing…']),
    {
      name: 'a layer named "versionSpinner" in the app bar',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Connections');
        m.text(frame, 'Xero', { y: 120, width: 160 });
        m.layer(frame, 'INSTANCE', { name: 'versionSpinner', x: 340, y: 20, width: 20, height: 20 });
        return m.build();
      },
    },
  ],
};
