/** Cases for the value-exchange detectors. */
import type { DetectorCase } from '../context';
import { connectScreen, Mockup } from './cases/mockup';

export const VALUE_CASES: Record<string, DetectorCase[]> = {
  'value.three-part': [
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
      name: 'a connect button with no explanation',
      expect: 'missing',
      snapshot: () => {
        const m = new Mockup();
        connectScreen(m);
        return m.build();
      },
    },
  ],
  'value.contextual-ctas': [
    {
      name: 'a dashboard chart asks to connect the bank',
      expect: 'found',
      snapshot: () => {
        const m = new Mockup();
        const dashboard = m.screen('Dashboard');
        m.layer(dashboard, 'VECTOR', { name: 'Chart/Line', height: 180 });
        m.button(dashboard, 'Connect your bank account');
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
