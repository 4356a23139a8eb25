import { Migration20261125000001LegacyTables } from './Migration20261125000001LegacyTables';
import { Migration20261125000002Additions } from './Migration20261125000002Additions';
import { Migration20261201000014CountCorrections } from './Migration20261201000014CountCorrections';
import { Migration20261201000103SongSizes } from './Migration20261201000103SongSizes';
import { Migration20261201000003JobLeases } from './Migration20261201000003JobLeases';
import { Migration20261201083000IdentityLookups } from './Migration20261201083000IdentityLookups';

/** Explicit list (no file globbing), so migrations work the same from src (tests) and dist. */
export const migrationsList = [
  { name: 'Migration20261125000001LegacyTables', class: Migration20261125000001LegacyTables },
  { name: 'Migration20261125000002Additions', class: Migration20261125000002Additions },
  { name: 'Migration20261201000014CountCorrections', class: Migration20261201000014CountCorrections },
  { name: 'Migration20261201000103SongSizes', class: Migration20261201000103SongSizes },
  { name: 'Migration20261201000003JobLeases', class: Migration20261201000003JobLeases },
  { name: 'Migration20261201083000IdentityLookups', class: Migration20261201083000IdentityLookups },
];
