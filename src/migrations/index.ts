import * as migration_20261125_143843_initial from './20261125_143843_initial';
import * as migration_20261125_163147_publish_jobs from './20261125_163147_publish_jobs';
import * as migration_20261202_113546_report_publication_date from './20261202_113546_report_publication_date';
import * as migration_20261202_122123_glossary from './20261202_122123_glossary';
import * as migration_20261202_134923_locales_parent_index from './20261202_134923_locales_parent_index';
import * as migration_20261202_190329_publish_leases from './20261202_190329_publish_leases';
import * as migration_20261202_194015_translation_assignments_schedule from './20261202_194015_translation_assignments_schedule';
import * as migration_20261202_195214_encryption_keys from './20261202_195214_encryption_keys';
import * as migration_20261202_195429_login_throttle from './20261202_195429_login_throttle';

export const migrations = [
  {
    up: migration_20261125_143843_initial.up,
    down: migration_20261125_143843_initial.down,
    name: '20261125_143843_initial',
  },
  {
    up: migration_20261125_163147_publish_jobs.up,
    down: migration_20261125_163147_publish_jobs.down,
    name: '20261125_163147_publish_jobs',
  },
  {
    up: migration_20261202_113546_report_publication_date.up,
    down: migration_20261202_113546_report_publication_date.down,
    name: '20261202_113546_report_publication_date',
  },
  {
    up: migration_20261202_122123_glossary.up,
    down: migration_20261202_122123_glossary.down,
    name: '20261202_122123_glossary',
  },
  {
    up: migration_20261202_134923_locales_parent_index.up,
    down: migration_20261202_134923_locales_parent_index.down,
    name: '20261202_134923_locales_parent_index',
  },
  {
    up: migration_20261202_190329_publish_leases.up,
    down: migration_20261202_190329_publish_leases.down,
    name: '20261202_190329_publish_leases',
  },
  {
    up: migration_20261202_194015_translation_assignments_schedule.up,
    down: migration_20261202_194015_translation_assignments_schedule.down,
    name: '20261202_194015_translation_assignments_schedule',
  },
  {
    up: migration_20261202_195214_encryption_keys.up,
    down: migration_20261202_195214_encryption_keys.down,
    name: '20261202_195214_encryption_keys',
  },
  {
    up: migration_20261202_195429_login_throttle.up,
    down: migration_20261202_195429_login_throttle.down,
    name: '20261202_195429_login_throttle'
  },
];
