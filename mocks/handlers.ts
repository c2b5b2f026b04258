import { helloworkHandlers } from './hellowork/handlers'
import { mynaportalHandlers } from './mynaportal/handlers'
import { simulatorHandlers } from './simulator/handlers'

export const handlers = [...mynaportalHandlers, ...helloworkHandlers, ...simulatorHandlers]
