import { api } from '../../api'
import { blobOf } from '../../files'

// Photos of a case are stored attachments; each is fetched once per session and shown from a blob: URL.
const cache = new Map<number, Promise<string>>()

export function photoUrl(attachmentId: number): Promise<string> {
  let p = cache.get(attachmentId)
  if (!p) {
    p = api.attachments.content({ id: attachmentId }).then((f) => URL.createObjectURL(blobOf(f)))
    p.catch(() => cache.delete(attachmentId))
    cache.set(attachmentId, p)
  }
  return p
}
