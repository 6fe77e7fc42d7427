import { EntitySchema } from 'typeorm'
import { AttachmentContent, entities, FotoCetak } from '../entities'

// TypeORM has no binary column type that both engines accept: SQLite knows only 'blob', PostgreSQL only 'bytea'
// (DataTypeNotSupportedError otherwise). The stored bytes are the one column whose type must differ, so PostgreSQL gets
// the tables holding bytes (attachment_content, foto_cetak) described again with 'bytea'. The schema test (migrations/postgres/schema.test.ts) checks both
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

const fotoCetakPg = new EntitySchema<FotoCetak>({
  name: 'FotoCetak',
  target: FotoCetak,
  tableName: 'foto_cetak',
  columns: {
    sha256: { type: 'varchar', length: 64, primary: true },
    kotak: { type: 'varchar', length: 40, primary: true },
    mimeType: { type: 'varchar', length: 100, name: 'mime_type' },
    data: { type: 'bytea' },
    dibuatPada: { type: 'varchar', length: 30, name: 'dibuat_pada' },
  },
})

/** The entities as PostgreSQL's DataSource takes them: the shared classes, with the byte columns as bytea. */
export const postgresEntities = [...entities.filter((e) => e !== AttachmentContent && e !== FotoCetak), attachmentContentPg, fotoCetakPg]
