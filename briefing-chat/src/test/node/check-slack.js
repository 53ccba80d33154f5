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
fs.writeFileSync(file, lines.join('\n') + '\n');

const program = ts.createProgram([file], {
  strict: true,
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
  const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
  return {
    payload: where ? where.line - 2 : -1,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  };
});
process.stdout.write(JSON.stringify(diagnostics));
