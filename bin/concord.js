#!/usr/bin/env node
'use strict';
// Concord's command line; the compiled code lives in dist/ (built by `npm install` / `npm run build`).
const path = require('node:path');
const { existsSync } = require('node:fs');

const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('concord: not built yet; run `npm run build` in ' + path.join(__dirname, '..') + '\n');
  process.exit(2);
}
require(entry);
