import { DecideWizard } from '../pages/decide-wizard.tsx';
import { saveNetwork } from '../storage/networks-store.ts';
import type { IslandProps } from './island-props.ts';
import { useDraftState } from './mount-island.tsx';

/** The Decide tab: the decision wizard; its result can go into the draft or be saved as a network. */
export default function DecideTab({ locale, t, session, db }: IslandProps) {
  const { draft } = useDraftState(session);
  return (
    <DecideWizard
      locale={locale}
      t={t}
      networkName={draft?.networkName ?? ''}
      onUseInCanvas={(text) => session.update({ fields: { 'network-type': text } })}
      onSaveNetwork={async (name, type, answers) => {
        if (db)
          await saveNetwork(db, {
            id: crypto.randomUUID(),
            name,
            type,
            answers,
            updatedAt: new Date().toISOString(),
          });
      }}
    />
  );
}
