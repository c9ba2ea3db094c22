import cookie from './cookie';
import dataCategory from './data-category';
import dpoContact from './dpo-contact';
import organisation from './organisation';
import page from './page';
import pageState from './page-state';
import pluginState from './plugin-state';
import purpose from './purpose';
import recipient from './recipient';
import retentionPeriod from './retention-period';
import right from './right';
import site from './site';
import siteRecord from './site-record';
import slug from './slug';
import transfer from './transfer';
import version from './version';
// The record of processing activities (issue 16).
import dataSubject from './data-subject';
import securityMeasure from './security-measure';
// The accessibility statement (issue 14).
import accessibilityAudit from './accessibility-audit';
import accessibilityContent from './accessibility-content';

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
  'plugin-state': pluginState,
  slug,
  'site-record': siteRecord,
  'data-subject': dataSubject,
  'security-measure': securityMeasure,
  // The overview's stored page states (issue 19).
  'page-state': pageState,
  'accessibility-audit': accessibilityAudit,
  'accessibility-content': accessibilityContent,
};
