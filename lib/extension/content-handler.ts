/**
 * The content script's side of the messages: each checked request becomes a call on the page
 * session, and settings changes reach it as they are saved.
 */
import type { Session } from '../page/session.ts';
import { isRequest, type PageReport } from './messages.ts';

/** Answers one message; undefined for anything that is not a sayso request. */
export function handleRequest(session: Session, message: unknown): PageReport | true | undefined {
  if (!isRequest(message)) return undefined;
  switch (message.type) {
    case 'sayso:report':
      return session.report();
    case 'sayso:show-kinds':
      session.showKinds(message.kinds);
      return true;
    case 'sayso:reveal':
      session.reveal(message.mark);
      return true;
    case 'sayso:reveal-source':
      session.revealSource(message.source);
      return true;
    case 'sayso:step':
      session.step(message.direction);
      return true;
    case 'sayso:switch':
      session.switchOn(message.on);
      return true;
    case 'sayso:palette':
      session.setPalette(message.palette);
      return true;
  }
}
