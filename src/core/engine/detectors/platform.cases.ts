/** Cases for the platform-selection detectors. */
import type { DetectorCase } from '../context';
import { connectScreen, Mockup, platformScreen } from './cases/mockup';

export const PLATFORM_CASES: Record<string, DetectorCase[]> = {
  'platform.explain-redirect': [
    {
      name: 'a redirect to Amazon explained for a voice assistant, on a screen with no ask of the customer\'s',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        connectScreen(m);
        const voice = m.screen('Voice assistants');
        m.text(voice, 'Link your Alexa account');
        m.text(voice, 'You’ll be taken to Amazon to sign in, then brought back here.');
        m.button(voice, 'Link with Amazon');
        return m.build();
      },
    },
    {
      name: 'a "Return to authorisation" button: a way back to a step, not an explanation',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.button(frame, 'Return to authorisation');
        return m.build();
      },
    },
    {
      name: 'a numbered list: "1 Mindbody opens in a new tab 2 Sign in and tap Allow 3 You land straight back here"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '1  Mindbody opens in a new tab\n2  Sign in with your owner login and tap Allow\n3  You land straight back here');
        return m.build();
      },
    },
    {
      name: '"We never write back to" the platforms: a data direction, not a return trip',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'What we pull in: orders from Shopify. We only read. We never write back to any of them.');
        return m.build();
      },
    },
    {
      name: 'the redirect and the way back are explained',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'You’ll be taken to Xero to sign in, then we’ll bring you back here.');
        return m.build();
      },
    },
    {
      name: 'signing in on the bank\'s site, then brought straight back',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Next, sign in to your bank on its own website. We’ll bring you straight back.');
        return m.build();
      },
    },
    {
      name: 'signing in to get rewards back',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Sign in to get your rewards back');
        return m.build();
      },
    },
    {
      name: 'device sync mentions signing in',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Turn on sync to see your notes on every device you sign in to.');
        return m.build();
      },
    },
  ],
  'platform.grouped-categories': [
    {
      name: '"Card terminals" set like the "Accounting" heading, on its left edge, over its own platforms',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Integrations & data');
        m.setFontSize(m.text(frame, 'Card terminals', { x: 24, y: 100 }), 16);
        m.setFontSize(m.text(frame, 'SumUp', { x: 40, y: 140 }), 14);
        m.setFontSize(m.text(frame, 'Accounting', { x: 24, y: 220 }), 16);
        m.setFontSize(m.text(frame, 'Xero', { x: 40, y: 260 }), 14);
        m.setFontSize(m.text(frame, 'Sage', { x: 40, y: 300 }), 14);
        return m.build();
      },
    },
    {
      name: 'a line under the one "Accounting" heading, set smaller and indented: a card\'s caption, not a heading',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Integrations & data');
        m.setFontSize(m.text(frame, 'Accounting', { x: 24, y: 100 }), 16);
        m.setFontSize(m.text(frame, 'Xero', { x: 40, y: 140 }), 14);
        m.setFontSize(m.text(frame, 'Most popular', { x: 40, y: 200 }), 12);
        m.setFontSize(m.text(frame, 'Sage', { x: 40, y: 240 }), 14);
        return m.build();
      },
    },
    {
      name: '"Accounting" as a larger heading and again as a small tag on each of its cards',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Pick your tools');
        m.setFontSize(m.text(frame, 'Till & payments', { y: 100 }), 18);
        m.setFontSize(m.text(frame, 'Square', { y: 140 }), 14);
        m.setFontSize(m.text(frame, 'Accounting', { y: 220 }), 18);
        m.setFontSize(m.text(frame, 'Xero', { y: 260 }), 14);
        m.setFontSize(m.text(frame, 'Accounting', { y: 280 }), 11);
        m.setFontSize(m.text(frame, 'QuickBooks Online', { y: 320 }), 14);
        m.setFontSize(m.text(frame, 'Accounting', { y: 340 }), 11);
        return m.build();
      },
    },
    {
      name: '"Till & payments" and "Books" over their tiles: kinds in the app\'s own words',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Pick a source');
        m.text(frame, 'Till & payments', { y: 100 });
        m.text(frame, 'Square', { y: 140 });
        m.text(frame, 'Books', { y: 220 });
        m.text(frame, 'Xero', { y: 260 });
        m.text(frame, 'QuickBooks Online', { y: 300 });
        return m.build();
      },
    },
    {
      name: '"Bookkeeping" and "Payroll" over their tiles: two groups, though both are accounting to the lexicon',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Bring in your numbers');
        m.text(frame, 'Bookkeeping', { y: 100 });
        m.text(frame, 'FreeAgent', { y: 140 });
        m.text(frame, 'Payroll', { y: 220 });
        m.text(frame, 'BrightPay', { y: 260 });
        return m.build();
      },
    },
    {
      name: '"Payment methods" and a "Delete account" button on an account page with a card brand',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Account');
        m.text(frame, 'Payment methods', { y: 100 });
        m.text(frame, 'PayPal', { y: 140 });
        m.button(frame, 'Delete account', { y: 400 });
        return m.build();
      },
    },
    {
      name: 'one table whose Type column repeats "Accounting" and "Bank feed" on its rows',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('03 Connect');
        m.text(frame, 'Type', { x: 300, y: 100, width: 120 });
        for (const [at, [name, kind]] of [['Xero', 'Accounting'], ['Barclays Business', 'Bank feed'], ['FreeAgent', 'Accounting'], ['HSBC', 'Bank feed']].entries()) {
          m.text(frame, name!, { x: 24, y: 140 + at * 40, width: 200 });
          m.text(frame, kind!, { x: 300, y: 140 + at * 40, width: 120 });
        }
        return m.build();
      },
    },
    {
      name: 'headings in the app\'s own words, set larger, over platforms of different kinds',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Catalog');
        m.setFontSize(m.text(frame, 'Where you sell', { y: 100 }), 18);
        m.setFontSize(m.text(frame, 'Shopify', { y: 140 }), 14);
        m.setFontSize(m.text(frame, 'BigCommerce', { y: 180 }), 14);
        m.setFontSize(m.text(frame, 'Where you invoice', { y: 240 }), 18);
        m.setFontSize(m.text(frame, 'QuickBooks Online', { y: 280 }), 14);
        return m.build();
      },
    },
    {
      name: 'one larger title over platforms of every kind',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Catalog');
        m.setFontSize(m.text(frame, 'Pick your tools', { y: 100 }), 18);
        m.setFontSize(m.text(frame, 'Shopify', { y: 140 }), 14);
        m.setFontSize(m.text(frame, 'QuickBooks Online', { y: 180 }), 14);
        m.setFontSize(m.text(frame, 'Xero', { y: 220 }), 14);
        return m.build();
      },
    },
    {
      name: 'headings over groups of platforms',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Choose your software');
        m.text(frame, 'Accounting');
        m.text(frame, 'Xero');
        m.text(frame, 'Revenue');
        m.text(frame, 'Shopify');
        return m.build();
      },
    },
    {
      name: 'small category tags on each card, not headings over groups',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Choose your software');
        for (const [name, tag] of [['Xero', 'Accounting'], ['Shopify', 'Revenue'], ['Stripe', 'Payments']]) {
          const label = m.text(frame, name!);
          const small = m.text(frame, tag!);
          m.setFontSize(label, 16).setFontSize(small, 11);
        }
        return m.build();
      },
    },
    {
      name: 'a heading with an aside in brackets',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Choose your software');
        m.text(frame, 'Accounting software');
        m.text(frame, 'Xero');
        m.text(frame, 'Bank feeds (Open Banking)');
        m.text(frame, 'Plaid');
        return m.build();
      },
    },
    {
      name: 'the only heading has an aside in brackets',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Choose your software');
        m.text(frame, 'Bank feeds (Open Banking)');
        m.text(frame, 'Plaid');
        m.text(frame, 'Xero');
        return m.build();
      },
    },
    {
      name: 'one flat list',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        platformScreen(m);
        return m.build();
      },
    },
  ],
  'platform.accurate-branding': [
    {
      name: 'full product names on the cards',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        platformScreen(m, ['QuickBooks Online', 'Sage Intacct', 'Xero']);
        return m.build();
      },
    },
    {
      name: 'full names on the cards, the bare name only in an action',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = platformScreen(m, ['QuickBooks Online', 'Xero']);
        m.button(frame, 'Go to QuickBooks');
        return m.build();
      },
    },
    {
      name: 'a bare name alone on a card, though the full name appears elsewhere',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = platformScreen(m, ['QuickBooks', 'Xero']);
        m.text(frame, 'QuickBooks Online and Desktop are both supported');
        return m.build();
      },
    },
    {
      name: 'the vendor in small type under the full product name on the same card',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Pick your software');
        m.text(frame, 'Which accounting software do you use?');
        const card = m.layer(frame, 'FRAME', { height: 64, fill: 'solid', name: 'Frame 254' });
        m.text(frame, 'Sage Business Cloud Accounting', { parent: card });
        m.text(frame, 'Sage', { parent: card });
        return m.build();
      },
    },
    {
      name: 'a bare ambiguous name on a card',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        platformScreen(m, ['QuickBooks', 'Xero']);
        return m.build();
      },
    },
  ],
  'platform.search': [
    {
      name: '"Search team" on a screen that lists platforms: it searches people',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = platformScreen(m);
        const box = m.layer(frame, 'FRAME', { y: 700, height: 44, fill: 'solid', name: 'Frame 12' });
        m.text(frame, 'Search team', { parent: box, x: 40, y: 712, width: 160 });
        return m.build();
      },
    },
    {
      name: 'a search field over the platform list',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = platformScreen(m);
        const box = m.layer(frame, 'FRAME', { y: 700, height: 44, fill: 'solid', name: 'Frame 12' });
        m.text(frame, 'Search 40+ platforms', { parent: box, x: 40, y: 712, width: 160 });
        return m.build();
      },
    },
    {
      name: 'a search over workouts in a fitness app',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Workouts');
        const box = m.layer(frame, 'FRAME', { height: 44, fill: 'solid' });
        m.text(frame, 'Search workouts', { parent: box, x: 40, width: 160 });
        return m.build();
      },
    },
  ],
  'platform.alternatives': [
    {
      name: '"Missing your Etsy orders?" over a chart: data missing from a platform, not a platform missing',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m, 'Add Etsy');
        m.text(frame, 'Missing your Etsy orders?');
        return m.build();
      },
    },
    {
      name: 'features of their own on a connect screen: "Upload receipts", "Tick off by hand"',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Upload receipts');
        m.link(frame, 'Tick off by hand');
        return m.build();
      },
    },
    {
      name: 'uploading statements instead',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Rather not connect? Upload your bank statements');
        return m.build();
      },
    },
    {
      name: 'a promise of "no spreadsheets" is not a spreadsheet to use instead',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Every tip-out is ready before close — no spreadsheets, no re-keying into payroll.');
        return m.build();
      },
    },
    {
      name: 'entering figures by hand when there is no platform',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'No store platform? Enter your volumes by hand');
        return m.build();
      },
    },
    {
      name: 'a way on when the platform is missing',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = platformScreen(m);
        m.link(frame, 'Can’t find your software? Upload your files instead');
        return m.build();
      },
    },
    {
      name: 'the bank is not listed, and files are offered',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = platformScreen(m);
        m.link(frame, 'My bank isn’t listed — send statements instead');
        return m.build();
      },
    },
    {
      name: '"Enter manually" for a food photo',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Log a meal');
        m.button(frame, 'Upload a photo');
        m.link(frame, 'Enter manually');
        return m.build();
      },
    },
  ],
  'platform.non-linear': [
    {
      name: 'a long hand-over line on the connect screen, not drawn as a link',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Not the person with the accounting login? Send this step to a colleague');
        return m.build();
      },
    },
    {
      name: 'an unwired "Not now" beside a connect button the prototype follows: it only dismisses the prompt',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame, cta } = connectScreen(m);
        m.link(frame, 'Not now');
        const picker = m.screen('Pick your software');
        m.goesTo(cta, picker);
        return m.build();
      },
    },
    {
      name: '"Not now" wired on to the next screen, beside a wired connect button',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame, cta } = connectScreen(m);
        const later = m.link(frame, 'Not now');
        m.goesTo(cta, m.screen('Pick your software'));
        m.goesTo(later, m.screen('Dashboard'));
        return m.build();
      },
    },
    {
      name: '"Skip" on a welcome carousel that names a payment brand in a sentence',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const welcome = m.screen('Welcome');
        m.link(welcome, 'Skip');
        m.text(welcome, 'Take gifts by card, Direct Debit and PayPal, claim Gift Aid and keep your treasurer happy.');
        connectScreen(m);
        return m.build();
      },
    },
    {
      name: '"Invite your team" as a step in a welcome email\'s list, beside a connect button',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const welcome = m.screen('Email — welcome');
        m.text(welcome, '1  Order your card\n2  Link your books\n3  Invite your team');
        m.button(welcome, 'Link your books');
        return m.build();
      },
    },
    {
      name: 'joined links: invite a colleague · save and finish later',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Not the right person? Invite a colleague · Save and finish later');
        return m.build();
      },
    },
    {
      name: 'pausing and handing over, worded freely',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Save and return later  ·  Share this step with your accountant');
        return m.build();
      },
    },
    {
      name: 'saving progress to come back',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Save progress and come back');
        return m.build();
      },
    },
    {
      name: 'a workout saved',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Workout progress saved');
        return m.build();
      },
    },
    {
      name: 'a link that asks a question, then hands over to a teammate',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Not the person who manages the books? Send this to a teammate');
        return m.build();
      },
    },
    {
      name: 'the same words as plain copy, not a link',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Most teams share the books: one teammate invites the accountant, another sends the invoices.');
        return m.build();
      },
    },
    {
      name: 'sharing results with friends',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Share your results with friends');
        return m.build();
      },
    },
    {
      name: '"Skip" on a paywall',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const paywall = m.screen('Go Premium');
        m.button(paywall, 'Start free trial');
        m.link(paywall, 'Skip');
        connectScreen(m);
        return m.build();
      },
    },
  ],
  'platform.multiple-connections': [
    {
      name: 'add another beside connected statuses',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = platformScreen(m, ['Xero']);
        m.text(frame, 'Connected ✓');
        m.button(frame, 'Add another connection');
        return m.build();
      },
    },
    {
      name: '"+ Add channel" beside connected statuses',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = platformScreen(m, ['Shopify', 'Etsy']);
        m.text(frame, '✓ Connected');
        m.text(frame, 'Pending authorization');
        m.button(frame, '+ Add channel');
        return m.build();
      },
    },
    {
      name: 'statuses said in a sentence, with an add-another chip',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const chat = m.screen('Chat 4');
        m.text(chat, 'All set ✅ QuickBooks Online is connected. Revolut Business is still waiting for your approval.');
        m.button(chat, '➕ Add another account');
        return m.build();
      },
    },
    {
      name: 'a sentence that only mentions live data, with an add-another chip',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const chat = m.screen('Chat 4');
        m.text(chat, 'Connect your QuickBooks Online account to see live data.');
        m.button(chat, '➕ Add another account');
        return m.build();
      },
    },
    {
      name: 'a "Connect" button on each row beside one connected platform',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Integrations');
        m.text(frame, 'Connect your accounting software to get started.');
        m.text(frame, 'QuickBooks Online', { x: 24, y: 120, width: 160 });
        m.button(frame, 'Connect', { x: 200, y: 106, width: 120 });
        m.text(frame, 'Xero', { x: 24, y: 200, width: 160 });
        m.text(frame, 'Connected', { x: 200, y: 200, width: 120 });
        return m.build();
      },
    },
    {
      name: 'a single connect button',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        connectScreen(m);
        return m.build();
      },
    },
  ],
};
