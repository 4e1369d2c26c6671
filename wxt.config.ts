import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Every import is written out (imports: false) so the layer rules can be checked by a test.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'sayso',
    description: 'Shows, on any news page, who says so: sources, quotes, numbers and opinion, marked in place.',
    permissions: ['activeTab', 'scripting', 'storage'],
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: 'sayso: who says so?' },
  },
});
