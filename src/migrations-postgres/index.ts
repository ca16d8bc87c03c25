import * as migration_20261202_191838_initial from './20261202_191838_initial';
import * as migration_20261202_202145_login_throttle from './20261202_202145_login_throttle';

export const migrations = [
  {
    up: migration_20261202_191838_initial.up,
    down: migration_20261202_191838_initial.down,
    name: '20261202_191838_initial',
  },
  {
    up: migration_20261202_202145_login_throttle.up,
    down: migration_20261202_202145_login_throttle.down,
    name: '20261202_202145_login_throttle'
  },
];
