/**
 * Instruction-count harness for speed work (issue #18; docs/engine.md §7): generates the seed-42
 * synthetic pair of the given size and runs N warm-up-free compares. Under callgrind, the count
 * of a run with N compares minus the count of a run with none, divided by N, is the engine's cost
 * per compare, independent of machine load:
 *
 *   valgrind --tool=callgrind --callgrind-out-file=/dev/null node dist/bench/callgrind-compare.js 3000 3
 *   valgrind --tool=callgrind --callgrind-out-file=/dev/null node dist/bench/callgrind-compare.js 3000 0
 */
import { compareTexts } from '../src/engine';
import { generatePair } from '../test/synthetic/synthetic';

const clauses = Number(process.argv[2] ?? 3000);
const runs = Number(process.argv[3] ?? 1);
const pair = generatePair({ clauses, seed: 42 });
let changes = 0;
for (let i = 0; i < runs; i++) changes += compareTexts(pair.a, pair.b).changes.length;
process.stdout.write(`${clauses} clauses, ${runs} compares, ${changes} changes\n`);
