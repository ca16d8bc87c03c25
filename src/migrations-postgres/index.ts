import * as migration_20261202_191838_initial from './20261202_191838_initial';
import * as migration_20261202_194937_audit_import_action from './20261202_194937_audit_import_action';

export const migrations = [
  {
    up: migration_20261202_191838_initial.up,
    down: migration_20261202_191838_initial.down,
    name: '20261202_191838_initial',
  },
  {
    up: migration_20261202_194937_audit_import_action.up,
    down: migration_20261202_194937_audit_import_action.down,
    name: '20261202_194937_audit_import_action'
  },
];
