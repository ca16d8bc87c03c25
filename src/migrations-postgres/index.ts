import * as migration_20261202_191838_initial from './20261202_191838_initial';
import * as migration_20261202_194901_audit_import_action from './20261202_194901_audit_import_action';
import * as migration_20261202_195110_translation_assignments_schedule from './20261202_195110_translation_assignments_schedule';
import * as migration_20261202_200725_login_throttle from './20261202_200725_login_throttle';
import * as migration_20261202_201223_encryption_keys from './20261202_201223_encryption_keys';

export const migrations = [
  {
    up: migration_20261202_191838_initial.up,
    down: migration_20261202_191838_initial.down,
    name: '20261202_191838_initial',
  },
  {
    up: migration_20261202_194901_audit_import_action.up,
    down: migration_20261202_194901_audit_import_action.down,
    name: '20261202_194901_audit_import_action',
  },
  {
    up: migration_20261202_195110_translation_assignments_schedule.up,
    down: migration_20261202_195110_translation_assignments_schedule.down,
    name: '20261202_195110_translation_assignments_schedule',
  },
  {
    up: migration_20261202_200725_login_throttle.up,
    down: migration_20261202_200725_login_throttle.down,
    name: '20261202_200725_login_throttle',
  },
  {
    up: migration_20261202_201223_encryption_keys.up,
    down: migration_20261202_201223_encryption_keys.down,
    name: '20261202_201223_encryption_keys'
  },
];
