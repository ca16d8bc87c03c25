import * as migration_20261125_141632_initial from './20261125_141632_initial';

export const migrations = [
  {
    up: migration_20261125_141632_initial.up,
    down: migration_20261125_141632_initial.down,
    name: '20261125_141632_initial'
  },
];
