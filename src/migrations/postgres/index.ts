import * as migration_20261124_002135_initial from './20261124_002135_initial';
import * as migration_20261202_105704_publication_log from './20261202_105704_publication_log';
import * as migration_20261202_135420_url_slugs from './20261202_135420_url_slugs';

export const migrations = [
  {
    up: migration_20261124_002135_initial.up,
    down: migration_20261124_002135_initial.down,
    name: '20261124_002135_initial',
  },
  {
    up: migration_20261202_105704_publication_log.up,
    down: migration_20261202_105704_publication_log.down,
    name: '20261202_105704_publication_log',
  },
  {
    up: migration_20261202_135420_url_slugs.up,
    down: migration_20261202_135420_url_slugs.down,
    name: '20261202_135420_url_slugs'
  },
];
