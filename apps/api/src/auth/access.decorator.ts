import { SetMetadata } from '@nestjs/common';
import type { Role } from './api-key.entity.js';

export type AccessLevel = 'public' | 'read' | Role;

export const ACCESS_KEY = 'access';

/**
 * Who may call a route. Without it: GET is `read` (public unless READ_ACCESS=key,
 * then viewer) and every write needs an editor.
 */
export const Access = (level: AccessLevel) => SetMetadata(ACCESS_KEY, level);
