import * as migration_20261123_215640_initial from './20261123_215640_initial';

export const migrations = [
  {
    up: migration_20261123_215640_initial.up,
    down: migration_20261123_215640_initial.down,
    name: '20261123_215640_initial'
  },
];
