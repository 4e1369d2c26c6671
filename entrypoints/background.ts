import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { activeTab, ask, reportFor, setBadge, syncRegisteredSites } from '../lib/extension/api.ts';
import { isBadgeUpdate } from '../lib/extension/messages.ts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    if (isBadgeUpdate(message) && sender.tab?.id !== undefined) void setBadge(browser, sender.tab.id, message.sources);
    return undefined;
  });

  // Keyboard: step through the marks, or switch sayso on and off, in the active tab.
  browser.commands.onCommand.addListener(async (command) => {
    const tab = await activeTab(browser);
    if (!tab?.origin) return;
    await reportFor(browser, tab.id).catch(() => null);
    if (command === 'next-mark' || command === 'previous-mark') {
      await ask(browser, tab.id, { type: 'sayso:step', direction: command === 'next-mark' ? 1 : -1 }).catch(() => null);
    } else if (command === 'toggle-sayso') {
      const report = await reportFor(browser, tab.id).catch(() => null);
      if (report) await ask(browser, tab.id, { type: 'sayso:switch', on: report.status === 'off' }).catch(() => null);
    }
  });

  const sync = () => void syncRegisteredSites(browser).catch(() => {});
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes) => 'settings' in changes && sync());
});
