import type {
  RuntimeRequest,
  RuntimeRequests,
  RuntimeRequestType,
  RuntimeResponse,
} from '../content/runtime-messages.ts';

export type Handler<T extends RuntimeRequestType> = (
  message: RuntimeRequest<T>,
  sender: chrome.runtime.MessageSender,
) => Promise<RuntimeResponse<T>>;

/** One handler per message type; a new message is a new entry here, not a new branch. */
export type HandlerTable = { [T in keyof RuntimeRequests]: Handler<T> };

/**
 * Answers runtime messages from our own content scripts and pages only. Unknown types and other
 * senders get no answer (returning false closes the channel at once).
 */
export function routeMessages(handlers: HandlerTable, runtimeId: string) {
  return (
    message: unknown,
    sender: chrome.runtime.MessageSender,
    respond: (answer: unknown) => void,
  ): boolean => {
    const type = (message as { type?: unknown } | null)?.type;
    if (sender.id !== runtimeId || typeof type !== 'string' || !Object.hasOwn(handlers, type)) return false;
    const handler = handlers[type as RuntimeRequestType] as Handler<RuntimeRequestType>;
    handler(message as RuntimeRequest, sender).then(respond, (error: unknown) => {
      console.warn(`[netverk] ${type} failed`, error);
      respond({ ok: false });
    });
    // Keeps the channel open for the asynchronous answer.
    return true;
  };
}
