/** A small onboarding flow built with the fake's builders: sign up → value → connect → done. */
import { FakeFigma } from '../../../fake-figma';
import type { FakeFrame, FakeNode } from '../../../fake-figma';

export interface SampleFlow {
  fake: FakeFigma;
  signUp: FakeNode;
  value: FakeNode;
  connect: FakeNode;
  done: FakeNode;
  connectButton: FakeNode;
  trustGroup: FakeNode;
}

export function sampleFlow(fake: FakeFigma = new FakeFigma()): SampleFlow {
  const onboarding = fake.page('Onboarding');
  const library = fake.page('Library');
  library.component('Button', (c) => c.text('Label'), { width: 200, height: 44 });
  const button = library.lastChild as FakeFrame;

  onboarding
    .frame('Sign up', (f) => f.text('Create your account').text('Work email').instance('Primary button', button, (b) => b.text('Sign up')), { x: 0, width: 375, height: 812 })
    .frame('Why connect', (f) => f.text('See your cash flow in one place').text('We read your invoices to build your forecast').text('Want to know more? Read the FAQ'), { x: 400, width: 375, height: 812 })
    .frame('Connect', (f) =>
      f
        .text('Connect your accounting software')
        .group('Trust', (g) => g.text('Securely connected, never shared with third parties').text('Disconnect at any time'))
        .instance('Connect button', button, (b) => b.text('Connect')),
    { x: 800, width: 375, height: 812 })
    .frame('Done', (f) => f.text('Connected ✓'), { x: 1200, width: 375, height: 812 });

  const signUp = fake.byName('Sign up');
  const value = fake.byName('Why connect');
  const connect = fake.byName('Connect');
  const done = fake.byName('Done');
  fake.byName('Primary button').linkTo(value);
  (value.findByName('Want to know more? Read the FAQ') as FakeNode).linkTo(connect);
  const connectButton = fake.byName('Connect button');
  connectButton.linkTo(done);
  onboarding.flowStartingPoints = [{ nodeId: signUp.rawId, name: 'Onboarding' }];
  return { fake, signUp, value, connect, done, connectButton, trustGroup: fake.byName('Trust') };
}
