import { useEffect, useState } from 'react';
import type { PreviewNotification } from './mirror-notifications.ts';

/** How long a toast stays, like Miro's own notifications. */
const toastMs = 8_000;

/**
 * Miro's notification, drawn over the stand-in for sighted users. Hidden from screen readers: the
 * panel's own live region already announces the same message.
 */
export function PreviewToast({ notification }: { notification: PreviewNotification | null }) {
  const [shown, setShown] = useState(notification);
  useEffect(() => {
    setShown(notification);
    if (!notification) return;
    const timer = setTimeout(() => setShown(null), toastMs);
    return () => clearTimeout(timer);
  }, [notification]);
  if (!shown) return null;
  return (
    <div className={`netverk-preview-toast netverk-preview-toast-${shown.kind}`} aria-hidden="true">
      {shown.message}
    </div>
  );
}
