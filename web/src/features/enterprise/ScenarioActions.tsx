import { HeartFilled, HeartOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ButtonLink } from '../../app/ButtonLink';
import { errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { useAuth } from '../auth/AuthProvider';
import { useCreateSolution, useMySolutions, useSavedScenarios, useToggleSaved } from './queries';

/** On a scenario page: save it, and answer it (or open one's answer) for enterprise members; the agency's link to what it received. */
export function ScenarioActions({ scenario }: { scenario: Schemas['ScenarioView'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { user } = useAuth();
  const solver = user?.roles.includes('solver') ?? false;
  const saved = useSavedScenarios(Boolean(user));
  const mine = useMySolutions(solver);
  const toggle = useToggleSaved();
  const create = useCreateSolution();
  if (!user) return null;
  const own = user.organization?.id === scenario.organization.id;
  const isSaved = saved.data?.some((s) => s.id === scenario.id) ?? false;
  const myAnswer = mine.data?.find((s) => s.scenario.id === scenario.id && s.status !== 'withdrawn');
  const open = scenario.status === 'open';

  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {scenario.publishedAt && !own && (
        <Button
          icon={isSaved ? <HeartFilled /> : <HeartOutlined />}
          loading={toggle.isPending}
          onClick={() =>
            toggle.mutate(
              { id: scenario.id, save: !isSaved },
              {
                onSuccess: () => message.success(t(isSaved ? 'enterpriseWs.unsavedToast' : 'enterpriseWs.savedToast')),
                onError: (e) => message.error(errorMessage(t, e)),
              },
            )
          }
        >
          {t(isSaved ? 'enterpriseWs.unsave' : 'enterpriseWs.save')}
        </Button>
      )}
      {solver && myAnswer && (
        <ButtonLink type="primary" to={`/enterprise/solutions/${myAnswer.id}`}>
          {t('enterpriseWs.myAnswer')}
        </ButtonLink>
      )}
      {solver && !myAnswer && open && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={create.isPending}
          onClick={() =>
            create.mutate(
              { scenarioId: scenario.id, body: { title: '' } },
              { onSuccess: (s) => navigate(`/enterprise/solutions/${s.id}`), onError: (e) => message.error(errorMessage(t, e)) },
            )
          }
        >
          {t('enterpriseWs.answer')}
        </Button>
      )}
      {own && scenario.publishedAt && <ButtonLink to={`/agency/scenarios/${scenario.id}/solutions`}>{t('agencyWs.solutions')}</ButtonLink>}
    </Space>
  );
}
