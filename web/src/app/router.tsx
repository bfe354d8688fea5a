import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../features/auth/RequireAuth';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

const HomePage = lazy(() => import('../features/home/HomePage'));
const ScenariosPage = lazy(() => import('../features/scenarios/ScenariosPage'));
const WorkspacePage = lazy(() => import('../features/workspaces/WorkspacePage'));
const NotFoundPage = lazy(() => import('../features/system/NotFoundPage'));
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const RegisterPage = lazy(() => import('../features/auth/RegisterPage'));
const AcceptInvitePage = lazy(() => import('../features/auth/AcceptInvitePage'));
const SetPasswordPage = lazy(() => import('../features/auth/SetPasswordPage'));
const OrganizationPage = lazy(() => import('../features/organization/OrganizationPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const VerificationQueuePage = lazy(() => import('../features/admin/VerificationQueuePage'));
const ExpertPoolPage = lazy(() => import('../features/admin/ExpertPoolPage'));
const AuditLogPage = lazy(() => import('../features/admin/AuditLogPage'));
const ReviewQueuePage = lazy(() => import('../features/admin/ReviewQueuePage'));
const BatchesPage = lazy(() => import('../features/admin/BatchesPage'));
const SectorsPage = lazy(() => import('../features/admin/SectorsPage'));
const ImportPage = lazy(() => import('../features/admin/ImportPage'));
const ScenarioDetailPage = lazy(() => import('../features/scenarios/ScenarioDetailPage'));
const AgencyPage = lazy(() => import('../features/scenarios/AgencyPage'));
const MyScenariosPage = lazy(() => import('../features/agency/MyScenariosPage'));
const ScenarioFormPage = lazy(() => import('../features/agency/ScenarioFormPage'));
const ReceivedSolutionsPage = lazy(() => import('../features/agency/ReceivedSolutionsPage'));
const ProfilePage = lazy(() => import('../features/enterprise/ProfilePage'));
const PublicProfilePage = lazy(() => import('../features/enterprise/PublicProfilePage'));
const SolutionFormPage = lazy(() => import('../features/enterprise/SolutionFormPage'));
const SolutionViewPage = lazy(() => import('../features/enterprise/SolutionViewPage'));
const SavedSearchesPage = lazy(() => import('../features/matching/SavedSearchesPage'));
const ReviewerScenarioPage = lazy(() => import('../features/reviews/ReviewerScenarioPage'));
const AgencyReviewPage = lazy(() => import('../features/reviews/AgencyReviewPage'));
const ResultsPage = lazy(() => import('../features/results/ResultsPage'));
const ResultDetailPage = lazy(() => import('../features/results/ResultDetailPage'));
const StatisticsPage = lazy(() => import('../features/stats/StatisticsPage'));

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'scenarios', element: <ScenariosPage /> },
      { path: 'scenarios/:id', element: <ScenarioDetailPage /> },
      { path: 'agencies/:id', element: <AgencyPage /> },
      { path: 'enterprises/:id', element: <PublicProfilePage /> },
      { path: 'solutions/:id', element: <RequireAuth>{<SolutionViewPage />}</RequireAuth> },
      { path: 'enterprise/profile', element: <RequireAuth roles={['solver']}>{<ProfilePage />}</RequireAuth> },
      { path: 'enterprise/solutions/:id', element: <RequireAuth roles={['solver']}>{<SolutionFormPage />}</RequireAuth> },
      {
        path: 'agency/scenarios/:id/solutions',
        element: <RequireAuth roles={['publisher', 'admin']}>{<ReceivedSolutionsPage />}</RequireAuth>,
      },
      { path: 'saved-searches', element: <RequireAuth>{<SavedSearchesPage />}</RequireAuth> },
      {
        path: 'agency/scenarios/:id/review',
        element: <RequireAuth roles={['publisher', 'admin']}>{<AgencyReviewPage />}</RequireAuth>,
      },
      { path: 'reviewer/scenarios/:id', element: <RequireAuth roles={['reviewer']}>{<ReviewerScenarioPage />}</RequireAuth> },
      { path: 'results', element: <ResultsPage /> },
      { path: 'results/:id', element: <ResultDetailPage /> },
      { path: 'statistics', element: <StatisticsPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'invite', element: <AcceptInvitePage /> },
      { path: 'set-password', element: <SetPasswordPage /> },
      {
        path: 'org',
        element: (
          <RequireAuth roles={['publisher', 'solver']}>
            <OrganizationPage />
          </RequireAuth>
        ),
      },
      {
        path: 'notifications',
        element: (
          <RequireAuth>
            <NotificationsPage />
          </RequireAuth>
        ),
      },
      { path: 'enterprise', element: <WorkspacePage area="enterprise" /> },
      { path: 'agency', element: <WorkspacePage area="agency" /> },
      { path: 'agency/scenarios', element: <RequireAuth roles={['publisher']}>{<MyScenariosPage />}</RequireAuth> },
      { path: 'agency/scenarios/new', element: <RequireAuth roles={['publisher']}>{<ScenarioFormPage />}</RequireAuth> },
      { path: 'agency/scenarios/:id/edit', element: <RequireAuth roles={['publisher']}>{<ScenarioFormPage />}</RequireAuth> },
      { path: 'reviewer', element: <WorkspacePage area="reviewer" /> },
      { path: 'admin', element: <WorkspacePage area="admin" /> },
      {
        path: 'admin/organizations',
        element: (
          <RequireAuth roles={['admin']}>
            <VerificationQueuePage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/reviewers',
        element: (
          <RequireAuth roles={['admin']}>
            <ExpertPoolPage />
          </RequireAuth>
        ),
      },
      { path: 'admin/scenarios', element: <RequireAuth roles={['admin']}>{<ReviewQueuePage />}</RequireAuth> },
      { path: 'admin/batches', element: <RequireAuth roles={['admin']}>{<BatchesPage />}</RequireAuth> },
      { path: 'admin/sectors', element: <RequireAuth roles={['admin']}>{<SectorsPage />}</RequireAuth> },
      { path: 'admin/import', element: <RequireAuth roles={['admin']}>{<ImportPage />}</RequireAuth> },
      {
        path: 'admin/audit',
        element: (
          <RequireAuth roles={['admin']}>
            <AuditLogPage />
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
