import { ConfigurationError } from './errors.ts';

/** True in a browser-like page (window + document), where an API key would be visible to every visitor. */
export function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Parses the base URL and refuses plain http to a non-loopback host while credentials are configured. */
export function checkBaseUrl(baseUrl: string, hasCredentials: boolean, allowInsecureHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`baseUrl must use http or https, got ${url.protocol}`);
  }
  if (
    url.protocol === 'http:' &&
    hasCredentials &&
    !allowInsecureHttp &&
    !LOOPBACK_HOSTS.test(url.hostname)
  ) {
    throw new ConfigurationError(
      `refusing to send credentials over plain http to ${url.host}; use https, or set allowInsecureHttp: true if this network is trusted`,
    );
  }
  return url;
}
