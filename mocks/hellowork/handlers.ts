import { authHandlers } from './handlers/auth'
import { linkingHandlers } from './handlers/linking'
import { loginHandlers } from './handlers/login'
import { mypageHandlers } from './handlers/mypage'

export const helloworkHandlers = [
  ...authHandlers,
  ...loginHandlers,
  ...linkingHandlers,
  ...mypageHandlers,
]
