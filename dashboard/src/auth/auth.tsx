import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { configureAuth } from '../api/client'
import { login as loginCall } from '../api/endpoints'
import type { Role, TokenResponse } from '../api/types'

export interface Session {
  token: string
  username: string
  role: Role
  expiresAt: number
}

interface AuthContextValue {
  session: Session | null
  /** Whether the last session ended because a service refused its token. */
  expired: boolean
  login: (username: string, password: string) => Promise<Session>
  /** Continues the session with a fresh token (after a password change revoked the old one). */
  renew: (answer: TokenResponse) => void
  logout: () => void
}

const STORAGE_KEY = 'oms.session'
const AuthContext = createContext<AuthContextValue | null>(null)

function readSession(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY)
    if (!raw) return null
    const session = JSON.parse(raw) as Session
    return session.expiresAt > Date.now() ? session : null
  } catch {
    return null
  }
}

/** Keeps the token for the browser tab's session (sessionStorage), never longer. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readSession)
  const [expired, setExpired] = useState(false)

  const logout = useCallback(() => {
    window.sessionStorage.removeItem(STORAGE_KEY)
    setExpired(false)
    setSession(null)
  }, [])

  const expire = useCallback(() => {
    window.sessionStorage.removeItem(STORAGE_KEY)
    setExpired(true)
    setSession(null)
  }, [])

  const start = useCallback((username: string, answer: TokenResponse) => {
    const next: Session = {
      token: answer.access_token,
      username,
      role: String(answer.role).toLowerCase() as Role,
      expiresAt: Date.now() + answer.expires_in * 1000,
    }
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next))
    // Hand the new token to the API client now, before the next request goes out.
    configureAuth(() => next.token, expire)
    setExpired(false)
    setSession(next)
    return next
  }, [expire])

  const login = useCallback(
    async (username: string, password: string) => start(username, await loginCall(username, password)),
    [start],
  )

  const renew = useCallback(
    (answer: TokenResponse) => {
      if (session) start(session.username, answer)
    },
    [session, start],
  )

  useEffect(() => {
    configureAuth(() => session?.token ?? null, expire)
  }, [session, expire])
  // Configure synchronously too, so the first queries after a login carry the token.
  configureAuth(() => session?.token ?? null, expire)

  const value = useMemo(
    () => ({ session, expired, login, renew, logout }),
    [session, expired, login, renew, logout],
  )
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext)
  if (!value) throw new Error('useAuth outside AuthProvider')
  return value
}

/** What a role may do, as the services enforce it. */
export const can = {
  actOnOrders: (role: Role | undefined) => role === 'admin' || role === 'operator',
  import: (role: Role | undefined) => role === 'admin',
  manageUsers: (role: Role | undefined) => role === 'admin',
}
