// Builds every file of this set and prints node counts.
import * as d93 from './d93.mjs';
import * as d94 from './d94.mjs';
import * as d95 from './d95.mjs';
import * as d96 from './d96.mjs';
import * as d97 from './d97.mjs';

for (const m of [d93, d94, d95, d96, d97]) {
  const { name, count, truth } = m.run();
  console.log(name, 'nodes', count, 'present', truth.present.length, 'absent', truth.absent.length);
}
