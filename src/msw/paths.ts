/** `{session_id}` → `:session_id`: MSW's path parameters. */
export function mswPath(baseUrl: string, template: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${template.replace(/\{([^}]+)\}/g, ':$1')}`;
}

/**
 * Literal segments before parameters, so that `/v1/avatars/public` is matched before `/v1/avatars/{avatar_id}`
 * (MSW answers with the first handler that matches).
 */
export function bySpecificity(a: string, b: string): number {
  const left = parameterSegments(a);
  const right = parameterSegments(b);
  const differing = left.findIndex((parameter, index) => index < right.length && parameter !== right[index]);
  if (differing === -1) return 0;
  return left[differing] === true ? 1 : -1;
}

/** Per segment of a path template: whether it is a parameter. */
function parameterSegments(template: string): boolean[] {
  return template.split('/').map((segment) => segment.startsWith('{'));
}

/** The request's path relative to the base URL's path: what the spec's templates describe. */
export function specPathname(requestUrl: string, baseUrl: string): string {
  const base = new URL(baseUrl, requestUrl).pathname.replace(/\/+$/, '');
  const { pathname } = new URL(requestUrl);
  // A base at the root leaves `base` empty, which every pathname starts with.
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
}
