// WXT build configuration: one source tree, two targets (Chrome MV3, Firefox MV2).
// Permissions are kept minimal on purpose; README.md#permissions says why each one is here.
// Firefox-only keys (gecko id, data collection consent) are added for the Firefox build only.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { GECKO_ID } from './utils/extension-id';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere (house style: no auto-import magic hiding dependencies).
  imports: false,
  vite: () => ({
    plugins: [preact()],
    resolve: {
      // WXT's content-script context announces the extension to the page and lets the page tear
      // the script down; ours does neither (entrypoints/content/script-context.ts says how).
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./entrypoints/content/script-context.ts', import.meta.url)),
        },
      ],
    },
  }),
  hooks: {
    // the compiled index ships as a file the background reads from the package (not bundled into
    // JS: a multi-megabyte script is slow to parse and too large for AMO's linter)
    'build:publicAssets': (_wxt, files) => {
      for (const part of ['index-automaton.bin', 'index-engine.json', 'index-records.json', 'index-sources.json']) {
        const file = fileURLToPath(new URL(`./generated/${part}`, import.meta.url));
        if (!existsSync(file)) throw new Error(`generated/${part} is missing: run \`npm run data\` first`);
        files.push({ absoluteSrc: file, relativeDest: `oxus-${part}` });
      }
    },
    // The highlight stylesheet goes into every frame of a matching page, the script into the top
    // one only: names in a same-origin iframe are registered in that frame's own CSS.highlights
    // (content/highlighter.ts) and painted by its copy of the stylesheet (content/README.md).
    'build:manifestGenerated': (_wxt, manifest) => {
      const scripts = manifest.content_scripts ?? [];
      for (const cs of [...scripts]) {
        if (!cs.css?.length || !cs.js?.length) continue;
        scripts.push({ matches: cs.matches, css: cs.css, all_frames: true, match_about_blank: true });
        delete cs.css;
      }
    },
  },
  zip: {
    artifactTemplate: 'oxus-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'oxus-{{version}}-sources.zip',
    // AMO reviewers rebuild from the sources zip; tests and local artefacts are not needed there.
    excludeSources: ['e2e/**', '**/*.test.ts', '**/*.test.tsx', '.tmp/**', 'generated/**', '.ci/**'],
  },
  manifest: ({ browser }) => {
    const firefox = browser === 'firefox';
    return {
      // names and description come from public/_locales/<locale>/messages.json
      default_locale: 'en',
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      permissions: ['storage', 'activeTab', 'scripting', firefox ? 'menus' : 'contextMenus'],
      // Sites the reader turns on later; nothing broad is granted at install.
      ...(firefox ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
      icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
      // action: title and icons come from entrypoints/popup/index.html (WXT reads its meta tags)
      commands: {
        'open-panel': {
          suggested_key: { default: 'Alt+Shift+O' },
          description: '__MSG_cmd_open_panel__',
        },
        // keyboard access to the highlights on the page (the card opens on the current one)
        'next-highlight': {
          suggested_key: { default: 'Alt+Shift+J' },
          description: '__MSG_cmd_next_highlight__',
        },
        'previous-highlight': {
          suggested_key: { default: 'Alt+Shift+K' },
          description: '__MSG_cmd_previous_highlight__',
        },
      },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : { minimum_chrome_version: '116' }),
    };
  },
});
