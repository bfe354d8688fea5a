import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api';
import type { Schemas } from '../../app/types';

export type Lang = 'zh' | 'en';
export type SavedSearchInput = Schemas['CreateSavedSearchDto'];

export function useScenarioMatches(id: string, lang: Lang, enabled = true) {
  return useQuery({
    queryKey: ['matches', id, lang],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/scenarios/{id}/matches', { params: { path: { id }, query: { lang, limit: 20 } } })).items,
    enabled,
  });
}

export function useRecommendations(lang: Lang) {
  return useQuery({
    queryKey: ['recommendations', lang],
    queryFn: async () => unwrap(await api.GET('/api/v1/me/recommendations', { params: { query: { lang, limit: 8 } } })),
  });
}

export function useSavedSearches(enabled = true) {
  return useQuery({
    queryKey: ['savedSearches'],
    queryFn: async () => unwrap(await api.GET('/api/v1/me/saved-searches')).items,
    enabled,
  });
}

export function useCreateSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: SavedSearchInput) => unwrap(await api.POST('/api/v1/me/saved-searches', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['savedSearches'] }),
  });
}

export function useUpdateSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...body }: { id: string; name?: string; alerts?: boolean }) =>
      unwrap(await api.PATCH('/api/v1/me/saved-searches/{id}', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['savedSearches'] }),
  });
}

export function useDeleteSavedSearch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/me/saved-searches/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['savedSearches'] }),
  });
}

/** The search page's URL for a saved search. */
export function searchUrl(query: Schemas['SavedSearchQueryView']): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of ['sector', 'province', 'cooperationMode', 'budgetBand'] as const) {
    const values = query[key];
    if (values?.length) params.set(key, values.join(','));
  }
  const text = params.toString();
  return text ? `/scenarios?${text}` : '/scenarios';
}
