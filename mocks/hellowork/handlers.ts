import { authHandlers } from './handlers/auth'
import { linkingHandlers } from './handlers/linking'
import { loginHandlers } from './handlers/login'
import { applicationHandlers } from './handlers/mypage/applications'
import { homeHandlers } from './handlers/mypage/home'
import { jobHandlers } from './handlers/mypage/jobs'
import { messageHandlers } from './handlers/mypage/messages'
import { profileHandlers } from './handlers/mypage/profile'
import { otpHandlers } from './handlers/otp'

export const helloworkHandlers = [
  ...authHandlers,
  ...loginHandlers,
  ...otpHandlers,
  ...linkingHandlers,
  ...homeHandlers,
  ...jobHandlers,
  ...applicationHandlers,
  ...messageHandlers,
  ...profileHandlers,
]
