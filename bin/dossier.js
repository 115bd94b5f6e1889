#!/usr/bin/env node
// The dossier command: runs the compiled CLI (npm run build first; npm start does it).
require('../dist/src/cli.js').runCli(process.argv);
