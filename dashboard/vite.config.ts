/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { runtimeConfig, securityHeaders, serviceUrls } from './server/dashboardServer.ts'

export default defineConfig(({ mode }) => {
  // OMS_ORDER_URL, OMS_PAYMENT_URL, OMS_NOTIFICATION_URL from the environment (./oms run sets them).
  const services = serviceUrls(loadEnv(mode, '.', 'OMS_'))
  const headers = securityHeaders(services)
  // The dev server (npm run dev) sends no Content-Security-Policy: hot reload injects inline
  // scripts and styles and talks to its own websocket. The other headers apply there too.
  const { 'Content-Security-Policy': _policy, ...devHeaders } = headers
  return {
    plugins: [react(), tailwindcss(), runtimeConfig(services)],
    build: { chunkSizeWarningLimit: 1500 },
    server: { port: 5173, strictPort: true, host: 'localhost', headers: devHeaders },
    // The page calls the services; nothing calls the dashboard's server across origins.
    preview: { port: 5173, strictPort: true, host: 'localhost', headers, cors: false },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    },
  }
})
