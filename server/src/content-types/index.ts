import cookie from './cookie';
import dataCategory from './data-category';
import dpoContact from './dpo-contact';
import organisation from './organisation';
import page from './page';
import purpose from './purpose';
import recipient from './recipient';
import retentionPeriod from './retention-period';
import right from './right';
import site from './site';
import transfer from './transfer';
import version from './version';

export default {
  site,
  organisation,
  'dpo-contact': dpoContact,
  purpose,
  'data-category': dataCategory,
  'retention-period': retentionPeriod,
  recipient,
  transfer,
  right,
  cookie,
  page,
  version,
};
