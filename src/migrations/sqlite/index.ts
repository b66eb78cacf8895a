import * as migration_20261124_001642_initial from './20261124_001642_initial';

export const migrations = [
  {
    up: migration_20261124_001642_initial.up,
    down: migration_20261124_001642_initial.down,
    name: '20261124_001642_initial'
  },
];
