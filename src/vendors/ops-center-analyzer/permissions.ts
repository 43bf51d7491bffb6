import type { SpecApi } from '../../spec/types';

/** operationId -> the roles of which a user needs one, read from the spec's `x-required-roles`. */
export type RequiredRoles = ReadonlyMap<string, readonly string[]>;

// 001_c39cb08b7efa28f3.txt: "Execution permission: Admin, StorageOps, Modify, User Management" - the spec carries it.
export function readRequiredRoles(spec: SpecApi): RequiredRoles {
  const roles = new Map<string, readonly string[]>();
  for (const operation of spec.operations) {
    const listed = operation.raw['x-required-roles'];
    if (!Array.isArray(listed) || listed.length === 0 || !listed.every((role) => typeof role === 'string')) {
      throw new Error(`${spec.specFile} ${operation.operationId}: x-required-roles must list the roles that may execute it`);
    }
    roles.set(operation.operationId, listed);
  }
  return roles;
}

/** One listed role is enough: the list names alternatives (docs/decisions/ops-center-analyzer.md, Permission). */
export function mayExecute(userRoles: readonly string[], required: readonly string[]): boolean {
  return required.some((role) => userRoles.includes(role));
}
