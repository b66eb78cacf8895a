import * as migration_20261123_224929_initial from './20261123_224929_initial';

export const migrations = [
  {
    up: migration_20261123_224929_initial.up,
    down: migration_20261123_224929_initial.down,
    name: '20261123_224929_initial'
  },
];
