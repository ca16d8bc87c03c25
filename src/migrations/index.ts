import * as migration_20261125_134914_initial from './20261125_134914_initial';

export const migrations = [
  {
    up: migration_20261125_134914_initial.up,
    down: migration_20261125_134914_initial.down,
    name: '20261125_134914_initial'
  },
];
