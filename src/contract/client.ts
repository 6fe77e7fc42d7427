import { AppError, type Envelope } from './errors'
import type { Contract, Input, OperationName, Output } from './index'

type Namespace<K> = K extends `${infer A}.${string}` ? A : never
type MethodFn<K extends OperationName> = {} extends Input<K>
  ? (input?: Input<K>) => Promise<Output<K>>
  : (input: Input<K>) => Promise<Output<K>>

/** `api.letters.register(input)`: one typed function per declared operation. */
export type ApiClient = {
  [A in Namespace<OperationName>]: {
    [K in OperationName as K extends `${A}.${infer M}` ? M : never]: MethodFn<K>
  }
}

/** Carries one call to the core and brings back its envelope (Electron IPC or HTTP). */
export type Transport = (name: OperationName, input: unknown) => Promise<Envelope<unknown>>

export function createClient(transport: Transport): ApiClient {
  return new Proxy({} as ApiClient, {
    get(_target, ns: string) {
      return new Proxy(
        {},
        {
          get(_t, method: string) {
            return async (input?: unknown) => {
              const envelope = await transport(`${ns}.${method}` as OperationName, input ?? {})
              if (envelope.ok) return envelope.data
              throw new AppError(envelope.error.code, envelope.error.message, envelope.error.fields)
            }
          },
        },
      )
    },
  })
}

export type { Contract }
