/** Cases for the value-exchange detectors. */
import type { DetectorCase } from '../context';
import { connectScreen, Mockup } from './cases/mockup';

/** A quote screen asking to link the bank, with a bottom row of `tabs`, each under an icon when `icons`. */
function quoteScreen(tabs: readonly string[], icons: boolean): DetectorCase['snapshot'] {
  return () => {
    const m = new Mockup();
    const { cta } = connectScreen(m);
    void cta;
    const quote = m.screen('Frame 88');
    m.text(quote, 'Your quote: $84/mo');
    m.text(quote, 'Link your business bank account so we can confirm your revenue.');
    m.button(quote, 'Link bank account');
    tabs.forEach((tab, at) => {
      const x = 40 + at * 120;
      if (icons) m.layer(quote, 'VECTOR', { name: 'Vector', x: x + 4, y: 780, width: 22, height: 22 });
      m.text(quote, tab, { x, y: 806, width: 30, height: 15 });
    });
    return m.build();
  };
}

/** A catalog step with value and data-use bullets and a BigCommerce card, which opens a sheet when `linked`. */
function catalogScreen(linked: boolean): DetectorCase['snapshot'] {
  return () => {
    const m = new Mockup();
    const frame = m.screen('Catalog');
    m.text(frame, 'Bring in your catalog');
    m.text(frame, '•  No retyping: products and stock arrive in minutes\n•  We only read your catalog and inventory');
    const card = m.layer(frame, 'FRAME', { height: 72, fill: 'solid', name: 'Frame 12' });
    m.text(frame, 'BigCommerce', { parent: card });
    if (linked) m.goesTo(card, m.screen('Modal / BigCommerce'));
    return m.build();
  };
}

/**
 * Sign-up, the connect prompt, and the screen the prompt leads to, with a tab bar named so;
 * `fill` draws that screen's content.
 */
function afterOnboarding(fill: (m: Mockup, page: string) => void): DetectorCase['snapshot'] {
  return () => {
    const m = new Mockup();
    const signUp = m.screen('Sign up');
    const { frame, cta } = connectScreen(m);
    const page = m.screen('Frame 12');
    fill(m, page);
    m.layer(page, 'FRAME', { name: 'Tab bar', y: 780, height: 44, fill: 'solid' });
    m.goesTo(m.button(signUp, 'Create account'), frame).goesTo(cta, page).start(signUp);
    return m.build();
  };
}

export const VALUE_CASES: Record<string, DetectorCase[]> = {
  'value.three-part': [
    {
      name: 'a one-word "Insights" tab over a data-use line: a place in the app, not a gain',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Connect');
        m.text(frame, 'Insights');
        m.text(frame, 'We only read your sales totals and items');
        m.button(frame, 'Connect Square');
        return m.build();
      },
    },
    {
      name: 'the work that does itself ("books keep themselves"), then what is read',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Integrations');
        m.text(frame, 'Let your books keep themselves');
        m.text(frame, 'What we use: gifts and payouts are read from Stripe and sent into your accounting software.');
        m.button(frame, 'Link my accounts');
        return m.build();
      },
    },
    {
      name: 'one sentence that promises and mentions the data does not say how the data is used',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Invoice detail');
        m.button(frame, 'Link a bank for autopay');
        m.text(frame, 'Link a bank and we’ll pull the payment on the due date automatically.');
        return m.build();
      },
    },
    {
      name: 'one paragraph whose sentences give the value, then the data use',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Connect your records');
        m.button(frame, 'Connect accounting software');
        m.text(frame, 'Connecting lets us prepare your VAT return automatically. We will read your ledger and invoices from your accounting software.');
        return m.build();
      },
    },
    {
      name: 'the ask opens an explainer whose one button goes on: the explainer carries the message',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { cta } = connectScreen(m, 'Link QuickBooks Online');
        const why = m.screen('Why link');
        m.text(why, 'Every fill-up lands in the right expense account on its own.');
        m.text(why, 'We read your chart of accounts and card payments to match transactions.');
        m.button(why, 'Get started');
        m.goesTo(cta, why);
        return m.build();
      },
    },
    {
      name: 'tiles: claims paid in days, and what the order data tells the app',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Sign up + connect');
        m.text(frame, 'Claims paid in 2 days, not 2 months.');
        m.text(frame, 'Order and tracking events tell us when a parcel goes missing.');
        m.button(frame, 'Connect your store');
        return m.build();
      },
    },
    {
      name: 'the value as the chore that goes away, the data use after "we read"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Why link');
        m.button(frame, 'Link QuickBooks Online');
        m.text(frame, 'Stop keying in fuel receipts');
        m.text(frame, 'We read your chart of accounts and card payments to match transactions.');
        return m.build();
      },
    },
    {
      name: 'value, data use and one connect button on one screen',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Get a tailored offer in minutes');
        m.text(frame, 'We use your accounting data to assess your financial health.');
        return m.build();
      },
    },
    {
      name: 'a speed promise and "we read your … from …"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Connect');
        m.text(frame, 'Hook up your books');
        m.button(frame, 'Connect my accounting app');
        m.text(frame, 'Get cash for your invoices in 24h');
        m.text(frame, 'Ledgerwise shall retrieve your VAT records and invoices from your accounting software.');
        return m.build();
      },
    },
    { name: 'platform cards that lead on when clicked are the next step, beside bullets on value and data use', expect: 'found', snapshot: catalogScreen(true) },
    { name: 'the same cards with no prototype link: nothing is the next step', expect: 'missing', snapshot: catalogScreen(false) },
    {
      name: 'a connect button with no explanation',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        connectScreen(m);
        return m.build();
      },
    },
    {
      name: 'an assistant says what it will read, and the time it saves',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const chat = m.screen('Chat 2');
        m.text(chat, 'Once your books are linked, I sort every transaction — most owners save about 5 hours a month.');
        m.text(chat, 'I’ll only read your bank transactions and your invoices.');
        m.button(chat, 'Link my books', { width: 160 });
        return m.build();
      },
    },
    {
      name: 'time saved, with a read-more link but nothing on the data',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const chat = m.screen('Chat 2');
        m.text(chat, 'Most owners save about 5 hours a month.');
        m.link(chat, 'Read more');
        m.button(chat, 'Link my books', { width: 160 });
        return m.build();
      },
    },
    {
      name: 'a due date is not a speed promise',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Connect');
        m.text(frame, 'Hook up your books');
        m.button(frame, 'Connect my accounting app');
        m.text(frame, 'Your invoice is due in 38 days');
        m.text(frame, 'We read your invoices from Xero.');
        return m.build();
      },
    },
  ],
  'value.contextual-ctas': [
    {
      name: '"Link a bank for autopay" on an invoice screen, away from the onboarding\'s connect steps',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const signUp = m.screen('Sign up');
        const { frame, cta } = connectScreen(m);
        m.goesTo(m.button(signUp, 'Create account'), frame).start(signUp);
        m.goesTo(cta, m.screen('Pick your software'));
        const invoice = m.screen('Invoice detail');
        m.text(invoice, 'Invoice 1043 · due 12 March');
        m.button(invoice, 'Link a bank for autopay');
        return m.build();
      },
    },
    {
      name: 'a platform\'s own authorise page with a bare "Connect", two steps into connecting',
      expect: 'manual',
      snapshot: () => {
        const m = new Mockup();
        const signUp = m.screen('Sign up');
        const { frame, cta } = connectScreen(m);
        m.goesTo(m.button(signUp, 'Create account'), frame).start(signUp);
        const picker = m.screen('Pick your software');
        m.goesTo(cta, picker);
        const authorise = m.screen('intuit authorize (mock)');
        m.text(authorise, 'Ledgerly wants to access your company');
        m.goesTo(m.text(picker, 'QuickBooks Online'), authorise);
        m.button(authorise, 'Connect');
        return m.build();
      },
    },
    {
      name: 'the onboarding\'s own first ask on a screen named "Home" is not a contextual prompt',
      expect: 'manual',
      snapshot: () => {
        const m = new Mockup();
        const signUp = m.screen('Sign up');
        const home = m.screen('Home');
        m.text(home, 'Finish setting up: 1 of 3 done');
        const cta = m.button(home, 'Link accounts');
        m.text(home, 'Chase Business');
        m.goesTo(m.button(signUp, 'Create account'), home).start(signUp);
        void cta;
        return m.build();
      },
    },
    { name: 'a screen inside the app, known by its drawn tab bar (icons over short labels), asks to link the bank', expect: 'found', snapshot: quoteScreen(['Quote', 'Policies', 'Account'], true) },
    { name: 'the same ask over a row of footer links without icons: not known to be inside the app', expect: 'manual', snapshot: quoteScreen(['Terms', 'Privacy', 'Help'], false) },
    {
      name: 'a dashboard chart asks to connect the bank',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const dashboard = m.screen('Dashboard');
        m.layer(dashboard, 'VECTOR', { name: 'Chart/Line', height: 180 });
        m.text(dashboard, 'Company overview');
        m.button(dashboard, 'Connect your bank account');
        return m.build();
      },
    },
    {
      name: 'an app screen with a tab bar asks to link the bank, after onboarding',
      expect: 'found',
      snapshot: afterOnboarding((m, page) => {
        m.text(page, 'Your invoices');
        m.button(page, 'Link your bank');
      }),
    },
    {
      name: 'the connections page, titled so, has a tab bar and an add button',
      expect: 'manual',
      snapshot: afterOnboarding((m, page) => {
        m.setFontSize(m.text(page, 'Connected accounts'), 24);
        m.text(page, 'Xero');
        m.button(page, 'Connect another bank');
      }),
    },
    {
      name: 'an app screen with a tab bar offers only to add another bank',
      expect: 'missing',
      snapshot: afterOnboarding((m, page) => {
        m.setFontSize(m.text(page, 'Your money'), 24);
        m.button(page, 'Connect another bank');
      }),
    },
    {
      name: 'the onboarding connect screen itself has a tab bar',
      expect: 'manual',
      snapshot: () => {
        const m = new Mockup();
        const signUp = m.screen('Sign up');
        const { frame } = connectScreen(m);
        m.layer(frame, 'FRAME', { name: 'Tab bar', y: 780, height: 44, fill: 'solid' });
        m.goesTo(m.button(signUp, 'Create account'), frame).start(signUp);
        return m.build();
      },
    },
    {
      name: 'a dashboard with no connect prompt',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const dashboard = m.screen('Dashboard');
        m.text(dashboard, 'Cash flow');
        connectScreen(m);
        return m.build();
      },
    },
  ],
  'value.faq-link': [
    {
      name: 'an FAQ link on the explainer, whose value is the chore that goes away',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Why link');
        m.text(frame, 'Stop typing every invoice in twice');
        m.text(frame, 'Link your accounting software and your bank.');
        m.link(frame, 'What do I get out of linking? Read the FAQs');
        return m.build();
      },
    },
    {
      name: 'a learn-more link on the connect screen',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Want to know more? Read our FAQs');
        return m.build();
      },
    },
    {
      name: 'a "how does this work?" link on the connect screen',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Wait, how does this work?');
        return m.build();
      },
    },
    {
      name: 'a "why do we ask?" link on the connect screen',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Why do we ask for this?');
        return m.build();
      },
    },
    {
      name: 'a "Why link?" question that opens a screen of questions and answers',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Your invoices flow into your books on their own.');
        const why = m.link(frame, 'Why link?');
        const answers = m.screen('Why link (overlay)');
        for (const question of ['Will it save time?', 'Does it change my books?', 'Can I stop it later?']) m.text(answers, question);
        m.goesTo(why, answers);
        return m.build();
      },
    },
    {
      name: 'a short question that opens a single-question screen',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Your invoices flow into your books on their own.');
        const why = m.link(frame, 'Need a hand?');
        const help = m.screen('Chat');
        m.text(help, 'How can we help?');
        m.text(help, 'Type a message');
        m.goesTo(why, help);
        return m.build();
      },
    },
    {
      name: 'an upsell question',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Why not try Premium?');
        return m.build();
      },
    },
    {
      name: 'a question about billing',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'How does billing work?');
        return m.build();
      },
    },
    {
      name: 'FAQs only on a settings page outside the flow',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        connectScreen(m);
        const settings = m.screen('Settings');
        m.link(settings, 'FAQs');
        return m.build();
      },
    },
  ],
  'value.progress-meter': [
    {
      name: 'an "Evidence strength" meter where the customer connects',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Evidence strength');
        return m.build();
      },
    },
    {
      name: '"Password strength" on the sign-up form',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const signUp = m.screen('Sign up');
        m.text(signUp, 'Password strength');
        connectScreen(m);
        return m.build();
      },
    },
    {
      name: '"Step 1 of 2" on a company form, and a sync\'s "1,412 of 3,980 invoices"',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const form = m.screen('Company setup');
        m.text(form, 'Step 1 of 2');
        m.text(form, 'Company name');
        const { frame } = connectScreen(m);
        m.text(frame, 'Syncing… 1,412 of 3,980 invoices');
        return m.build();
      },
    },
    {
      name: 'a track with a shorter fill from the same start, labelled with a percentage',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        const group = m.layer(frame, 'FRAME', { name: 'Frame 263', height: 64, fill: 'solid' });
        m.text(frame, 'Switch progress', { parent: group, x: 40, y: 100, width: 200 });
        m.text(frame, '40%', { parent: group, x: 300, y: 100, width: 40 });
        m.layer(frame, 'RECTANGLE', { parent: group, name: 'Rectangle 251', x: 40, y: 128, width: 300, height: 8, fill: 'solid' });
        m.layer(frame, 'RECTANGLE', { parent: group, name: 'Rectangle 256', x: 40, y: 128, width: 120, height: 8, fill: 'solid', accent: true });
        return m.build();
      },
    },
    {
      name: 'a thin divider line and a shorter rule under a heading, with no percentage or progress label',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        const group = m.layer(frame, 'FRAME', { name: 'Frame 263', height: 64 });
        m.text(frame, 'Your details', { parent: group, x: 40, y: 100, width: 200 });
        m.layer(frame, 'RECTANGLE', { parent: group, name: 'Line', x: 40, y: 128, width: 300, height: 2, fill: 'solid' });
        m.layer(frame, 'RECTANGLE', { parent: group, name: 'Line', x: 40, y: 128, width: 40, height: 2, fill: 'solid', accent: true });
        return m.build();
      },
    },
    {
      name: 'a step counter on the connect screen',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Step 2 of 3');
        return m.build();
      },
    },
    {
      name: 'a weekly workout goal ring in a fitness app',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const home = m.screen('Home');
        m.text(home, '3 of 5 workouts done');
        return m.build();
      },
    },
  ],
};
