import type { Check } from '../types';
import type { Reader } from './reading';

/** After an extend for a site, the session lists that site as authenticated. */
export const siteAttached: Check<{ site: string; read: Reader<string[]> }> = ({ exchange, options }) => {
  const sites = options.read(exchange) ?? [];
  if (sites.includes(options.site)) return [];
  return [{ title: `site ${options.site} not attached`, expected: `${options.site} among the authenticated sites`, actual: sites.length ? sites.join(', ') : 'no sites', hint: 'add the extended site to the session\'s authenticated sites', pointer: '/authenticatedSites' }];
};
