import { EntitySchema } from 'typeorm'
import { AttachmentContent, entities } from '../entities'

// TypeORM has no binary column type that both engines accept: SQLite knows only 'blob', PostgreSQL only 'bytea'
// (DataTypeNotSupportedError otherwise). The stored bytes are the one column whose type must differ, so PostgreSQL gets
// this one table described again with 'bytea'. The schema test (migrations/postgres/schema.test.ts) checks both
// descriptions against the migrated tables. `target` keeps `getRepository(AttachmentContent)` working on both engines.
const attachmentContentPg = new EntitySchema<AttachmentContent>({
  name: 'AttachmentContent',
  target: AttachmentContent,
  tableName: 'attachment_content',
  columns: {
    attachmentId: { type: 'integer', name: 'attachment_id', primary: true },
    data: { type: 'bytea' },
  },
})

/** The entities as PostgreSQL's DataSource takes them: the shared classes, with the byte column as bytea. */
export const postgresEntities = [...entities.filter((e) => e !== AttachmentContent), attachmentContentPg]
