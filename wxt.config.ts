import { defineConfig } from 'wxt';

// See ARCHITECTURE.md for why each permission is needed (least privilege, design.md §8).
function testHosts(): string[] {
  return (process.env.PLANLENS_TEST_HOSTS ?? '').split(',').filter(Boolean).map((h) => `*://${h.trim()}/*`);
}

export default defineConfig({
  // A separate output folder lets parallel builds (e.g. a benchmark and a test run) not clobber each other.
  outDir: process.env.PLANLENS_OUT_DIR || '.output',
  // Preact via esbuild's automatic JSX runtime: no Babel, no React compat layer.
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // PLANLENS_TEST_HOSTS (comma-separated) pre-grants hosts in a TEST build only: browsers' permission
    // prompts cannot be answered by automation (tests/e2e/extra-hosts.e2e.ts). Release builds never set it.
    host_permissions: ['*://*.gov.cn/*', ...testHosts()],
    // Hosts beyond *.gov.cn only when the user adds them in options (MV2 Firefox names them optional_permissions).
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'save-highlight': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandSaveHighlight__',
      },
    },
    web_accessible_resources: [],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'planlens@planlens.dev', strict_min_version: '115.0' } } }
      : {}),
  }),
});
