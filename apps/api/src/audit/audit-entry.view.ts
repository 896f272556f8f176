export class AuditKeyView {
  /** Null for changes made by the service itself or the command line. */
  id: string | null;
  name: string;
}

/** One change to the record. */
export class AuditEntry {
  id: string;
  at: Date;
  key: AuditKeyView;
  requestId: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  /** The row as stored before the change (column names as in the database); null for a create. */
  before: Record<string, unknown> | null;
  /** The row after the change; null for a delete. */
  after: Record<string, unknown> | null;
}

export class AuditPage {
  data: AuditEntry[];
  nextCursor: string | null;
}
