#!/usr/bin/env node
// Imports its own package by name: built code when installed, sources under `--conditions=source`.
import { main } from '@portico/simulator/cli';

main(process.argv.slice(2)).catch((error) => {
  console.error(error?.message ?? error);
  process.exit(1);
});
