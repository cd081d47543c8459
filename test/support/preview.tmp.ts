import { runFixture } from './golden.js';
for (const f of process.argv.slice(2)) { console.log('=== ' + f); process.stdout.write(runFixture(f)); }
