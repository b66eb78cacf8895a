import * as migration_20261123_204502_initial from './20261123_204502_initial';

export const migrations = [
  {
    up: migration_20261123_204502_initial.up,
    down: migration_20261123_204502_initial.down,
    name: '20261123_204502_initial'
  },
];
