import type { ConfigEnv, UserConfig, UserConfigExport } from 'vite'
import appConfig from '../../vite.config.ts'

export { ROOT } from './paths.ts'

/** The app's own Vite config, whether it is written as an object or as a function of the mode. */
export async function appViteConfig(env: ConfigEnv): Promise<UserConfig> {
  const exported = appConfig as UserConfigExport
  return typeof exported === 'function' ? await exported(env) : await exported
}
