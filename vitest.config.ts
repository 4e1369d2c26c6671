import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { baselinePlugin } from './lib/corpus/vite-plugin.ts';

export default defineConfig({
  plugins: [preact(), baselinePlugin(new URL('./seeds/', import.meta.url).pathname)],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['test/e2e/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
