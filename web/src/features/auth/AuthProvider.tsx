import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, unwrap } from '../../app/api';
import { mayHaveSession, onSessionChange, refreshSession, setSession, type SessionUser } from './session';

export type AuthStatus = 'loading' | 'signedIn' | 'signedOut';

interface AuthContextValue {
  status: AuthStatus;
  user: SessionUser | null;
  signIn(email: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
  /** Re-reads the signed-in user (e.g. after the organisation's status changed). */
  reload(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<SessionUser | null>(null);
  const [status, setStatus] = useState<AuthStatus>(() => (mayHaveSession() ? 'loading' : 'signedOut'));

  useEffect(() => {
    const unsubscribe = onSessionChange((next) => {
      setUser(next);
      setStatus(next ? 'signedIn' : 'signedOut');
    });
    // Restore the session from the refresh cookie, if this browser has signed in before.
    if (mayHaveSession()) void refreshSession();
    return () => {
      unsubscribe();
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = unwrap(await api.POST('/api/v1/auth/login', { body: { email, password } }));
    setSession(session);
    return session.user;
  }, []);

  const signOut = useCallback(async () => {
    await api.POST('/api/v1/auth/logout');
    setSession(null);
    queryClient.clear();
  }, [queryClient]);

  const reload = useCallback(async () => {
    const me = unwrap(await api.GET('/api/v1/me'));
    setUser(me);
  }, []);

  const value = useMemo(() => ({ status, user, signIn, signOut, reload }), [status, user, signIn, signOut, reload]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside AuthProvider');
  return value;
}
