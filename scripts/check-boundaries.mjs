// Keeps the architecture honest (see docs/architecture-rules.md): every import in src/, tests/,
// bench/ and scripts/ must respect the floors in scripts/boundaries/rules.mjs. Part of `npm run lint`.
import { fileURLToPath } from 'node:url';
import { checkBoundaries, findCircles, unmirroredTestFolders } from './boundaries/check.mjs';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const problems = checkBoundaries(root);
for (const { file, spec, message } of problems) console.error(`${file}: ${spec ? `imports "${spec}": ` : ''}${message}`);
const circles = findCircles(root);
for (const circle of circles) console.error(`an import circle: ${circle.join(' <-> ')}`);
const stray = unmirroredTestFolders(root);
for (const folder of stray) console.error(`${folder}: mirrors no folder of src/ (unit tests live at the path of the code they test)`);
if (problems.length || circles.length || stray.length) {
  console.error(`\n${problems.length} import(s) break the floors of the house; ${circles.length} import circle(s); ${stray.length} test folder(s) off the mirror.`);
  process.exit(1);
}
