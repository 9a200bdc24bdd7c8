import { MAX_PAGES } from './defaults.ts';
import { ResponseParseError } from './errors.ts';

interface Page {
  count?: unknown;
  next?: unknown;
  results: unknown[];
}

type PageInit = { params?: { query?: Record<string, unknown> } & Record<string, unknown> } & Record<
  string,
  unknown
>;

/**
 * Yields every item of a page/page_size listing, one page request at a time. Stops on an empty page, a missing
 * `next`, once `count` items have been seen, or after MAX_PAGES pages, so it cannot loop forever.
 */
export async function* paginate(
  fetchPage: (init: PageInit) => Promise<unknown>,
  path: string,
  init: PageInit | undefined,
): AsyncGenerator<unknown, void, undefined> {
  const query = init?.params?.query ?? {};
  const firstPage = typeof query.page === 'number' ? query.page : 1;
  let seen = 0;
  for (let page = firstPage; page < firstPage + MAX_PAGES; page++) {
    const data = await fetchPage({ ...init, params: { ...init?.params, query: { ...query, page } } });
    if (!isPage(data)) {
      throw new ResponseParseError(`GET ${path}: page ${page} is not {count, next, previous, results}`, {
        operation: { method: 'GET', path },
        status: 200,
        contentType: 'application/json',
      });
    }
    yield* data.results;
    seen += data.results.length;
    const total = typeof data.count === 'number' ? data.count : Infinity;
    if (data.results.length === 0 || !data.next || seen >= total) return;
  }
}

function isPage(data: unknown): data is Page {
  return Array.isArray((data as Partial<Page> | null | undefined)?.results);
}
