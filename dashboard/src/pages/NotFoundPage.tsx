import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('notFound.title')}</h1>
      <Link to="/" className="text-blue-700 underline">
        {t('notFound.home')}
      </Link>
    </div>
  )
}
