import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run admin:dev`: hot reload on 5173, /api proxied to the API (npm start, port 3000).
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  server: {
    port: Number(process.env.ADMIN_DEV_PORT ?? 5173),
    proxy: { '/api': process.env.API_URL ?? 'http://localhost:3000' },
  },
});
