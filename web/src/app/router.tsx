import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

const HomePage = lazy(() => import('../features/home/HomePage'));
const ScenariosPage = lazy(() => import('../features/scenarios/ScenariosPage'));
const InfoPage = lazy(() => import('../features/system/InfoPage'));
const WorkspacePage = lazy(() => import('../features/workspaces/WorkspacePage'));
const NotFoundPage = lazy(() => import('../features/system/NotFoundPage'));

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'scenarios', element: <ScenariosPage /> },
      { path: 'results', element: <InfoPage titleKey="nav.results" textKey="workspace.results" /> },
      { path: 'statistics', element: <InfoPage titleKey="nav.statistics" textKey="workspace.statistics" /> },
      { path: 'enterprise/*', element: <WorkspacePage area="enterprise" /> },
      { path: 'agency/*', element: <WorkspacePage area="agency" /> },
      { path: 'reviewer/*', element: <WorkspacePage area="reviewer" /> },
      { path: 'admin/*', element: <WorkspacePage area="admin" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
