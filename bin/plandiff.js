#!/usr/bin/env node
'use strict';
// The CLI is compiled TypeScript: `npm run build` (run by `npm ci` via prepare) emits dist/.
require('../dist/src/cli/main.js').run();
