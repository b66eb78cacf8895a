import * as migration_20261123_214011_initial from './20261123_214011_initial';

export const migrations = [
  {
    up: migration_20261123_214011_initial.up,
    down: migration_20261123_214011_initial.down,
    name: '20261123_214011_initial'
  },
];
