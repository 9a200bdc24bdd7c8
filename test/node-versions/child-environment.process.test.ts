// What test:node-versions passes to npm and vitest when it runs under `npm run`: npm's own script variables go
// (npm_node_execpath names the Node running npm, not the one under test), the settings a user or CI chose stay.
import { describe, expect, it } from 'vitest';
import { childEnvironment } from '../../scripts/node-versions/process.ts';

describe('childEnvironment', () => {
  it("keeps npm_config_* settings and everything not npm's; drops npm's script variables and prefixes", () => {
    const environment = childEnvironment({
      PATH: '/usr/bin',
      HOME: '/root',
      npm_config_registry: 'https://registry.example.test/',
      npm_config_cache: '/tmp/npm-cache',
      NPM_CONFIG_PROXY: 'http://proxy.example.test:3128',
      npm_config_local_prefix: '/work/project',
      npm_config_prefix: '/usr',
      npm_config_global_prefix: '/usr',
      npm_node_execpath: '/usr/bin/node',
      npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
      npm_lifecycle_event: 'test:node-versions',
      npm_package_name: 'liveavatar-client',
    });
    expect(environment).toEqual({
      PATH: '/usr/bin',
      HOME: '/root',
      npm_config_registry: 'https://registry.example.test/',
      npm_config_cache: '/tmp/npm-cache',
      NPM_CONFIG_PROXY: 'http://proxy.example.test:3128',
    });
  });
});
