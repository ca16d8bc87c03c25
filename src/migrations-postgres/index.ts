import * as migration_20261202_191838_initial from './20261202_191838_initial';

export const migrations = [
  {
    up: migration_20261202_191838_initial.up,
    down: migration_20261202_191838_initial.down,
    name: '20261202_191838_initial'
  },
];
