/**
 * src/msw/paths.ts on its own: spec templates → MSW path patterns, the order that puts literal segments before
 * parameters, and a request's path relative to the base URL. Inputs are invented paths (the test rule).
 */
import { describe, expect, it } from 'vitest';
import { bySpecificity, mswPath, specPathname } from '../../src/msw/paths.ts';

describe('mswPath', () => {
  it('turns every {name} into :name after the base URL', () => {
    expect(mswPath('http://api.test', '/things/{thing_id}/parts/{part_id}')).toBe(
      'http://api.test/things/:thing_id/parts/:part_id',
    );
  });

  it('drops the base URL’s trailing slashes, one or several', () => {
    expect(mswPath('http://api.test/base/', '/things')).toBe('http://api.test/base/things');
    expect(mswPath('http://api.test/base//', '/things')).toBe('http://api.test/base/things');
  });
});

describe('bySpecificity', () => {
  it('puts a literal segment before a parameter at the same position', () => {
    expect(bySpecificity('/things/public', '/things/{thing_id}')).toBeLessThan(0);
    expect(bySpecificity('/things/{thing_id}', '/things/public')).toBeGreaterThan(0);
  });

  it('decides at the first segment where the two differ', () => {
    expect(bySpecificity('/things/{thing_id}/public', '/things/public/{part_id}')).toBeGreaterThan(0);
    expect(bySpecificity('/things/public/{part_id}', '/things/{thing_id}/public')).toBeLessThan(0);
  });

  it('ranks templates with parameters at the same positions equal, whatever their literal names', () => {
    expect(bySpecificity('/things/{thing_id}', '/v2/{x}')).toBe(0);
    expect(bySpecificity('/things/public', '/things/public')).toBe(0);
  });

  it('compares only the shared segments: a path and a longer one under it keep their order', () => {
    expect(bySpecificity('/things', '/things/{thing_id}')).toBe(0);
    expect(bySpecificity('/things/{thing_id}', '/things')).toBe(0);
  });

  it('sorts literal paths before the parameterised ones they would also match', () => {
    const sorted = [
      '/things/{thing_id}',
      '/things/{thing_id}/parts',
      '/things/public',
      '/things/public/parts',
    ];
    sorted.sort(bySpecificity);
    expect(sorted.indexOf('/things/public')).toBeLessThan(sorted.indexOf('/things/{thing_id}'));
    expect(sorted.indexOf('/things/public/parts')).toBeLessThan(sorted.indexOf('/things/{thing_id}/parts'));
  });
});

describe('specPathname', () => {
  it('removes the base URL’s path from the request’s', () => {
    expect(specPathname('http://api.test/base/things/1', 'http://api.test/base')).toBe('/things/1');
  });

  it('ignores trailing slashes on the base URL', () => {
    expect(specPathname('http://api.test/base/things/1', 'http://api.test/base/')).toBe('/things/1');
    expect(specPathname('http://api.test/base/things/1', 'http://api.test/base//')).toBe('/things/1');
  });

  it('keeps the whole path for a base at the root', () => {
    expect(specPathname('http://api.test/things/1', 'http://api.test')).toBe('/things/1');
    expect(specPathname('http://api.test/things/1', 'http://api.test/')).toBe('/things/1');
  });

  it('keeps the whole path of a request outside the base path', () => {
    expect(specPathname('http://api.test/other/things', 'http://api.test/base')).toBe('/other/things');
  });

  it('reads a relative base URL against the request’s origin', () => {
    expect(specPathname('http://api.test/base/things?page=2', '/base')).toBe('/things');
  });
});
