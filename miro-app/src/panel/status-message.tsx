import { useEffect, useRef } from 'react';

export interface Status {
  kind: 'info' | 'error';
  text: string;
}

/**
 * Two live regions that stay in the page (a region added together with its text is often not
 * announced): errors go to the assertive one, everything else to the polite one. A new message
 * scrolls into view, since the panel is taller than Miro's side bar.
 */
export function StatusMessage({ status }: { status: Status | null }) {
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status) area.current?.scrollIntoView?.({ block: 'nearest' });
  }, [status]);
  return (
    <div className="netverk-status-area" ref={area}>
      <div className="netverk-status netverk-status-info" role="status">
        {status?.kind === 'info' ? status.text : null}
      </div>
      <div className="netverk-status netverk-status-error" role="alert">
        {status?.kind === 'error' ? status.text : null}
      </div>
    </div>
  );
}
