import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { baselinePlugin } from './lib/corpus/vite-plugin.ts';

// Every import is written out (imports: false) so the layer rules can be checked by a test.
// `--mode e2e` builds the same extension for the end-to-end tests and `npm start`: it may also run
// on pages served from 127.0.0.1 without a click, since a test cannot click a toolbar button.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), baselinePlugin(new URL('./seeds/', import.meta.url).pathname)],
  }),
  manifest: ({ browser, mode }) => ({
    name: 'sayso',
    description: 'Shows, on any news page, who says so: sources, quotes, numbers and opinion, marked in place.',
    permissions: ['activeTab', 'scripting', 'storage', ...(mode === 'e2e' && browser === 'firefox' ? ['http://127.0.0.1/*'] : [])],
    ...(mode === 'e2e' && browser !== 'firefox' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: 'sayso: who says so?' },
    commands: {
      'next-mark': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Step to the next mark' },
      'previous-mark': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Step to the previous mark' },
      'toggle-sayso': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Switch sayso on or off on this page' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'sayso@sayso.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // The content script runs where the reader asks (activeTab) or allows (optional permissions):
      // no site is readable by default.
      if (manifest.host_permissions) manifest.host_permissions = manifest.host_permissions.filter((p: string) => p !== '<all_urls>');
      if (manifest.permissions) manifest.permissions = manifest.permissions.filter((p: string) => p !== '<all_urls>');
      if (wxt.config.mode !== 'e2e') return;
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({ matches: ['http://127.0.0.1/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' });
    },
  },
});
