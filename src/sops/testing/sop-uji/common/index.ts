// The test SOP's browser-safe part (declaration, step schemas), for a renderer component test.
export { SOP_UJI } from './declaration'
export { SOP_UJI_STEP_INPUTS } from './step-inputs'
