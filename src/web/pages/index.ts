/**
 * @module pages
 * Every web page module, in registration order. To add a page (entities, statements, …),
 * write a `PageModule` in this folder and add one line here.
 */
import { assetsPage } from './assets-page.ts';
import { auditPage } from './audit-page.tsx';
import { calendarPage } from './calendar-page.tsx';
import { commitmentsPage } from './commitments-page.tsx';
import { entitiesPage } from './entities-page.tsx';
import { entityPage } from './entity-page.tsx';
import { entityReviewPage } from './entity-page-review.tsx';
import { formatPage } from './format-page.tsx';
import { importPage } from './import-page.tsx';
import { jobsPage } from './jobs-page.tsx';
import { listPage } from './list-page.tsx';
import { loginPage } from './login-page.tsx';
import { accountPage } from './account-page.tsx';
import { usersPage } from './users-page.tsx';
import { meetingPage } from './meeting-page.tsx';
import { newPage } from './new-page.tsx';
import type { PageModule } from './page-module.ts';
import { queuePage } from './queue-page.tsx';
import { readerPage } from './reader-page.tsx';
import { reviewPage } from './review-page.tsx';
import { searchPage } from './search-page.tsx';
import { sourcesPage } from './sources-page.tsx';
import { trackingCommitmentPage } from './tracking-commitment-page.tsx';

/** The web page modules. */
export const PAGE_MODULES: readonly PageModule[] = [
  assetsPage,
  listPage,
  searchPage,
  readerPage,
  importPage,
  entitiesPage,
  entityPage,
  entityReviewPage,
  commitmentsPage,
  trackingCommitmentPage,
  formatPage,
  calendarPage,
  reviewPage,
  jobsPage,
  meetingPage,
  loginPage,
  accountPage,
  usersPage,
  queuePage,
  auditPage,
  sourcesPage,
  newPage,
];
