import type { SpecOperation } from './types';

export interface RouteMatch {
  operation: SpecOperation;
  pathParams: Record<string, string>;
}

interface TemplateRoute {
  operation: SpecOperation;
  pattern: RegExp;
  names: string[];
  /** Literal characters in the template: a more literal template wins over a more general one. */
  weight: number;
}

/**
 * Matches (method, path) to an operation of the loaded specs. Literal paths are one map lookup; templated paths
 * are tried most-literal first. Repeated slashes count as one (vendor documents print `//sessions/extend`).
 */
export class SpecRouter {
  private readonly literal = new Map<string, SpecOperation>();
  private readonly templated = new Map<string, TemplateRoute[]>();

  constructor(operations: SpecOperation[]) {
    for (const operation of operations) {
      const names: string[] = [];
      if (!operation.pathTemplate.includes('{')) {
        this.literal.set(`${operation.method} ${operation.pathTemplate}`, operation);
        continue;
      }
      const source = operation.pathTemplate
        .split(/(\{[^}]+\})/)
        .map((part) => {
          if (part.startsWith('{') && part.endsWith('}')) {
            names.push(part.slice(1, -1));
            return '([^/]+)';
          }
          return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        })
        .join('');
      const routes = this.templated.get(operation.method) ?? [];
      routes.push({ operation, pattern: new RegExp(`^${source}$`), names, weight: operation.pathTemplate.replace(/\{[^}]+\}/g, '').length });
      routes.sort((a, b) => b.weight - a.weight);
      this.templated.set(operation.method, routes);
    }
  }

  match(method: string, rawPath: string): RouteMatch | undefined {
    const path = normalizePath(rawPath);
    return this.find(method, path) ?? (method === 'HEAD' ? this.find('GET', path) : undefined);
  }

  private find(method: string, path: string): RouteMatch | undefined {
    const literal = this.literal.get(`${method} ${path}`);
    if (literal) return { operation: literal, pathParams: {} };
    for (const route of this.templated.get(method) ?? []) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      const pathParams: Record<string, string> = {};
      let decodable = true;
      route.names.forEach((name, i) => {
        const value = safeDecode(found[i + 1] ?? '');
        if (value === undefined) decodable = false;
        else pathParams[name] = value;
      });
      if (decodable) return { operation: route.operation, pathParams };
    }
    return undefined;
  }
}

export function normalizePath(path: string): string {
  const collapsed = path.includes('//') ? path.replace(/\/{2,}/g, '/') : path;
  return collapsed.length > 1 && collapsed.endsWith('/') ? collapsed.slice(0, -1) : collapsed;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
