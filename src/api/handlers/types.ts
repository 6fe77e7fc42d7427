import type { Ctx } from '../../services/context'
import type { Contract, OperationName } from '../../contract'
import type { OutputOf, ParsedInputOf } from '../../contract/define'

export type Handler<K extends OperationName> = (ctx: Ctx, input: ParsedInputOf<Contract[K]>) => Promise<OutputOf<Contract[K]>>

/** The handlers of every operation whose name starts with `P.`. */
export type HandlersFor<P extends string> = { [K in OperationName as K extends `${P}.${string}` ? K : never]: Handler<K> }

export type Handlers = { [K in OperationName]: Handler<K> }
