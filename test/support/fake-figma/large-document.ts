/**
 * A large document for benchmarks: N frames of M layers each, with nested instances
 * `depth` levels deep, hidden layers, mixed fonts and image/video fills along the way.
 */
import { FakeFigma } from './fake-figma';
import type { FakeNode } from './nodes';
import { FakeFrame, FakeInstance, FakeShape, FakeText } from './nodes';

export interface LargeDocumentOptions {
  frames: number;
  nodesPerFrame: number;
  depth: number;
  readCostMicros?: number;
}

export function generateLargeDocument({ frames, nodesPerFrame, depth, readCostMicros }: LargeDocumentOptions): FakeFigma {
  const fake = new FakeFigma({ readCostMicros });
  const components = fake.page('Components');
  const page = fake.page('Onboarding');
  fake.currentPage = page;
  page._loaded = true;

  // A chain of components, each holding an instance of the next: deep instance nesting.
  let inner: FakeFrame | null = null;
  for (let level = depth; level >= 1; level--) {
    const component = new FakeFrame(fake.ctx, fake.hooks, 'COMPONENT', `Card/Level ${level}`, { width: 300, height: 80 });
    component.append(new FakeText(fake.ctx, fake.hooks, 'Label', `Level ${level} label`, { width: 200, height: 20 }));
    if (inner) component.append(new FakeInstance(fake.ctx, fake.hooks, `Nested ${level + 1}`, inner, { y: 30, width: 280, height: 40 }));
    components.append(component);
    inner = component;
  }

  for (let f = 0; f < frames; f++) {
    const frame = new FakeFrame(fake.ctx, fake.hooks, 'FRAME', `Screen ${f + 1}`, { x: f * 400, y: 0, width: 375, height: 812 });
    page.append(frame);
    let made = 0;
    let container: FakeNode = frame;
    while (made < nodesPerFrame) {
      const kind = made % 10;
      let node: FakeNode;
      if (kind === 0) {
        node = new FakeFrame(fake.ctx, fake.hooks, made % 20 === 0 ? 'GROUP' : 'FRAME', `Group ${made}`, { y: made, width: 300, height: 40 });
        frame.append(node);
        container = node;
        made++;
        continue;
      } else if (kind === 3 && inner) {
        node = new FakeInstance(fake.ctx, fake.hooks, `Card ${made}`, made % 30 === 3 ? null : inner, { y: made, width: 300, height: 80 });
      } else if (kind === 5) {
        const shape = new FakeShape(fake.ctx, fake.hooks, 'RECTANGLE', `Media ${made}`, { y: made, width: 300, height: 160 });
        shape._fills = [made % 20 === 5 ? ({ type: 'VIDEO', videoHash: null, scaleMode: 'FILL' } as unknown as Paint) : { type: 'IMAGE', imageHash: null, scaleMode: 'FILL' }];
        node = shape;
      } else {
        const text = new FakeText(fake.ctx, fake.hooks, `Text ${made}`, `Copy line ${made} of screen ${f + 1}`, {
          y: made,
          width: 280,
          height: 20,
          visible: made % 17 !== 0,
        });
        text._mixedFont = made % 7 === 0;
        node = text;
      }
      container.append(node);
      made++;
    }
  }
  // Link each screen to the next now that all ids exist.
  const screens = page._children;
  screens.forEach((screen, i) => {
    const next = screens[i + 1];
    if (next) screen.linkTo(next);
  });
  return fake;
}
