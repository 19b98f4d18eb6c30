// Unit and component tests (Node + happy-dom). WxtVitest() gives a fake `browser`, but it ignores
// wxt.config's vite plugins, so preact() is added here. e2e/ runs in real browsers (npm run e2e).
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**', '.tmp/**', 'e2e/**'],
    environment: 'node',
    restoreMocks: true,
  },
});
