#!/usr/bin/env node
// Runs the TypeScript CLI straight from a checkout: tsx compiles on load, so no build step is needed.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/index.ts');
