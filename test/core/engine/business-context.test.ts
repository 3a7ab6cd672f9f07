import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/core/engine';
import { Mockup } from '../../../src/core/engine/detectors/cases/mockup';

/** A renter's app: sign up, then link a bank to pay rent. */
function rentApp(businessLine: string | null) {
  const m = new Mockup();
  const signUp = m.screen('Sign up');
  m.text(signUp, 'Create your account');
  if (businessLine !== null) m.text(signUp, businessLine);
  const pay = m.screen('Pay rent your way');
  m.text(pay, 'Link your bank to pay rent straight from your checking account');
  m.goesTo(m.button(signUp, 'Next'), pay).start(signUp);
  m.button(pay, 'Link your bank');
  return runEngine(m.build());
}

describe('a file that never speaks of a business', () => {
  it('has no connect prompt: linking a bank to pay rent is not a business connecting its software', () => {
    const findings = rentApp(null);
    expect(findings.flow.connectFrameId).toBeNull();
    expect(findings.items.filter((item) => item.detection === 'found').map((item) => item.itemId)).toEqual([]);
  });

  it('keeps its prompts once it names the business ("Your company")', () => {
    expect(rentApp('Your company details').flow.connectFrameId).not.toBeNull();
  });
});
