import { FileOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ButtonLink } from '../../app/ButtonLink';
import { Notice } from '../../app/Notice';
import { PageSpinner } from '../../app/PageSpinner';
import type { Schemas } from '../../app/types';
import { useAuth } from '../auth/AuthProvider';
import styles from './ScenarioDetailPage.module.css';
import { deadlineLabel, formatBudget, formatDateTime } from './format';
import { useScenario, useVersions } from './queries';
import { ScenarioStatusTag } from './StatusTag';

// Plain elements for what every visitor reads; what only signed-in people use loads when they are there.
const ScenarioActions = lazy(() => import('../enterprise/ScenarioActions').then((m) => ({ default: m.ScenarioActions })));
const ScenarioTabs = lazy(() => import('./ScenarioTabs'));

const AFTER_DEADLINE = ['closed', 'reviewing', 'shortlisted', 'awarded', 'announced', 'in_delivery', 'landed', 'failed', 'no_award'];
const RESULT_STAGE = ['announced', 'in_delivery', 'landed', 'failed', 'no_award'];

export default function ScenarioDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const { user } = useAuth();
  const scenario = useScenario(id);
  const versions = useVersions(id, scenario.data?.publishedAt !== null && scenario.isSuccess);

  if (scenario.isPending) return <PageSpinner />;
  if (scenario.isError) return <Notice tone="missing" title={t('detail.notFound')} />;
  const s = scenario.data;
  const own = user?.organization?.id === s.organization.id;
  const editable = own && ['draft', 'returned', 'open'].includes(s.status);
  // The agency (and platform admins) also see which enterprises fit.
  const showMatches = own || !!user?.roles.includes('admin');
  // After the deadline the agency (and admins) run the review, decisions and delivery from one page.
  const canRunReview = showMatches && AFTER_DEADLINE.includes(s.status);
  const announced = RESULT_STAGE.includes(s.status);

  const details = (
    <div className={styles.columns}>
      <div className={styles.stack}>
        <Section title={t('field.description')} text={s.description} />
        <Section title={t('field.scope')} text={s.scope} />
        <Panel title={t('field.kpis')}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('field.kpiName')}</th>
                <th scope="col">{t('field.kpiTarget')}</th>
              </tr>
            </thead>
            <tbody>
              {s.kpis.map((k) => (
                <tr key={k.name}>
                  <td>{k.name}</td>
                  <td>{k.target}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
        <Section title={t('field.expectedOutcomes')} text={s.expectedOutcomes} />
        <Section title={t('field.acceptanceCriteria')} text={s.acceptanceCriteria} />
        <Panel title={t('field.resources')}>
          <Facts
            items={[
              [t('field.resourcesData'), s.resources.data],
              [t('field.resourcesTestSite'), s.resources.testSite],
              [t('field.resourcesCompute'), s.resources.compute],
            ]}
          />
        </Panel>
        <Panel title={t('field.rubric')}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('field.criterion')}</th>
                <th scope="col" className={styles.narrow}>
                  {t('field.weight')}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.rubric.map((c) => (
                <tr key={c.name}>
                  <td>{c.description ? `${c.name} — ${c.description}` : c.name}</td>
                  <td>{c.weight}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
        {s.publishedAt && <VersionHistory versions={versions.data} />}
      </div>
      <div className={styles.stack}>
        <Panel title={t('detail.overview')}>
          <Facts
            items={[
              [t('field.agency'), <Link to={`/agencies/${s.organization.id}`}>{s.organization.name}</Link>],
              [t('field.region'), s.region || '—'],
              [t('field.site'), s.site || '—'],
              [t('field.budget'), formatBudget(t, s)],
              [t('field.fundingSource'), s.fundingSource || '—'],
              [t('field.cooperationMode'), s.cooperationMode ? t(`mode.${s.cooperationMode}`) : '—'],
              [
                t('field.deadline'),
                <>
                  {formatDateTime(s.deadline)}{' '}
                  {s.status === 'open' && <span className={styles.deadline}>{deadlineLabel(t, s.deadline)}</span>}
                </>,
              ],
              [t('field.publishedAt'), formatDateTime(s.publishedAt)],
            ]}
          />
          <p className={styles.info}>
            {s.sealed ? <LockOutlined aria-hidden="true" /> : <UnlockOutlined aria-hidden="true" />}
            {s.sealed ? t('detail.sealedYes') : t('detail.sealedNo')}
          </p>
        </Panel>
        <Panel title={t('detail.eligibility')}>
          <Facts
            items={[
              [
                t('field.tags'),
                <ul className={styles.tags}>
                  {s.tags.map((tag) => (
                    <li key={tag}>{tag}</li>
                  ))}
                </ul>,
              ],
              [t('field.qualifications'), s.qualifications.length ? s.qualifications.join('、') : '—'],
              [t('field.consortiumAllowed'), s.consortiumAllowed ? t('detail.yes') : t('detail.no')],
              [t('field.maxApplications'), t('detail.perEntity', { n: s.maxApplicationsPerEntity })],
            ]}
          />
        </Panel>
        <Panel title={t('field.contact')}>
          {s.contact ? (
            <Facts
              items={[
                [t('field.contactName'), s.contact.name],
                [t('field.contactPhone'), s.contact.phone],
                [t('field.contactEmail'), s.contact.email],
              ]}
            />
          ) : (
            <p className={styles.secondary}>{s.contactHidden ? t('detail.contactHidden') : '—'}</p>
          )}
        </Panel>
        <Panel title={t('field.attachments')}>
          {s.attachments.length === 0 ? (
            <p className={styles.secondary}>{t('detail.noAttachments')}</p>
          ) : (
            <ul className={styles.files}>
              {s.attachments.map((a) => (
                <li key={a.downloadUrl}>
                  <a href={a.downloadUrl} download>
                    <FileOutlined aria-hidden="true" /> {a.filename}
                  </a>{' '}
                  <span className={styles.secondary}>{Math.ceil(a.size / 1024)} KB</span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </div>
  );

  return (
    <div className={styles.page}>
      <div className={styles.meta}>
        <ScenarioStatusTag status={s.status} />
        {s.code && <span className={styles.secondary}>{s.code}</span>}
        {s.batch && <span className={styles.chip}>{s.batch.name}</span>}
        {s.sector && <span className={`${styles.chip} ${styles.blue}`}>{english ? s.sector.nameEn : s.sector.nameZh}</span>}
      </div>
      <h1 className={styles.title}>{s.title}</h1>
      <p className={styles.lead}>{s.summary}</p>
      {s.status === 'cancelled' && s.cancelReason && (
        <p role="status" className={`${styles.banner} ${styles.warning}`}>
          {t('detail.cancelReason', { reason: s.cancelReason })}
        </p>
      )}
      {s.returnReason && s.status === 'returned' && (
        <p role="status" className={`${styles.banner} ${styles.danger}`}>
          {t('detail.returnReason', { reason: s.returnReason })}
        </p>
      )}
      {user && (
        <Suspense fallback={null}>
          <ScenarioActions scenario={s} />
        </Suspense>
      )}
      {(editable || canRunReview || announced) && (
        <div className={styles.buttons}>
          {editable && (
            <ButtonLink type="primary" to={`/agency/scenarios/${s.id}/edit`}>
              {s.status === 'open' ? t('agencyWs.amend') : t('agencyWs.edit')}
            </ButtonLink>
          )}
          {canRunReview && (
            <ButtonLink type="primary" to={`/agency/scenarios/${s.id}/review`}>
              {t('panel.pageTitle')}
            </ButtonLink>
          )}
          {announced && <ButtonLink to={`/results/${s.id}`}>{t('results.view')}</ButtonLink>}
        </div>
      )}
      {showMatches ? (
        <Suspense fallback={details}>
          <ScenarioTabs scenarioId={s.id} details={details} />
        </Suspense>
      ) : (
        details
      )}
    </div>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.panel}>
      <h2 className={styles.panelTitle}>{title}</h2>
      {children}
    </section>
  );
}

/** Label–value pairs as a description list; pairs without a value are left out. */
function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className={styles.facts}>
      {items
        .filter(([, value]) => value !== undefined && value !== null && value !== '')
        .map(([label, value]) => (
          <div key={label} className={styles.fact}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function Section({ title, text }: { title: string; text: string }) {
  return (
    <Panel title={title}>
      <p className={styles.text}>{text || '—'}</p>
    </Panel>
  );
}

function VersionHistory({ versions }: { versions: Schemas['ScenarioVersionView'][] | undefined }) {
  const { t } = useTranslation();
  if (!versions) return null;
  const show = (value: unknown) =>
    value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return (
    <Panel title={t('detail.versions')}>
      {versions.length === 0 ? (
        <p className={styles.secondary}>—</p>
      ) : (
        <ol className={styles.timeline}>
          {versions.map((v) => (
            <li key={v.version} data-version={v.version}>
              <strong>{t('detail.version', { n: v.version })}</strong>{' '}
              <span className={styles.secondary}>{formatDateTime(v.createdAt)}</span>
              {v.note && <div>{v.note}</div>}
              {v.version === 1 && <div>{t('detail.firstVersion')}</div>}
              {v.deadlineExtended && <p className={`${styles.banner} ${styles.warning}`}>{t('detail.extended')}</p>}
              {v.changes.length > 0 && (
                <ul className="changes">
                  {v.changes.map((c) => (
                    <li key={c.field}>
                      <strong>
                        {t(
                          `field.${c.field === 'sectorCode' ? 'sector' : c.field === 'maxApplicationsPerEntity' ? 'maxApplications' : c.field}`,
                        )}
                      </strong>
                      ：{t('detail.changedFrom')} <del>{show(c.before)}</del> → {t('detail.changedTo')} <ins>{show(c.after)}</ins>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
