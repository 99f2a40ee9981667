import { defineManifest } from '@crxjs/vite-plugin';
import { calendarHosts } from './src/content/calendar-hosts.ts';
import { defaultPopupPage } from './src/popup/popup-pages.ts';

/**
 * The calendar hosts the content script runs on without asking, from the hosts each host integration
 * declares; intranet sites are granted one by one.
 */
export const calendarHostMatches = calendarHosts.map((host) => `https://${host}/*`);

/** Entry files, relative to extension/: the manifest names them and the build bundles each alone. */
export const contentEntry = 'src/content/content-main.iife.ts';
export const serviceWorkerEntry = 'src/background/service-worker.ts';

/**
 * Extension pages may run only their own scripts and reach nothing on the network; the service
 * worker is an extension page too, so this also keeps it offline.
 */
export const extensionPagesCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The production manifest (Manifest V3). `extraHosts` is for test builds that pre-grant an intranet site. */
export function createManifest(version: string, extraHosts: readonly string[] = []) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    version,
    default_locale: 'en',
    minimum_chrome_version: '116',
    action: { default_title: '__MSG_actionTitle__', default_popup: defaultPopupPage },
    options_ui: { page: 'src/pages/options.html', open_in_tab: true },
    background: { service_worker: serviceWorkerEntry, type: 'module' },
    permissions: ['storage', 'scripting'],
    host_permissions: [...calendarHostMatches, ...extraHosts],
    optional_host_permissions: ['https://*/*'],
    content_scripts: [{ matches: calendarHostMatches, js: [contentEntry], run_at: 'document_idle' }],
    content_security_policy: { extension_pages: extensionPagesCsp },
    storage: { managed_schema: 'managed-schema.json' },
  });
}
