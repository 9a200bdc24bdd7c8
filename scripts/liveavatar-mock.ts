#!/usr/bin/env node
// The `liveavatar-mock` bin of the published package: the same mock as `npm run mock` (scripts/mock.ts), serving
// the fixed spec the package ships (dist/openapi.fixed.json). Prism is an optional peer the consumer installs.
import './mock.ts';
