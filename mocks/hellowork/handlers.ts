import { authHandlers } from './handlers/auth'
import { linkingHandlers } from './handlers/linking'
import { mypageHandlers } from './handlers/mypage'

export const helloworkHandlers = [...authHandlers, ...linkingHandlers, ...mypageHandlers]
