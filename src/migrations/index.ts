import * as migration_20261125_140341_initial from './20261125_140341_initial';

export const migrations = [
  {
    up: migration_20261125_140341_initial.up,
    down: migration_20261125_140341_initial.down,
    name: '20261125_140341_initial'
  },
];
