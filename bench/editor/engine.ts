// The engine alone in a plain Node process, for the editor suite's paired figure: `node engine.js FILE N`
// lints FILE N times and prints the milliseconds of each run as a JSON array.
import * as fs from 'node:fs';
import { lint } from '../../src/core/lint';

const [file, runs] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const samples: number[] = [];
for (let i = 0; i < Number(runs); i++) {
  const start = performance.now();
  lint(text, file, {}, 'typescript');
  samples.push(performance.now() - start);
}
process.stdout.write(JSON.stringify(samples));
