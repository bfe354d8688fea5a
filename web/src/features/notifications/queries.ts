import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api';

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: (page: number, unread: boolean) => ['notifications', 'list', page, unread] as const,
};

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications/unread-count')).unread,
    enabled,
    refetchInterval: 60_000,
  });
}

export function useNotifications(page: number, unread: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(page, unread),
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications', { params: { query: { page, pageSize: 20, unread } } })),
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/notifications/read-all')),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: ['notifications', 'settings'],
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications/settings')),
  });
}

export function useUpdateNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (email: 'immediate' | 'daily' | 'off') =>
      unwrap(await api.PUT('/api/v1/notifications/settings', { body: { email } })),
    onSuccess: (settings) => client.setQueryData(['notifications', 'settings'], settings),
  });
}
