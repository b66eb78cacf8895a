import * as migration_20261124_002135_initial from './20261124_002135_initial';
import * as migration_20261202_105704_publication_log from './20261202_105704_publication_log';
import * as migration_20261202_135420_url_slugs from './20261202_135420_url_slugs';
import * as migration_20261202_170251_drop_image_sizes from './20261202_170251_drop_image_sizes';
import * as migration_20261202_170304_photo_metadata_rights from './20261202_170304_photo_metadata_rights';
import * as migration_20261202_172921_photo_rights_log from './20261202_172921_photo_rights_log';
import * as migration_20261203_075820_partner_api from './20261203_075820_partner_api';

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
    name: '20261202_135420_url_slugs',
  },
  {
    up: migration_20261202_170251_drop_image_sizes.up,
    down: migration_20261202_170251_drop_image_sizes.down,
    name: '20261202_170251_drop_image_sizes',
  },
  {
    up: migration_20261202_170304_photo_metadata_rights.up,
    down: migration_20261202_170304_photo_metadata_rights.down,
    name: '20261202_170304_photo_metadata_rights',
  },
  {
    up: migration_20261202_172921_photo_rights_log.up,
    down: migration_20261202_172921_photo_rights_log.down,
    name: '20261202_172921_photo_rights_log',
  },
  {
    up: migration_20261203_075820_partner_api.up,
    down: migration_20261203_075820_partner_api.down,
    name: '20261203_075820_partner_api'
  },
];
