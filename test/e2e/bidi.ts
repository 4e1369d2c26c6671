/**
 * Just enough WebDriver BiDi to drive a stock Firefox: start it headless with a fresh profile,
 * open a session, install an extension, navigate, evaluate, take a screenshot. Playwright cannot
 * drive a stock Firefox, and this needs nothing beyond Node's own WebSocket.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Firefox {
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T>;
  context: string;
  close(): Promise<void>;
}

export async function launchFirefox(executable: string): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'sayso-firefox-'));
  // No update checks, telemetry or remote settings: the browser itself must stay off the network too.
  writeFileSync(
    join(profile, 'user.js'),
    [
      'user_pref("app.update.enabled", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.enabled", false);',
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("extensions.autoDisableScopes", 0);',
      'user_pref("network.captive-portal-service.enabled", false);',
      'user_pref("browser.safebrowsing.malware.enabled", false);',
      'user_pref("browser.safebrowsing.phishing.enabled", false);',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(executable, ['--headless', '--remote-debugging-port=0', '--profile', profile, '--no-remote'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start: ${seen.slice(-500)}`)), 30_000);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stderr!.on('data', onData);
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`Firefox exited (${code}): ${seen.slice(-500)}`)));
  });
  const socket = new WebSocket(`${endpoint}/session`);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let nextId = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data));
    const w = waiting.get(message.id);
    if (!w) return;
    waiting.delete(message.id);
    if (message.type === 'error') w.reject(new Error(`${message.error}: ${message.message}`));
    else w.resolve(message.result);
  };
  const send = <T,>(method: string, params: Record<string, unknown>) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: false } } });
  const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  return {
    send,
    context: tree.contexts[0]!.context,
    async close() {
      await send('session.end', {}).catch(() => {});
      socket.close();
      child.kill();
    },
  };
}
