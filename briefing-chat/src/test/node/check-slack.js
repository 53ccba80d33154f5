// Type-checks Slack message payloads against Slack's own Block Kit types (@slack/types,
// KnownBlock) with the TypeScript compiler: each payload becomes an object literal that must
// satisfy the type, so an unknown block, field or value is an error too.
// Usage: node check-slack.js payloads.json > diagnostics.json   (payloads.json: an array)
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const payloads = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const file = path.resolve(process.argv[2] + '.ts');
const lines = [
  "import type { KnownBlock } from '@slack/types';",
  'type Payload = { text: string; mrkdwn: boolean; blocks: KnownBlock[] };',
];
payloads.forEach((p, i) => lines.push('export const payload' + i + ' = ' + JSON.stringify(p) + ' satisfies Payload;'));
const source = lines.join('\n') + '\n';
fs.writeFileSync(file, source);
// Where each payload starts; a payload's text may hold U+2028, which TypeScript counts as a line end.
const starts = [];
for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) starts.push(at);

const program = ts.createProgram([file], {
  strict: true,
  skipLibCheck: true,
  lib: ['lib.es2022.d.ts'],
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.Node16,
  moduleResolution: ts.ModuleResolutionKind.Node16,
  typeRoots: [],
  types: [],
  baseUrl: __dirname,
  paths: { '@slack/types': [path.join(__dirname, 'node_modules/@slack/types')] },
});
const diagnostics = ts.getPreEmitDiagnostics(program).map(d => {
  let line = -1;
  if (d.start !== undefined) {
    while (line + 1 < starts.length && starts[line + 1] <= d.start) line++;
  }
  return {
    payload: line < 2 ? -1 : line - 2,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  };
});
process.stdout.write(JSON.stringify(diagnostics));
