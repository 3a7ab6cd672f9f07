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

export const PRIVACY_CASES: Record<string, DetectorCase[]> = {
  'privacy.data-scope': [
    onConnectScreen('the data and its direction are named', 'found', 'We only read invoices and bank transactions from your accounting software.'),
    onConnectScreen('a kind of data the lexicon does not list', 'found', 'We import your payroll data from Gusto every night.'),
    onConnectScreen('no word on which data', 'missing', 'It only takes a minute.'),
  ],
  'privacy.trust-language': [
    onConnectScreen('reassuring wording', 'found', 'Your data is encrypted and never shared with third parties.'),
    onConnectScreen('nothing reassuring', 'missing', 'It only takes a minute.'),
  ],
  'privacy.consent-action': [
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
    onConnectScreen('a trust line mentioning permission, with no checkbox', 'missing', 'We never share your data without your permission.', 'Privacy policy'),
  ],
  'privacy.disconnect-anytime': [
    onConnectScreen('disconnecting at any time is stated', 'found', 'You can disconnect at any time from Settings.'),
    onConnectScreen('cancelling a subscription at any time', 'missing', 'You can cancel your subscription at any time.'),
  ],
  'privacy.connection-guide': [
    onConnectScreen('a guide to connecting', 'found', 'Help: connecting your accounting'),
    onConnectScreen('a general help centre link', 'missing', 'Support & Help Center'),
  ],
  'privacy.statistics': [
    onConnectScreen('a figure tied to trust', 'found', 'Over 40,000 businesses trust our bank-level encryption.'),
    onConnectScreen('no figure', 'missing', 'Businesses trust us.'),
  ],
  'privacy.support-contacts': [
    onConnectScreen('phone and email in one line', 'found', 'Need help? Call us on +44 20 7946 0321 or email support@fundly.example'),
    onConnectScreen('one channel only', 'missing', 'Questions? Chat with us'),
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
