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
  const levels: FakeFrame[] = [];
  for (let level = 1; level <= depth; level++) {
    const component = new FakeFrame(fake.ctx, fake.hooks, 'COMPONENT', `Card/Level ${level}`, { width: 300, height: 80 });
    component.append(new FakeText(fake.ctx, fake.hooks, 'Label', `Level ${level} label`, { width: 200, height: 20 }));
    components.append(component);
    levels.push(component);
  }
  // Instances carry their own copies of the component's layers (as in Figma), hidden overrides included.
  const makeInstance = (level: number, name: string, broken: boolean, y: number): FakeInstance => {
    const main = levels[level - 1] ?? null;
    const instance = new FakeInstance(fake.ctx, fake.hooks, name, broken ? null : main, { y, width: 300, height: 80 });
    instance.append(new FakeText(fake.ctx, fake.hooks, 'Label', `Level ${level} label`, { width: 200, height: 20 }));
    instance.append(new FakeText(fake.ctx, fake.hooks, 'Hidden badge', 'New', { visible: false }));
    if (level < depth) instance.append(makeInstance(level + 1, `Nested ${level + 1}`, false, 30));
    return instance;
  };
  const inner = levels[0] ?? null;

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
        node = makeInstance(1, `Card ${made}`, made % 30 === 3, made);
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
