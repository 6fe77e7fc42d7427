import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

// The packaged app's fuses come from electron-builder.yml; this keeps a careless edit from reopening them.
describe('electron-builder fuses', () => {
  const config = load(readFileSync(join(import.meta.dirname, '..', 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean> }

  it('turns off run-as-node, NODE_OPTIONS and --inspect, and turns on asar integrity, asar-only and cookie encryption', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('names only fuses electron-builder knows', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
    }
    for (const name of Object.keys(config.electronFuses ?? {})) expect(Object.keys(schema.definitions.FuseOptionsV1.properties)).toContain(name)
  })
})
