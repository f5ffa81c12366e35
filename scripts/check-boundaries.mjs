// Keeps the architecture honest (see docs/architecture-rules.md): every import in src/, tests/,
// bench/ and scripts/ must respect the floors in scripts/boundaries/rules.mjs. Part of `npm run lint`.
import { fileURLToPath } from 'node:url';
import { checkBoundaries, findCircles } from './boundaries/check.mjs';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const problems = checkBoundaries(root);
for (const { file, spec, message } of problems) console.error(`${file}: ${spec ? `imports "${spec}": ` : ''}${message}`);
const circles = findCircles(root);
for (const circle of circles) console.error(`an import circle: ${circle.join(' <-> ')}`);
if (problems.length || circles.length) {
  console.error(`\n${problems.length} import(s) break the floors of the house; ${circles.length} import circle(s).`);
  process.exit(1);
}
