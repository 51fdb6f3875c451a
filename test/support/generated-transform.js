'use strict';
// Jest transform for Prisma's generated client only (src/generated/). The client loads its WASM
// query compiler with import(); under the project's node16 settings TypeScript keeps that a
// real dynamic import, which Jest's CommonJS runtime cannot run without VM modules. Compiled as
// plain CommonJS it becomes require(). Type checking of these files is tsc's job, not Jest's.
const ts = require('typescript');

module.exports = {
  process(source, filename) {
    const out = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        sourceMap: false,
      },
    });
    return { code: out.outputText };
  },
};
