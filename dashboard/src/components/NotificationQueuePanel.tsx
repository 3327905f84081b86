import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { notificationQueue } from '../api/endpoints'
import type { NotificationBatch, NotificationLane, NotificationLaneName } from '../api/types'
import { formatDuration, formatNumber } from '../format'
import { Card, ErrorNotice, Loading } from './ui'

const LANES: NotificationLaneName[] = ['transactional', 'bulk']

const cell = 'px-3 py-2 text-right tabular-nums'

/**
 * The notification send queue by lane and by waiting import (GET /api/v1/notifications/queue),
 * refreshed every 5 s: operators see that single-order messages are not held up by an import,
 * and when each import's confirmations will have gone out.
 */
export function NotificationQueuePanel({ linkToImports }: { linkToImports: boolean }) {
  const { t } = useTranslation()
  const queue = useQuery({ queryKey: ['notification-queue'], queryFn: notificationQueue, refetchInterval: 5_000, retry: false })
  return (
    <Card title={t('queueLanes.title')}>
      <div data-testid="queue-panel" className="space-y-3">
        {queue.isPending && <Loading />}
        {queue.isError && <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />}
        {queue.data && (
          <>
            <LaneTable lanes={queue.data.lanes ?? []} />
            <BatchTable batches={queue.data.batches ?? []} active={queue.data.active_batches ?? 0} linkToImports={linkToImports} />
            <p className="text-xs text-slate-600">{t('queueLanes.hint')}</p>
          </>
        )}
      </div>
    </Card>
  )
}

function LaneTable({ lanes }: { lanes: NotificationLane[] }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="queue-lanes">
        <caption className="sr-only">{t('queueLanes.title')}</caption>
        <thead className="border-b border-slate-300 bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2">{t('queueLanes.lane')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('queueLanes.depth')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('queueLanes.oldest')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('queueLanes.eta')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('queueLanes.sentLastMinute')}</th>
          </tr>
        </thead>
        <tbody>
          {LANES.map((name) => {
            const lane = lanes.find((candidate) => candidate.lane === name)
            return (
              <tr key={name} className="border-b border-slate-100" data-testid={`queue-lane-${name}`}>
                <th scope="row" className="px-3 py-2 font-normal">{t(`queueLanes.lanes.${name}`)}</th>
                <td className={cell} data-testid={`queue-depth-${name}`}>{formatNumber(lane?.depth, lang)}</td>
                <td className={cell} data-testid={`queue-age-${name}`}>{formatDuration(lane?.oldest_pending_age_seconds, lang)}</td>
                <td className={cell} data-testid={`queue-eta-${name}`}>{formatDuration(lane?.eta_seconds, lang)}</td>
                <td className={cell} data-testid={`queue-sent-${name}`}>{formatNumber(lane?.sent_last_minute, lang)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function BatchTable({ batches, active, linkToImports }: { batches: NotificationBatch[]; active: number; linkToImports: boolean }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <div className="space-y-1">
      <h3 className="text-sm font-semibold">
        <span data-testid="queue-active-batches">{t('queueLanes.batches', { count: formatNumber(active, lang) })}</span>
        {active > batches.length && <span className="font-normal text-slate-600"> ({t('queueLanes.batchesShown', { shown: batches.length })})</span>}
      </h3>
      {batches.length === 0 ? (
        <p className="text-sm text-slate-700">{t('queueLanes.noBatches')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="queue-batches">
            <caption className="sr-only">{t('queueLanes.batch')}</caption>
            <thead className="border-b border-slate-300 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">{t('queueLanes.batch')}</th>
                <th scope="col" className="px-3 py-2 text-right">{t('queueLanes.depth')}</th>
                <th scope="col" className="px-3 py-2 text-right">{t('queueLanes.oldest')}</th>
                <th scope="col" className="px-3 py-2 text-right">{t('queueLanes.batchEta')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.batch_id} className="border-b border-slate-100" data-testid="queue-batch" data-batch-id={batch.batch_id}>
                  <th scope="row" className="px-3 py-2 font-mono text-xs font-normal">
                    {linkToImports ? (
                      <Link className="text-blue-800 underline" to={`/imports/${encodeURIComponent(batch.batch_id)}`}>
                        {batch.batch_id}
                      </Link>
                    ) : (
                      batch.batch_id
                    )}
                  </th>
                  <td className={cell} data-testid="queue-batch-pending">{formatNumber(batch.pending, lang)}</td>
                  <td className={cell}>{formatDuration(batch.oldest_pending_age_seconds, lang)}</td>
                  <td className={cell} data-testid="queue-batch-eta">{formatDuration(batch.eta_seconds, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
