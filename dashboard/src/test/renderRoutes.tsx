import type { ReactNode } from 'react'
import { render } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { MemoryRouter, Routes, type InitialEntry } from 'react-router'
import { AuthProvider } from '../auth/auth'

/**
 * Renders routes as the app does: a fresh query client that does not retry (a failing fake
 * service shows its error at once), the session provider unless `auth` is false, and the
 * router at `url`.
 */
export function renderRoutes(routes: ReactNode, url: InitialEntry = '/', { auth = true } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const routed = (
    <MemoryRouter initialEntries={[url]}>
      <Routes>{routes}</Routes>
    </MemoryRouter>
  )
  return render(<QueryClientProvider client={client}>{auth ? <AuthProvider>{routed}</AuthProvider> : routed}</QueryClientProvider>)
}
