import { shallowRef, toValue, type MaybeRefOrGetter } from 'vue'
import type { JobListName, MessageBody } from '@/contracts/hellowork'
import { helloworkApi } from '@/api/hellowork'
import { useHelloworkStore } from '@/stores/hellowork'
import { useScreenData } from './useScreenData'
import { useServerAction } from './useServerAction'

/**
 * The MyPage's data, each part loaded by the screen that shows it, on every visit: after 応募 the
 * 求職活動状況 and after a read message the home's 新着 are the server's, not an earlier copy.
 */
export const useMypageHome = () => useScreenData(() => helloworkApi.home())
export const useApplications = () => useScreenData(() => helloworkApi.applications())
export const useMessages = () => useScreenData(() => helloworkApi.messages())
export const useProfile = () => useScreenData(() => helloworkApi.profile())

export type JobCriteria = { keyword?: string; area?: string; list?: JobListName }
/** Each search asks with the conditions as they are then (the screen's URL), as 再試行 does. */
export const useJobSearch = (criteria: MaybeRefOrGetter<JobCriteria>) =>
  useScreenData(() => helloworkApi.searchJobs(toValue(criteria)))

/** 求人詳細 and its 応募: the server refuses it while 求職登録 is 無効; the screen then shows why. */
export function useJob(jobNumber: MaybeRefOrGetter<string>) {
  const store = useHelloworkStore()
  const { data: detail, request: load } = useScreenData(() => helloworkApi.job(toValue(jobNumber)))
  const apply = useServerAction(async () => {
    const applied = toValue(jobNumber)
    const { appliedAt } = await helloworkApi.apply(applied, store.csrfToken)
    if (detail.value?.job.jobNumber === applied) detail.value = { ...detail.value, appliedAt }
  })
  return { detail, load, apply }
}

/** Opening a message reads it (GET), then marks it read on the server (POST with CSRF). */
export function useMessage(id: MaybeRefOrGetter<string>) {
  const store = useHelloworkStore()
  const message = shallowRef<MessageBody | null>(null)
  const open = useServerAction(async () => {
    const opening = toValue(id)
    message.value = null
    const opened = await helloworkApi.message(opening)
    message.value = opened
    if (opened.read) return
    await helloworkApi.markMessageRead(opening, store.csrfToken)
    message.value = { ...opened, read: true }
  })
  return { message, open }
}
