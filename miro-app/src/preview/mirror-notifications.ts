import type { BoardPort } from '../board/index.ts';

export interface PreviewNotification {
  kind: 'info' | 'error';
  message: string;
}

/**
 * The same board, but notifications are also handed to `show`: Miro draws them over the board,
 * so the preview draws them over the stand-in.
 */
export function mirrorNotifications(
  board: BoardPort,
  show: (notification: PreviewNotification) => void,
): BoardPort {
  return {
    ...board,
    notifications: {
      showInfo: async (message) => {
        await board.notifications.showInfo(message);
        show({ kind: 'info', message });
      },
      showError: async (message) => {
        await board.notifications.showError(message);
        show({ kind: 'error', message });
      },
    },
  };
}
