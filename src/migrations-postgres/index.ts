import * as migration_20261202_190335_initial from './20261202_190335_initial';

export const migrations = [
  {
    up: migration_20261202_190335_initial.up,
    down: migration_20261202_190335_initial.down,
    name: '20261202_190335_initial'
  },
];
