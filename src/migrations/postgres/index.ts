import * as migration_20261124_002135_initial from './20261124_002135_initial';

export const migrations = [
  {
    up: migration_20261124_002135_initial.up,
    down: migration_20261124_002135_initial.down,
    name: '20261124_002135_initial'
  },
];
