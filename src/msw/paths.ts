/** `{session_id}` → `:session_id`: MSW's path parameters. */
export function mswPath(baseUrl: string, template: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${template.replace(/\{([^}]+)\}/g, ':$1')}`;
}

/**
 * Literal segments before parameters, so that `/v1/avatars/public` is matched before `/v1/avatars/{avatar_id}`
 * (MSW answers with the first handler that matches).
 */
export function bySpecificity(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const leftParameter = left[index]?.startsWith('{') === true;
    const rightParameter = right[index]?.startsWith('{') === true;
    if (leftParameter !== rightParameter) return leftParameter ? 1 : -1;
  }
  return 0;
}

/** The request's path relative to the base URL's path: what the spec's templates describe. */
export function specPathname(requestUrl: string, baseUrl: string): string {
  const base = new URL(baseUrl, requestUrl).pathname.replace(/\/+$/, '');
  const { pathname } = new URL(requestUrl);
  return base !== '' && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
}
