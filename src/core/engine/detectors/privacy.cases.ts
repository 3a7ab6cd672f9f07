/** Cases for the privacy, trust and support detectors. */
import type { DetectorCase } from '../context';
import { connectScreen, Mockup } from './cases/mockup';

function onConnectScreen(name: string, expect: DetectorCase['expect'], ...lines: string[]): DetectorCase {
  return {
    name,
    expect,
    snapshot: () => {
      const m = new Mockup();
      const { frame } = connectScreen(m);
      for (const line of lines) m.text(frame, line);
      return m.build();
    },
  };
}

/**
 * A help screen with chat and email, one click away by a link labelled `label`: from a profile that
 * lists the connected platform, or from the welcome screen before the connect prompt.
 */
function helpScreen(name: string, expect: DetectorCase['expect'], label: string, from: 'profile' | 'welcome'): DetectorCase {
  return {
    name,
    expect,
    snapshot: () => {
      const m = new Mockup();
      const signUp = m.screen('Sign up');
      const { frame } = connectScreen(m);
      const help = m.screen('Frame 12');
      m.text(help, 'Need a hand?');
      m.text(help, 'Chat with us in the app, 8am–8pm');
      m.text(help, 'hello@floatly.example');
      m.goesTo(m.button(signUp, 'Create account'), frame).start(signUp);
      if (from === 'welcome') {
        m.goesTo(m.link(signUp, label), help);
      } else {
        const profile = m.screen('Profile');
        m.text(profile, 'Xero · Pip Studio Ltd');
        m.goesTo(m.link(profile, label), help);
      }
      return m.build();
    },
  };
}

export const PRIVACY_CASES: Record<string, DetectorCase[]> = {
  'privacy.data-scope': [
    {
      name: '"We only read your sales totals and items" beside the prompt',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'We only read your sales totals and items, never your customers’ card numbers.');
        return m.build();
      },
    },
    {
      name: '"we’ll pull the payment on the due date": money, not data',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Link a bank and we’ll pull the payment on the due date automatically.');
        return m.build();
      },
    },
    {
      name: '"What Tallyspend reads (read-only): vendor bills, vendors, GL accounts"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'What Tallyspend reads (read-only): vendor bills, vendors, GL accounts and payments.');
        return m.build();
      },
    },
    {
      name: 'an offer to send a mutual NDA before any matter data is shared',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'We’ll send our mutual non-disclosure agreement for e-signature before any matter data is shared.');
        return m.build();
      },
    },
    {
      name: 'what comes in from the rota tool and what goes out to the ledger',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'What we use: shift hours come in from your rota tool; pay journals go out to your accounting ledger.');
        return m.build();
      },
    },
    onConnectScreen('what comes from one system and goes to the other, said as "from your … we bring in" and "to your … we send"', 'found',
      'From your POS we bring in closed checks and tip lines, per server and per shift.', 'To your payroll provider we send each employee’s tip total.'),
    onConnectScreen('billing terms, not bills', 'missing', 'Billed monthly. Cancel anytime from this page.'),
    onConnectScreen('a permissions summary: "will read:" and "will write:" lists', 'found', 'Payline will read: chart of accounts, tracking categories, employees', 'Payline will write: payroll journals'),
    onConnectScreen('the kinds of data, then where they come from', 'found', 'We import names, work emails and start dates from your payroll provider.'),
    onConnectScreen('the data and its direction are named', 'found', 'We only read invoices and bank transactions from your accounting software.'),
    onConnectScreen('a kind of data the lexicon does not list', 'found', 'We import your payroll data from Gusto every night.'),
    onConnectScreen('"we read your <kind> from <source>", whatever the kind', 'found', 'We read your steps and heart rate from Apple Health to tailor your plan.'),
    onConnectScreen('no word on which data', 'missing', 'It only takes a minute.'),
    onConnectScreen('a promise the data never goes anywhere', 'missing', 'Secure connection. We never sell or share your store data.'),
    onConnectScreen('a file upload instead of connecting', 'missing', 'Channel not listed? Import a CSV of orders'),
    onConnectScreen('the platform\'s own consent page asking for access', 'missing', 'ShelfSight is requesting access to orders, inventory and fees.'),
    onConnectScreen('what disconnecting stops', 'missing', 'ShelfSight will stop importing orders from this store.'),
  ],
  'privacy.trust-language': [
    onConnectScreen('an NDA offered for a security review', 'missing', 'Need an MNDA for your security review? Request one'),
    onConnectScreen('reassuring wording', 'found', 'Your data is encrypted and never shared with third parties.'),
    onConnectScreen('nothing reassuring', 'missing', 'It only takes a minute.'),
    onConnectScreen('"securely", as the word is often used', 'found', 'Securely add your bank in seconds'),
    onConnectScreen('an insecure password warning', 'missing', 'Insecure password: try a longer one'),
  ],
  'privacy.consent-action': [
    {
      name: 'a checkbox by "I’m happy to share this. Our", with the privacy notice linked',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m, 'Sounds good');
        m.checkbox(frame, 'I’m happy to share this. Our');
        m.link(frame, 'privacy notice');
        return m.build();
      },
    },
    {
      name: 'a checkbox by "I’m happy for PayRota to read my rota", with the privacy notice linked',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m, 'Link my rota app');
        m.checkbox(frame, 'I’m happy for PayRota to read my rota. See our');
        m.link(frame, 'privacy notice');
        return m.build();
      },
    },
    {
      name: 'a checkbox by "I have read and accept the Data Access Terms", with the terms linked',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.checkbox(frame, 'I have read and accept the Data Access Terms on behalf of the Applicant.');
        m.link(frame, 'Data Access Terms (PDF)');
        return m.build();
      },
    },
    {
      name: 'terms accepted with a checkbox on the sign-up screen, before any connecting',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const signUp = m.screen('Sign up');
        m.checkbox(signUp, 'I agree to the Terms and Privacy Policy');
        m.link(signUp, 'Privacy Policy');
        const { frame } = connectScreen(m);
        m.goesTo(m.button(signUp, 'Create account'), frame).start(signUp);
        return m.build();
      },
    },
    {
      name: 'an agreement on the sheet the connect button opens, the policy named in the same line',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame, cta } = connectScreen(m);
        const sheet = m.screen('Sheet / redirect');
        m.text(sheet, 'You’ll be taken to Xero');
        m.checkbox(sheet, 'I agree to Thrive’s Data Processing Terms');
        m.goesTo(cta, sheet);
        void frame;
        return m.build();
      },
    },
    {
      name: 'a checkbox beside consent wording with a policy link',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.checkbox(frame, 'I agree to share my accounting data');
        m.link(frame, 'Privacy policy');
        return m.build();
      },
    },
    {
      name: 'a first-person line about the data beside a checkbox, with a policy link',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.checkbox(frame, 'I’m happy for Floatly to read my invoices and bank transactions.');
        m.link(frame, 'Privacy policy');
        return m.build();
      },
    },
    onConnectScreen('a trust line mentioning permission, with no checkbox', 'missing', 'We never share your data without your permission.', 'Privacy policy'),
    {
      name: 'consent beside a checkbox, with a link to the data-use terms',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.checkbox(frame, 'I agree to Brightline accessing my account data as described in the');
        m.link(frame, 'Data Use Terms');
        return m.build();
      },
    },
    {
      name: 'consent beside a checkbox, with only a pricing link',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.checkbox(frame, 'I agree to Brightline accessing my account data.');
        m.link(frame, 'Pricing plans');
        return m.build();
      },
    },
    {
      name: 'a first-person marketing opt-in beside a checkbox',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.checkbox(frame, 'I’d like tips and product news by email.');
        m.link(frame, 'Privacy policy');
        return m.build();
      },
    },
  ],
  'privacy.disconnect-anytime': [
    onConnectScreen('unlinking whenever the customer wishes', 'found', 'You’re in charge — you can unlink your software whenever you wish, from Settings.'),
    onConnectScreen('cutting the connection whenever you like', 'found', 'After the import you can cut the connection whenever you like.'),
    onConnectScreen('disconnecting at any time is stated', 'found', 'You can disconnect at any time from Settings.'),
    onConnectScreen('unplugging, in other words', 'found', 'Change your mind? Unplug it whenever you like from Profile.'),
    onConnectScreen('cancelling a subscription at any time', 'missing', 'You can cancel your subscription at any time.'),
    onConnectScreen('changing goals whenever you like', 'missing', 'Change your mind? Edit your goals whenever you like.'),
    onConnectScreen('switching the connection off', 'found', 'Switch off the connection any time from Settings.'),
    onConnectScreen('switching notifications off', 'missing', 'Switch off notifications any time from Settings.'),
  ],
  'privacy.connection-guide': [
    onConnectScreen('an article on why linking helps, not how to link', 'missing', 'Want to know more? Why linking helps charities like yours'),
    onConnectScreen('a guide to connecting', 'found', 'Help: connecting your accounting'),
    onConnectScreen('a step-by-step link that names connecting', 'found', 'Step-by-step: linking Xero'),
    onConnectScreen('a general help centre link', 'missing', 'Support & Help Center'),
    onConnectScreen('a step-by-step link about something else', 'missing', 'Step-by-step: your first invoice'),
    onConnectScreen('a help question about linking', 'found', 'How do I link my bank?'),
    onConnectScreen('a help question about something else', 'missing', 'How do I change my password?'),
    onConnectScreen('trouble connecting', 'found', 'Having trouble connecting?'),
    onConnectScreen('trouble with something else', 'missing', 'Trouble sleeping? Try our wind-down'),
  ],
  'privacy.statistics': [
    {
      name: 'a crowd counted in thousands without a plus: "38,000 marketplace sellers filed with us last quarter"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '38,000 marketplace sellers filed with us last quarter');
        return m.build();
      },
    },
    {
      name: '"4,800+ UK cafés have linked their books"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, '4,800+ UK cafés have linked their books');
        return m.build();
      },
    },
    {
      name: 'loans "up to £250,000 for businesses": a sum, not a crowd',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Grants up to £50,000 and loans up to £250,000 for businesses in the region.');
        return m.build();
      },
    },
    {
      name: 'an import summary "312 invoices, 84 customers" after connecting',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Imported: 312 invoices, 84 customers');
        return m.build();
      },
    },
    {
      name: '"Trusted by 5,000 firms to sync 2M invoices"',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Trusted by 5,000 firms to sync 2M invoices');
        return m.build();
      },
    },
    onConnectScreen('a company\'s identifier, not a count', 'missing', 'Company ID 9130 3551 2288'),
    onConnectScreen('"more than" a count of organisations that connect', 'found', 'More than 4,200 UK charities already link their books with Giftwell.'),
    onConnectScreen('a count of restaurants', 'found', '4,200+ restaurants run tips on Tipwell'),
    onConnectScreen('a key length, not a count', 'missing', '🔒 Secured with 256-bit encryption. Never sold, never shared without your consent.'),
    onConnectScreen('a figure tied to trust', 'found', 'Over 40,000 businesses trust our bank-level encryption.'),
    onConnectScreen('a crowd counted in thousands', 'found', '4,500+ sellers · $2B in sales analysed'),
    onConnectScreen('no figure', 'missing', 'Businesses trust us.'),
    onConnectScreen('sums of money and a duration', 'missing', 'Grants up to £50,000 for businesses in the region. Most applications take 20 minutes.'),
    onConnectScreen('a search box counting apps', 'missing', 'Search 1,000+ apps'),
    onConnectScreen('a count of the banks on offer', 'missing', 'Choose from 12,000+ banks and 40+ accounting platforms'),
    onConnectScreen('a crowd of consumers', 'missing', 'Join 2M+ members eating better'),
    onConnectScreen('a figure in words', 'found', 'Over 1 million businesses rely on our encryption'),
    onConnectScreen('a figure in words about steps walked', 'missing', 'Walk 1 million steps this year'),
  ],
  'privacy.support-contacts': [
    onConnectScreen('a named contact\'s number and address, and a service request', 'found', 'Your Loan Officer: +1 (312) 555-0187 · lending@ironbridge.example · Submit a service request'),
    onConnectScreen('a help cue makes any address and number a support line', 'found', 'Questions? (888) 555-0142 · brands@crateful.example'),
    onConnectScreen('an address with no cue for help', 'missing', 'Invoices go to accounts@crateful.example', 'Book a 15-min call'),
    {
      name: 'an address alone on a screen named for help, and a call to book',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const { frame } = connectScreen(m);
        m.text(frame, 'Book a 15-min call');
        const help = m.screen('Help sheet');
        m.text(help, 'Xero');
        m.text(help, '✉ switch@rowan.example');
        return m.build();
      },
    },
    onConnectScreen('phone and email in one line', 'found', 'Need help? Call us on +44 20 7946 0321 or email support@fundly.example'),
    helpScreen('chat and email on a help screen one click from the connections', 'found', 'Help & support', 'profile'),
    onConnectScreen('one channel only', 'missing', 'Questions? Chat with us'),
    onConnectScreen('a helpline and web chat in one footer', 'found', 'Helpline 0800 046 1180 (Mon–Fri 9–5)  ·  Web chat'),
    onConnectScreen('web chat alone', 'missing', 'Web chat'),
    helpScreen('the same screen reached from a pricing link', 'missing', 'Pricing', 'profile'),
    helpScreen('the app\'s general help, linked from the welcome screen', 'missing', 'Help & support', 'welcome'),
  ],
  'privacy.powered-by': [
    onConnectScreen('a powered-by line', 'found', 'Powered by Codat'),
    onConnectScreen('no credit to the provider', 'missing', 'Secure connection'),
  ],
  'privacy.mutual-nda': [
    onConnectScreen('an NDA on offer', 'found', 'Need an NDA first? Request our mutual NDA'),
    onConnectScreen('no NDA', 'missing', 'Questions? Chat with us'),
  ],
};
