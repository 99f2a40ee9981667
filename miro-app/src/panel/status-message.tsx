export interface Status {
  kind: 'info' | 'error';
  text: string;
}

/**
 * Two live regions that stay in the page (a region added together with its text is often not
 * announced): errors go to the assertive one, everything else to the polite one.
 */
export function StatusMessage({ status }: { status: Status | null }) {
  return (
    <div className="netverk-status-area">
      <div className="netverk-status netverk-status-info" role="status">
        {status?.kind === 'info' ? status.text : null}
      </div>
      <div className="netverk-status netverk-status-error" role="alert">
        {status?.kind === 'error' ? status.text : null}
      </div>
    </div>
  );
}
