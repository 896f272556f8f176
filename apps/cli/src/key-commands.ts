import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../api/src/auth/api-key.entity.js';
import type { ApiKeysService } from '../../api/src/auth/api-keys.service.js';

/** `keys create|list|revoke`: the way to the first admin key, and a console for the rest. */
export async function keyCommand(keys: ApiKeysService, command: string, args: string[], out: (line: string) => void): Promise<void> {
  if (command === 'list') {
    for (const key of await keys.list()) {
      out(`${key.id}  ${key.role.padEnd(6)}  ${key.secretPrefix}…  ${key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active'}  ${key.name}`);
    }
    return;
  }
  if (command === 'revoke') {
    if (!args[0]) throw new Error('usage: keys revoke <id>');
    await keys.revoke(args[0]);
    out(`revoked ${args[0]}`);
    return;
  }
  const { values } = parseArgs({ args, options: { role: { type: 'string' }, name: { type: 'string' } } });
  if (!values.role || !ROLES.includes(values.role as Role)) throw new Error(`--role must be one of: ${ROLES.join(', ')}`);
  if (!values.name?.trim()) throw new Error('--name is required');
  const key = await keys.create(values.name.trim(), values.role as Role);
  out(`created ${key.role} key ${key.id} (${key.name})`);
  out(`secret (shown once, keep it safe): ${key.secret}`);
}
