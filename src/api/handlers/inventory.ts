import { addNote, listNotes } from '../../services/device-notes'
import { rekapInventaris } from '../../services/device-rekap'
import { setDeviceStatus } from '../../services/device-status'
import { createDevice, deviceHistory, getDevice, listDevices, updateDevice } from '../../services/devices'
import { commitImport, exportDevices, importProgress, previewImport } from '../../services/inventory-import'
import { createRack, getRack, listRacks, rackElevation, rackHistory, updateRack } from '../../services/racks'
import type { HandlersFor } from './types'

export const rackHandlers: HandlersFor<'racks'> = {
  'racks.list': (ctx, input) => listRacks(ctx.em, input),
  'racks.get': (ctx, input) => getRack(ctx.em, input.id),
  'racks.create': createRack,
  'racks.update': updateRack,
  'racks.elevation': (ctx, input) => rackElevation(ctx.em, input.id),
  'racks.history': (ctx, input) => rackHistory(ctx.em, input.id),
}

export const deviceHandlers: HandlersFor<'devices'> = {
  'devices.list': (ctx, input) => listDevices(ctx.em, input),
  'devices.get': (ctx, input) => getDevice(ctx.em, input.id),
  'devices.create': createDevice,
  'devices.update': updateDevice,
  'devices.setStatus': setDeviceStatus,
  'devices.history': (ctx, input) => deviceHistory(ctx.em, input.id),
  'devices.notes': (ctx, input) => listNotes(ctx.em, input.id),
  'devices.addNote': addNote,
  'devices.importPreview': previewImport,
  'devices.importCommit': commitImport,
  'devices.importKemajuan': (ctx, input) => importProgress(ctx.session, input.token),
  'devices.export': (ctx, input) => exportDevices(ctx.em, input, ctx.now),
  'devices.rekapDocx': (ctx, input) => rekapInventaris(ctx.em, input, ctx.now),
}
