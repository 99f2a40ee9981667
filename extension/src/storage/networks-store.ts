import type { Locale } from '../../../shared/index.ts';
import type { NetverkDb } from './netverk-db.ts';
import { type NetworkRecord, networkRecordSchema } from './record-schemas.ts';
import { type Restored, readEntries, restoreRecords } from './restore-records.ts';

export async function saveNetwork(db: NetverkDb, network: NetworkRecord): Promise<void> {
  await db.put('networks', networkRecordSchema.parse(network));
}

/** Every readable network, by name. */
export async function listNetworks(db: NetverkDb, locale: Locale): Promise<Restored<NetworkRecord>> {
  const restored = restoreRecords('networks', await readEntries(db, 'networks'), networkRecordSchema, locale);
  restored.records.sort((a, b) => a.name.localeCompare(b.name, locale));
  return restored;
}

export async function deleteNetwork(db: NetverkDb, id: string): Promise<void> {
  await db.delete('networks', id);
}
