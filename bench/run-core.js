#!/usr/bin/env node
/**
 * Runs a TypeScript file without a build step: .ts files are transpiled on require with the project's `typescript`
 * (types are not checked here; `tsc` does that). Usage: node bench/run-core.js [bench/core.bench.ts] [args...]
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      resolveJsonModule: true,
      sourceMap: false,
    },
  });
  module._compile(outputText, filename);
};

const entry = path.resolve(process.argv[2] || path.join(__dirname, 'core.bench.ts'));
process.argv.splice(2, 1);
require(entry);
