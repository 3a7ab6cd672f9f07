// Rebuild every dev-split file: node eval/dev/build/all.mjs
for (const f of ['d01', 'd02', 'd03', 'd04', 'd05', 'd06', 'd07', 'd08']) await import(`./${f}.mjs`);
await import('./validate.mjs');
