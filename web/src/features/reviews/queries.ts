import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api';
import type { Schemas } from '../../app/types';

const path = (id: string) => ({ params: { path: { id } } });
/** Other people change these (reviewers score, enterprises object): fetch afresh whenever a view shows them. */
const LIVE = { staleTime: 0 } as const;

/** Everything that changes when a review step is taken: refetch it all. */
function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      [
        'assignments',
        'reviewerSolutions',
        'solutionReviews',
        'panel',
        'panelSuggestions',
        'ranking',
        'scenarios',
        'announcement',
        'stats',
      ].map((key) => client.invalidateQueries({ queryKey: [key] })),
    );
}

// The reviewer's side.

export function useAssignments(enabled = true) {
  return useQuery({
    queryKey: ['assignments'],
    ...LIVE,
    queryFn: async () => unwrap(await api.GET('/api/v1/reviewer/assignments')).items,
    enabled,
  });
}

export function useReviewerSolutions(scenarioId: string) {
  return useQuery({
    queryKey: ['reviewerSolutions', scenarioId],
    ...LIVE,
    queryFn: async () => unwrap(await api.GET('/api/v1/reviewer/scenarios/{id}/solutions', path(scenarioId))),
  });
}

export function useDeclare() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ solutionId, ...body }: { solutionId: string } & Schemas['DeclarationDto']) =>
      unwrap(await api.POST('/api/v1/solutions/{id}/declaration', { ...path(solutionId), body })),
    onSuccess: invalidate,
  });
}

export function useScore() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ solutionId, ...body }: { solutionId: string } & Schemas['ScoreDto']) =>
      unwrap(await api.PUT('/api/v1/solutions/{id}/review', { ...path(solutionId), body })),
    onSuccess: invalidate,
  });
}

/** The reviews of a solution: for a reviewer after scoring, for the agency once the panel is complete. */
export function useSolutionReviews(solutionId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['solutionReviews', solutionId],
    ...LIVE,
    queryFn: async () => unwrap(await api.GET('/api/v1/solutions/{id}/reviews', path(solutionId))),
    enabled,
  });
}

// The agency's side.

export function usePanel(scenarioId: string) {
  return useQuery({
    queryKey: ['panel', scenarioId],
    ...LIVE,
    queryFn: async () => unwrap(await api.GET('/api/v1/scenarios/{id}/panel', path(scenarioId))),
  });
}

export function usePanelSuggestions(scenarioId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['panelSuggestions', scenarioId],
    ...LIVE,
    queryFn: async () => unwrap(await api.GET('/api/v1/scenarios/{id}/panel/suggestions', path(scenarioId))).items,
    enabled,
  });
}

export function useAssignPanel(scenarioId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (reviewerIds: string[]) =>
      unwrap(await api.POST('/api/v1/scenarios/{id}/panel', { ...path(scenarioId), body: { reviewerIds } })),
    onSuccess: invalidate,
  });
}

export function useUnassignPanel(scenarioId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (reviewerId: string) =>
      unwrap(await api.DELETE('/api/v1/scenarios/{id}/panel/{reviewerId}', { params: { path: { id: scenarioId, reviewerId } } })),
    onSuccess: invalidate,
  });
}

export function useRanking(scenarioId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['ranking', scenarioId],
    ...LIVE,
    queryFn: async () => unwrap(await api.GET('/api/v1/scenarios/{id}/ranking', path(scenarioId))),
    enabled,
  });
}

export function useShortlist(scenarioId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (solutionIds: string[]) =>
      unwrap(await api.POST('/api/v1/scenarios/{id}/shortlist', { ...path(scenarioId), body: { solutionIds } })),
    onSuccess: invalidate,
  });
}

export function useAward(scenarioId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: Schemas['AwardDto']) => unwrap(await api.POST('/api/v1/scenarios/{id}/award', { ...path(scenarioId), body })),
    onSuccess: invalidate,
  });
}

export function useNoAward(scenarioId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(await api.POST('/api/v1/scenarios/{id}/no-award', { ...path(scenarioId), body: { reason } })),
    onSuccess: invalidate,
  });
}

export function useAnnounce(scenarioId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: Schemas['AnnounceDto']) =>
      unwrap(await api.POST('/api/v1/scenarios/{id}/announcement', { ...path(scenarioId), body })),
    onSuccess: invalidate,
  });
}

export function useReleaseFeedback() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ solutionId, commentReviewerIds }: { solutionId: string; commentReviewerIds: string[] }) =>
      unwrap(await api.POST('/api/v1/solutions/{id}/feedback', { ...path(solutionId), body: { commentReviewerIds } })),
    onSuccess: invalidate,
  });
}
