import * as migration_20261123_231327_initial from './20261123_231327_initial';

export const migrations = [
  {
    up: migration_20261123_231327_initial.up,
    down: migration_20261123_231327_initial.down,
    name: '20261123_231327_initial'
  },
];
