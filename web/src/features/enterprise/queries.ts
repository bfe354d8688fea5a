import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api';
import type { Schemas } from '../../app/types';

export type ProfileInput = Schemas['ProfileDto'];
export type SolutionInput = Schemas['SolutionFieldsDto'];

export function useMyProfile() {
  return useQuery({ queryKey: ['profile', 'mine'], queryFn: async () => unwrap(await api.GET('/api/v1/organizations/me/profile')) });
}

export function usePublicProfile(id: string) {
  return useQuery({
    queryKey: ['profile', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{id}/profile', { params: { path: { id } } })),
    retry: false,
  });
}

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProfileInput) => unwrap(await api.PUT('/api/v1/organizations/me/profile', { body })),
    onSuccess: (profile) => client.setQueryData(['profile', 'mine'], profile),
  });
}

export function useSavedScenarios(enabled = true) {
  return useQuery({ queryKey: ['saved'], queryFn: async () => unwrap(await api.GET('/api/v1/me/saved-scenarios')).items, enabled });
}

export function useToggleSaved() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, save }: { id: string; save: boolean }) =>
      save
        ? unwrap(await api.PUT('/api/v1/scenarios/{id}/saved', { params: { path: { id } } }))
        : unwrap(await api.DELETE('/api/v1/scenarios/{id}/saved', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['saved'] }),
  });
}

export function useMySolutions(enabled = true) {
  return useQuery({ queryKey: ['solutions', 'mine'], queryFn: async () => unwrap(await api.GET('/api/v1/solutions/mine')).items, enabled });
}

export function useSolution(id: string) {
  return useQuery({
    queryKey: ['solutions', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/solutions/{id}', { params: { path: { id } } })),
    retry: false,
    enabled: id.length > 0,
  });
}

export function useSolutionVersions(id: string) {
  return useQuery({
    queryKey: ['solutions', id, 'versions'],
    queryFn: async () => unwrap(await api.GET('/api/v1/solutions/{id}/versions', { params: { path: { id } } })).items,
  });
}

function useSolutionMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['solutions'] }) });
}

export const useCreateSolution = () =>
  useSolutionMutation(async ({ scenarioId, body }: { scenarioId: string; body: SolutionInput }) =>
    unwrap(await api.POST('/api/v1/scenarios/{id}/solutions', { params: { path: { id: scenarioId } }, body })),
  );
export const useUpdateSolution = () =>
  useSolutionMutation(async ({ id, body }: { id: string; body: SolutionInput }) =>
    unwrap(await api.PATCH('/api/v1/solutions/{id}', { params: { path: { id } }, body })),
  );
export const useSubmitSolution = () =>
  useSolutionMutation(async (id: string) => unwrap(await api.POST('/api/v1/solutions/{id}/submit', { params: { path: { id } } })));
export const useWithdrawSolution = () =>
  useSolutionMutation(async (id: string) => unwrap(await api.POST('/api/v1/solutions/{id}/withdraw', { params: { path: { id } } })));

export function useReceivedCount(scenarioId: string) {
  return useQuery({
    queryKey: ['received', scenarioId],
    queryFn: async () => unwrap(await api.GET('/api/v1/scenarios/{id}/solutions/count', { params: { path: { id: scenarioId } } })),
  });
}

export function useReceivedSolutions(scenarioId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['received', scenarioId, 'list'],
    queryFn: async () => unwrap(await api.GET('/api/v1/scenarios/{id}/solutions', { params: { path: { id: scenarioId } } })).items,
    enabled,
    retry: false,
  });
}
