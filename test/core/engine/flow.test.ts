import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/core/engine';
import { SnapshotBuilder } from '../support/snapshot-builder';

describe('flow analysis', () => {
  it('starts at the declared starting point, counts steps and lists dead ends', () => {
    const b = new SnapshotBuilder();
    const signUp = b.frame('Sign up', { x: 0 });
    const welcome = b.frame('Welcome', { x: 1600 });
    const pricing = b.frame('Pricing', { x: 3200 });
    const connect = b.frame('Connect', { x: 4800 });
    const after = b.frame('Connected', { x: 6400 });
    const orphan = b.frame('Orphan', { x: 0, y: 2000 });
    b.link(b.button(signUp, 'Continue'), welcome).link(b.button(signUp, 'See pricing'), pricing)
      .link(b.button(welcome, 'Next'), connect).link(b.button(connect, 'Connect your bank'), after).start(signUp);
    b.text(welcome, 'Your company');
    const { flow } = runEngine(b.build());
    expect(flow).toEqual({
      startFrameId: signUp, connectFrameId: connect, stepsToConnect: 2, pathToConnect: [signUp, welcome, connect],
      order: [signUp, welcome, pricing, connect, after, orphan], deadEnds: [pricing], hasLinks: true,
    });
  });

  it('finds the sign-up frame by name when no starting point is set, and orders the rest by canvas position', () => {
    const b = new SnapshotBuilder();
    const lower = b.frame('Later', { x: 0, y: 500 });
    const right = b.frame('Right', { x: 900, y: 0 });
    const signUp = b.frame('Create account', { x: 3000, y: 0 });
    const { flow } = runEngine(b.build());
    expect(flow.startFrameId).toBe(signUp);
    expect(flow.order).toEqual([signUp, right, lower]);
    expect(flow.hasLinks).toBe(false);
    expect(flow.stepsToConnect).toBeNull();
  });

  it('reports no connect frame and no dead ends (there is nothing to reach) when nothing asks to connect', () => {
    const b = new SnapshotBuilder();
    const signUp = b.frame('Sign up');
    const end = b.frame('Done');
    b.link(b.button(signUp, 'Next'), end).start(signUp);
    const { flow } = runEngine(b.build());
    expect(flow.connectFrameId).toBeNull();
    expect(flow.stepsToConnect).toBeNull();
    expect(flow.deadEnds).toEqual([]);
  });

  it('survives cycles', () => {
    const b = new SnapshotBuilder();
    const a = b.frame('Sign up');
    const c = b.frame('Loop');
    b.link(b.button(a, 'Go'), c).link(b.button(c, 'Back'), a).start(a);
    expect(runEngine(b.build()).flow.order).toEqual([a, c]);
  });
});
