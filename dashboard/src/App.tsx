import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router'
import type { ReactNode } from 'react'
import { AuthProvider, can, useAuth } from './auth/auth'
import { Layout } from './components/Layout'
import { LoginPage } from './pages/LoginPage'
import { OverviewPage } from './pages/OverviewPage'
import { OrdersPage } from './pages/OrdersPage'
import { OrderDetailPage } from './pages/OrderDetailPage'
import { NewOrderPage } from './pages/NewOrderPage'
import { ImportsPage } from './pages/ImportsPage'
import { ImportJobPage } from './pages/ImportJobPage'
import { ImportProfilesPage } from './pages/ImportProfilesPage'
import { UsersPage } from './pages/UsersPage'
import { PasswordPage } from './pages/PasswordPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { ApiError } from './api/client'
import type { Role } from './api/types'

function RequireAuth({ children, allow }: { children: ReactNode; allow?: (role: Role) => boolean }) {
  const { session } = useAuth()
  const location = useLocation()
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />
  if (allow && !allow(session.role)) return <Navigate to="/" replace />
  return <>{children}</>
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'orders', element: <OrdersPage /> },
      { path: 'orders/new', element: <RequireAuth allow={can.actOnOrders}><NewOrderPage /></RequireAuth> },
      { path: 'orders/:id', element: <OrderDetailPage /> },
      { path: 'imports', element: <RequireAuth allow={can.import}><ImportsPage /></RequireAuth> },
      { path: 'imports/profiles', element: <RequireAuth allow={can.import}><ImportProfilesPage /></RequireAuth> },
      { path: 'imports/:id', element: <RequireAuth allow={can.import}><ImportJobPage /></RequireAuth> },
      { path: 'users', element: <RequireAuth allow={can.manageUsers}><UsersPage /></RequireAuth> },
      { path: 'password', element: <PasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; an unreachable service may.
      retry: (count, error) => count < 1 && error instanceof ApiError && error.unreachable,
      refetchOnWindowFocus: false,
      staleTime: 5_000,
    },
  },
})

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  )
}
