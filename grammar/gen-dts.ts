/** Regenerates grammar/cst.generated.d.ts from the parser (npm run gen:grammar). */
import { generateCstDts } from '@chevrotain/cst-dts-gen';
import { writeFileSync } from 'node:fs';
import { parser } from './parser.js';

const header = '// Generated from grammar/parser.ts by grammar/gen-dts.ts. Do not edit.\n/* eslint-disable */\n';
writeFileSync(new URL('./cst.generated.d.ts', import.meta.url), header + generateCstDts(parser.getGAstProductions()));
