import * as migration_20261123_214956_initial from './20261123_214956_initial';

export const migrations = [
  {
    up: migration_20261123_214956_initial.up,
    down: migration_20261123_214956_initial.down,
    name: '20261123_214956_initial'
  },
];
