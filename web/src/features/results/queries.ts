import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../app/api';
import type { Schemas } from '../../app/types';
import { authorizedFetch } from '../auth/session';

const path = (id: string) => ({ params: { path: { id } } });
/** Other people change these (reviewers score, enterprises object): fetch afresh whenever a view shows them. */
const LIVE = { staleTime: 0 } as const;

export const RESULTS_PAGE_SIZE = 20;

export function useResults(page: number) {
  return useQuery({
    queryKey: ['results', page],
    queryFn: async () => unwrap(await api.GET('/api/v1/results', { params: { query: { page, pageSize: RESULTS_PAGE_SIZE } } })).items,
  });
}

/** The announced result of a scenario; `null` when it has none yet. */
export function useAnnouncement(scenarioId: string, enabled = true) {
  return useQuery({
    queryKey: ['announcement', scenarioId],
    ...LIVE,
    queryFn: async () => {
      try {
        return unwrap(await api.GET('/api/v1/scenarios/{id}/announcement', path(scenarioId)));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
}

export function useFileObjection(scenarioId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) =>
      unwrap(await api.POST('/api/v1/scenarios/{id}/objections', { ...path(scenarioId), body: { text } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['announcement', scenarioId] }),
  });
}

export function useAnswerObjection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ objectionId, response }: { objectionId: string; response: string }) =>
      unwrap(await api.POST('/api/v1/objections/{id}/response', { ...path(objectionId), body: { response } })),
    onSuccess: () => Promise.all(['announcement', 'scenarios', 'outcome'].map((key) => client.invalidateQueries({ queryKey: [key] }))),
  });
}

/** The released feedback on one's own solution; `null` while there is none. */
export function useFeedback(solutionId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['feedback', solutionId],
    queryFn: async () => {
      try {
        return unwrap(await api.GET('/api/v1/solutions/{id}/feedback', path(solutionId)));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
}

export function useOutcome(scenarioId: string, enabled = true) {
  return useQuery({
    queryKey: ['outcome', scenarioId],
    ...LIVE,
    queryFn: async () => unwrap(await api.GET('/api/v1/scenarios/{id}/outcome', path(scenarioId))),
    enabled,
  });
}

function useOutcomeChange<T>(fn: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all(['outcome', 'scenarios', 'stats'].map((key) => client.invalidateQueries({ queryKey: [key] }))),
  });
}

export function useAddMilestone(scenarioId: string) {
  return useOutcomeChange(async (body: Schemas['MilestoneDto']) =>
    unwrap(await api.POST('/api/v1/scenarios/{id}/milestones', { ...path(scenarioId), body })),
  );
}

export function useUpdateMilestone() {
  return useOutcomeChange(async ({ id, ...body }: { id: string } & Schemas['UpdateMilestoneDto']) =>
    unwrap(await api.PATCH('/api/v1/milestones/{id}', { ...path(id), body })),
  );
}

export function useAddEvidence() {
  return useOutcomeChange(async ({ milestoneId, file }: { milestoneId: string; file: File }) => {
    const data = new FormData();
    data.append('file', file);
    const response = await authorizedFetch(new Request(`/api/v1/milestones/${milestoneId}/attachments`, { method: 'POST', body: data }));
    const body = (await response.json().catch(() => ({}))) as unknown;
    return unwrap({ data: response.ok ? (body as Schemas['AttachmentView']) : undefined, error: response.ok ? undefined : body, response });
  });
}

export function useLanded(scenarioId: string) {
  return useOutcomeChange(async () => unwrap(await api.POST('/api/v1/scenarios/{id}/landed', path(scenarioId))));
}

export function useFailed(scenarioId: string) {
  return useOutcomeChange(async (reason: string) =>
    unwrap(await api.POST('/api/v1/scenarios/{id}/failed', { ...path(scenarioId), body: { reason } })),
  );
}
