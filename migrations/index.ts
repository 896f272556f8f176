import { CreateSchema1795315237052 } from './1795315237052-CreateSchema.js';
import { AddLetterSearch1795315636432 } from './1795315636432-AddLetterSearch.js';
import { AddSettings1795315658443 } from './1795315658443-AddSettings.js';
import { AddApiKeys1795316894612 } from './1795316894612-AddApiKeys.js';
import { AddAuditTrail1795316905331 } from './1795316905331-AddAuditTrail.js';
import { AddCurrentState1795317756530 } from './1795317756530-AddCurrentState.js';
import { AddWebhooks1795318321160 } from './1795318321160-AddWebhooks.js';
import { AddWebhookNotify1795318321200 } from './1795318321200-AddWebhookNotify.js';
import { AddLetterStates1795323151076 } from './1795323151076-AddLetterStates.js';
import { AddLetterStateDueIndex1795329353321 } from './1795329353321-AddLetterStateDueIndex.js';
/** Every migration, oldest first. `npm run migration:generate -- Name` lists new ones here. */
export const MIGRATIONS: Function[] = [
  CreateSchema1795315237052,
  AddLetterSearch1795315636432,
  AddSettings1795315658443,
  AddApiKeys1795316894612,
  AddAuditTrail1795316905331,
  AddCurrentState1795317756530,
  AddWebhooks1795318321160,
  AddWebhookNotify1795318321200,
  AddLetterStates1795323151076,
  AddLetterStateDueIndex1795329353321,
];
