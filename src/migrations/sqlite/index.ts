import * as migration_20261123_203948_initial from './20261123_203948_initial';

export const migrations = [
  {
    up: migration_20261123_203948_initial.up,
    down: migration_20261123_203948_initial.down,
    name: '20261123_203948_initial'
  },
];
