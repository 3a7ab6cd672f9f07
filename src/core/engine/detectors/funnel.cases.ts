/** Cases for the funnel detectors: what each must find, and the look-alikes it must not. */
import type { DetectorCase } from '../context';
import { connectScreen, Mockup } from './cases/mockup';

export const FUNNEL_CASES: Record<string, DetectorCase[]> = {
  'funnel.greeting-email': [
    {
      name: 'a practice\'s welcome email: step 2 connects the client\'s books, its button says "Connect a client now"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const email = m.screen('Welcome email');
        m.text(email, 'Subject: Your practice workspace is ready');
        m.text(email, '1  Add the client’s details\n2  Connect their bookkeeping software and business bank\n3  Review the summary together');
        m.button(email, 'Connect a client now');
        const { frame } = connectScreen(m);
        m.goesTo(m.text(frame, 'See the welcome email'), email);
        return m.build();
      },
    },
    {
      name: 'a welcome email with numbered steps in one text and a connect button',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const email = m.screen('Email / Welcome');
        m.text(email, '1 Tell us about your business 2 Connect your accounting 3 Get your offer');
        m.button(email, 'Connect your books');
        return m.build();
      },
    },
    {
      name: 'a welcome email that only says hello',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const email = m.screen('Email / Welcome');
        m.text(email, 'Welcome aboard, Maya!');
        m.button(email, 'Open the app');
        return m.build();
      },
    },
  ],
  'funnel.three-actions': [
    {
      name: 'sign-up leads straight to the connect prompt',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const signUp = m.screen('Sign up');
        const { frame } = connectScreen(m);
        m.goesTo(m.button(signUp, 'Create account'), frame).start(signUp);
        return m.build();
      },
    },
    {
      name: 'five screens before the connect prompt',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const screens = ['Sign up', 'Verify', 'Company', 'Team', 'Plan'].map((name) => m.screen(name));
        const { frame } = connectScreen(m);
        screens.forEach((screen, at) => m.goesTo(m.button(screen, 'Next'), screens[at + 1] ?? frame));
        m.start(screens[0]!);
        return m.build();
      },
    },
  ],
  'funnel.cta-visible': [
    {
      name: 'a filled "Choose booking software" button under "Plug in your booking software"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const signUp = m.screen('Sign up');
        const frame = m.screen('Connect – booking software');
        m.text(frame, 'Plug in your booking software');
        m.button(frame, 'Choose booking software');
        m.goesTo(m.button(signUp, 'Create account'), frame).start(signUp);
        return m.build();
      },
    },
    {
      name: '"Link my card reader" for a pop-up shop',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Link where you sell');
        m.text(frame, 'We read sales, refunds and payouts from your reader.');
        m.button(frame, 'Link my card reader');
        return m.build();
      },
    },
    {
      name: '"Link with Amazon" under "Link your Alexa account" in a smart-home app: signing in to a voice assistant',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const voice = m.screen('Voice assistants');
        m.text(voice, 'Link your Alexa account');
        m.text(voice, 'You’ll be taken to Amazon to sign in, then brought back here.');
        m.button(voice, 'Link with Amazon');
        return m.build();
      },
    },
    {
      name: '"Set up sync" on each known platform\'s card, under an "Accounting sync" heading',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const picker = m.screen('Bring in your books');
        m.text(picker, 'Accounting sync', { y: 60 });
        for (const [at, name] of ['QuickBooks Online', 'Xero'].entries()) {
          const card = m.layer(picker, 'FRAME', { name: `Card ${at}`, y: 100 + at * 140, height: 120, fill: 'solid' });
          m.text(picker, name, { parent: card, y: 110 + at * 140 });
          m.layer(picker, 'TEXT', { parent: card, text: 'Set up sync', y: 180 + at * 140, width: 120, height: 36, fill: 'solid', accent: true });
        }
        return m.build();
      },
    },
    {
      name: '"Turn on sync" for a notes app\'s settings, on no platform\'s card',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const settings = m.screen('Sync');
        m.text(settings, 'Sync your accounting notes across devices');
        m.layer(settings, 'TEXT', { text: 'Turn on sync', width: 120, height: 36, fill: 'solid', accent: true });
        return m.build();
      },
    },
    {
      name: '"Connect with a freight finance specialist" on the sign-up screen: a person, not the customer\'s software',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const signUp = m.screen('Sign up');
        m.text(signUp, 'Create your account');
        m.link(signUp, 'Connect with a freight finance specialist');
        return m.build();
      },
    },
    {
      name: 'a form whose "Continue" sits in the column of its field labels and opens the connect screen',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const form = m.screen('Your lab');
        for (const label of ['Lab name', 'Work email', 'Phone']) m.text(form, label, { x: 24 });
        const next = m.text(form, 'Continue', { x: 24 });
        const { frame } = connectScreen(m, 'Connect QuickBooks Online');
        m.goesTo(next, frame).start(form);
        return m.build();
      },
    },
    {
      name: '"Connect your Google Drive" in a file-storage app',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const files = m.screen('Bring in your files');
        m.text(files, 'Your files, everywhere');
        m.button(files, 'Connect your Google Drive');
        return m.build();
      },
    },
    {
      name: 'a chat quick reply "🔗 Link my rota app"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const chat = m.screen('Chat – Ada');
        m.text(chat, 'Want to stop typing everyone’s hours in twice?');
        m.button(chat, '🔗 Link my rota app');
        return m.build();
      },
    },
    {
      name: 'connect buttons only on screens the prototype reaches through Settings',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const home = m.screen('Dashboard');
        const settings = m.screen('Settings — General');
        m.goesTo(m.link(home, 'Settings'), settings).start(home);
        const { frame, cta } = connectScreen(m, 'Connect QuickBooks Online');
        m.goesTo(m.link(settings, 'Connections'), frame);
        const review = m.screen('Review access — QuickBooks Online');
        m.text(review, 'QuickBooks Online');
        m.goesTo(cta, review);
        m.button(review, 'Authorize QuickBooks Online');
        return m.build();
      },
    },
    {
      name: '"Link to Alexa" beside its icon in a smart-lock app, with a lock "synced 2 min ago"',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const home = m.screen('Home');
        m.text(home, 'Locked · battery 82% · synced 2 min ago');
        m.layer(home, 'VECTOR', { name: 'Vector', x: 24, y: 200, width: 24, height: 24 });
        m.button(home, 'Link to Alexa', { x: 56, y: 200, height: 24 });
        return m.build();
      },
    },
    {
      name: '"Connect your Gmail account" in a mail app: an account, but not the business\'s books',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const welcome = m.screen('Welcome');
        m.text(welcome, 'All your inboxes in one place');
        m.button(welcome, 'Connect your Gmail account');
        m.link(welcome, 'Add another account');
        return m.build();
      },
    },
    {
      name: '"Link accounts" on a screen that lists banks',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Bank accounts');
        m.text(frame, 'Chase Business');
        m.text(frame, 'Wells Fargo');
        m.button(frame, 'Link accounts');
        return m.build();
      },
    },
    {
      name: 'the connect screen opens only from a row of a "More" sheet, a list of short entries on its own screen',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const home = m.screen('Home');
        const more = m.screen('Frame 6');
        m.goesTo(m.button(home, 'More'), more).start(home);
        const { frame } = connectScreen(m, 'Link my accounts');
        ['Profile', 'Receipts', 'Apps & integrations', 'Help'].forEach((entry, at) => {
          const row = m.text(more, entry, { x: 24, y: 120 + at * 56, width: 200 });
          if (entry === 'Apps & integrations') m.goesTo(row, frame);
        });
        return m.build();
      },
    },
    {
      name: 'the same connect screen opened by a "Next" button from a form of stacked fields',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const form = m.screen('Business basics');
        ['Business name', 'EIN', 'Address'].forEach((field, at) => m.text(form, field, { x: 24, y: 120 + at * 56, width: 200 }));
        const { frame } = connectScreen(m, 'Link my accounts');
        m.goesTo(m.button(form, 'Next', { x: 24 }), frame).start(form);
        return m.build();
      },
    },
    {
      name: 'a connect button only in a welcome email',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const email = m.screen('Email — Application received');
        m.text(email, 'Dear Mr. Halvorsen, thank you for starting your application.');
        m.button(email, 'Authorise access to my records');
        return m.build();
      },
    },
    {
      name: 'connect labels worded "Connect your POS", "Grant authorisation" and "Plug in my accounting app"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const pos = m.screen('04 Connect');
        m.text(pos, 'Toast POS');
        m.button(pos, 'Connect your POS');
        const grant = m.screen('Authorisation');
        m.text(grant, 'Xero');
        m.button(grant, 'Grant Authorisation');
        connectScreen(m, 'Plug in my accounting app');
        return m.build();
      },
    },
    {
      name: 'a connect button drawn as a filled shape in the main content',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        connectScreen(m, 'Connect with Apple Health');
        return m.build();
      },
    },
    {
      name: 'an app named "Rider Connect" in the app bar',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const home = m.screen('Home');
        m.button(home, 'Rider Connect');
        m.text(home, 'Where to?');
        return m.build();
      },
    },
    {
      name: 'linking a payment method to pay for rides',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const wallet = m.screen('Wallet');
        m.text(wallet, 'Add a payment method to pay for your rides');
        m.button(wallet, 'Link PayPal as payment method');
        return m.build();
      },
    },
    {
      name: 'connecting team apps and a calendar in a CRM (no financial software)',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Integrations');
        m.text(frame, 'Connect the apps your team already lives in.');
        m.text(frame, 'Communication');
        for (const name of ['Slack', 'Gmail']) {
          m.text(frame, name);
          m.button(frame, 'Connect');
        }
        m.button(frame, 'Sync calendar');
        return m.build();
      },
    },
    {
      name: '"Connect your apps" on a screen with an accounting heading',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Frame 4');
        m.text(frame, 'Accounting');
        m.button(frame, 'Connect your apps');
        return m.build();
      },
    },
    {
      name: 'a quick-reply chip that answers before it asks: "OK, link my books"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const chat = m.screen('Chat 2');
        m.text(chat, 'Just money in, money out and your invoices.');
        m.button(chat, 'OK, link my books', { width: 168 });
        return m.build();
      },
    },
    {
      name: 'a reassuring adverb before the verb: "Securely link your bank"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Frame 3');
        m.text(frame, 'Almost there');
        m.text(frame, 'Your company account');
        m.button(frame, 'Securely link your bank');
        return m.build();
      },
    },
    {
      name: 'a reassuring adverb before signing in',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const frame = m.screen('Frame 3');
        m.text(frame, 'Welcome back');
        m.button(frame, 'Securely sign in');
        return m.build();
      },
    },
    {
      name: 'a chip that only acknowledges: "OK, got it"',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const chat = m.screen('Chat 2');
        m.text(chat, 'Just money in, money out and your invoices.');
        m.button(chat, 'OK, got it', { width: 168 });
        return m.build();
      },
    },
    {
      name: 'connecting a watch over Bluetooth',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const pair = m.screen('Pair');
        m.button(pair, 'Connect your watch');
        return m.build();
      },
    },
  ],
  'funnel.social-proof': [
    {
      name: 'a quote signed with a first name and the business: "Hattie · Wildflower & Wren, Ludlow"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '“Petal Pay sorted my whole season’s deposits in one evening.”');
        m.text(frame, 'Hattie · Wildflower & Wren, Ludlow');
        return m.build();
      },
    },
    {
      name: 'a row of star emoji under a quote on the sign-up screen',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const signUp = m.screen('Sign up');
        m.text(signUp, 'Make your free account');
        m.text(signUp, '⭐️⭐️⭐️⭐️⭐️');
        const { frame } = connectScreen(m);
        m.goesTo(m.button(signUp, 'Create my account'), frame).start(signUp);
        return m.build();
      },
    },
    {
      name: 'a quote with a dash inside it, signed by an owner',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '“Funded in 48 hours — we restocked before Black Friday.”', { y: 200, height: 40 });
        m.text(frame, 'Dana Whitfield, owner, Copper & Pine Goods', { y: 250 });
        return m.build();
      },
    },
    {
      name: 'a returning customer\'s "Already using Hatchdesk? Log in" and "the tools you already use"',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Already using Hatchdesk? Log in');
        m.text(frame, 'Hook up the tools you already use for books and card payments.');
        return m.build();
      },
    },
    {
      name: 'a quote, then the name, then the role on its own line ("GM, …")',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '“Tip-out used to eat three hours every Sunday. Now it’s ten minutes.”', { y: 200, height: 60 });
        m.text(frame, 'Maria López', { y: 290 });
        m.text(frame, 'GM, Casa Verde Group (4 locations)', { y: 312 });
        return m.build();
      },
    },
    {
      name: 'rates to see, not ratings',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'See our rates');
        return m.build();
      },
    },
    {
      name: 'a customer quote with its author and role',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '“Connecting our books took two minutes and saved us a week.”');
        m.text(frame, '— Priya Shah, CFO at Lumen Bakery');
        return m.build();
      },
    },
    {
      name: 'a quote signed with a name, then what the person does',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '“Floatly paid my £4k invoice the same afternoon. I actually cried a little.”');
        m.text(frame, 'Dani Okafor · motion designer, Bristol');
        return m.build();
      },
    },
    {
      name: 'a row of stars and an app-store score',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '⭐️⭐️⭐️⭐️⭐️ 4.8 on the App Store');
        return m.build();
      },
    },
    {
      name: 'a testimonials link',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Read customer testimonials');
        return m.build();
      },
    },
    {
      name: 'a crowd already using the product',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Join 10,000 shops already using Fundly');
        return m.build();
      },
    },
    {
      name: 'a returning customer prompt',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.link(frame, 'Already have an account? Log in');
        return m.build();
      },
    },
    {
      name: 'a two-star difficulty and a version number',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Difficulty ★★☆');
        m.text(frame, 'Version 4.2 on the App Store');
        return m.build();
      },
    },
    {
      name: 'a quoted artwork title on a connect screen',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '“The Garden of Earthly Delights, right panel detail”');
        return m.build();
      },
    },
  ],
  'funnel.prefill': [
    {
      name: '"We found your company on Companies House": public records, not connected data',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'We found your company on Companies House');
        return m.build();
      },
    },
    {
      name: 'a form headed "Imported from QuickBooks Online — please review" after connecting',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { cta } = connectScreen(m);
        const profile = m.screen('Firm profile');
        m.text(profile, 'Imported from QuickBooks Online — please review');
        m.text(profile, 'Legal name');
        m.goesTo(cta, profile);
        return m.build();
      },
    },
    {
      name: 'an ask to connect that promises to fill the form: "Link your rota to fill these in from the shifts people worked"',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Link your rota to fill these in from the shifts people actually worked.');
        return m.build();
      },
    },
    {
      name: 'a sync screen counting what was imported',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { cta } = connectScreen(m);
        const done = m.screen('Done');
        m.text(done, '312 invoices imported from Xero');
        m.goesTo(cta, done);
        return m.build();
      },
    },
    {
      name: 'records that came over from the connected platform',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '14 people came over from Gusto');
        return m.build();
      },
    },
    {
      name: 'a question about which fields come across',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Which fields come across from Shopify?');
        return m.build();
      },
    },
    {
      name: 'details filled in from the connected platform',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'We’ve filled these in from Xero. Change anything that looks wrong.');
        return m.build();
      },
    },
    {
      name: 'details populated from the connected platform',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'The following details have been populated from Xero; please review them.');
        return m.build();
      },
    },
    {
      name: 'an assistant found the details in the platform',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'I found these in QuickBooks — look right?');
        return m.build();
      },
    },
    {
      name: 'errors found in an uploaded file',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'We found 3 errors in your file.');
        return m.build();
      },
    },
    {
      name: 'asked to fill a form in from a tax return',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Please fill in these details from your last tax return.');
        return m.build();
      },
    },
    {
      name: 'an empty company form',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Company name');
        return m.build();
      },
    },
  ],
};
