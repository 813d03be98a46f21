import { FormEvent, useState } from 'react';
import { api, ApiError } from '../api/client';
import { useReturnTo } from '../hooks/useReturnTo';

export function LoginForm() {
  const returnTo = useReturnTo('/my-bookings');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.login(email.trim(), password);
      window.location.assign(returnTo); // VULN redirect
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? 'E-mail or password is incorrect.' : 'Sign-in failed, please try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="login-form" onSubmit={onSubmit} noValidate>
      <h1>Sign in to Ferrylane</h1>
      <label>
        E-mail
        <input type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        Password
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      {error && (
        <p className="login-form__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
