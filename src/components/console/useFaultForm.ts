import { computed, reactive, ref, watch } from 'vue'
import type { FaultMode, FaultSetting } from '@/contracts/simulator'
import { LATENCY_MAX_MS } from '@/contracts/simulator'
import type { SiteKey } from '@/contracts/sites'
import { useServerAction } from '@/composables/useServerAction'
import { useSimulatorStore } from '@/stores/simulator'

/**
 * The fault form of one server: its fields follow the server's setting, are checked on apply
 * (field ids start with `id`, for the error summary's links) and, when valid, set the fault.
 */
export function useFaultForm(
  props: Readonly<{ site: SiteKey; siteName: string; setting: FaultSetting }>,
  id: string,
) {
  const simulator = useSimulatorStore()

  const form = reactive({
    mode: 'none' as FaultMode,
    latency: '0' as string | number,
    scope: 'all',
    chosen: [] as string[],
  })
  function fromSetting(setting: FaultSetting) {
    Object.assign(form, {
      mode: setting.mode,
      latency: String(setting.latencyMs),
      scope: setting.endpoints.length > 0 ? 'some' : 'all',
      chosen: [...setting.endpoints],
    })
  }
  // By value: another server's change replaces the whole state, and must not reset this form.
  watch(
    () => JSON.stringify(props.setting),
    () => fromSetting(props.setting),
    { immediate: true },
  )

  const errors = ref<{ latency?: string; endpoints?: string }>({})
  const summary = computed(() =>
    [
      errors.value.latency && { fieldId: `${id}-latency`, message: errors.value.latency },
      errors.value.endpoints && { fieldId: `${id}-endpoints`, message: errors.value.endpoints },
    ].filter((e): e is { fieldId: string; message: string } => Boolean(e)),
  )
  const done = ref('')

  const applying = useServerAction((setting: FaultSetting) =>
    simulator.setFault(props.site, setting),
  )

  async function apply() {
    done.value = ''
    // v-model on a number field gives a number, or '' when the field is empty or not a number.
    const latencyText = String(form.latency).trim()
    const latencyMs = Number(latencyText)
    errors.value = {
      ...(/^\d+$/.test(latencyText) && latencyMs <= LATENCY_MAX_MS
        ? {}
        : { latency: `遅延は0から${LATENCY_MAX_MS}までの整数（ミリ秒）で入力してください。` }),
      ...(form.scope === 'some' && form.chosen.length === 0
        ? { endpoints: '障害を起こすエンドポイントを1つ以上選んでください。' }
        : {}),
    }
    if (summary.value.length > 0) return
    const endpoints = form.scope === 'some' ? [...form.chosen] : []
    await applying.run({ mode: form.mode, latencyMs, endpoints })
    if (!applying.error) done.value = `${props.siteName}の設定を適用しました。`
  }

  return { form, errors, summary, done, applying, apply }
}
