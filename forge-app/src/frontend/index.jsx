// Workspace settings → Trace (UI Kit, `render: native`). Shows the one-time pairing code to
// enter in Trace, or which Trace organization this workspace is paired with. All decisions
// live in ../lib/pairing.js and ../resolvers/pairing.js; this file only renders them.
import React, { useCallback, useEffect, useState } from 'react';
import ForgeReconciler, {
  Box,
  Button,
  Code,
  Heading,
  Inline,
  Lozenge,
  SectionMessage,
  Spinner,
  Stack,
  Text,
  Textfield,
} from '@forge/react';
import { invokeRemote } from '@forge/bridge';

import { copyText, describeExpiry, formatUtc } from '../lib/pairing.js';
import { loadPairingState } from '../resolvers/pairing.js';

const EXPIRY_TICK_MS = 15_000;

function CodePanel({ state, onRefresh }) {
  const [now, setNow] = useState(() => Date.now());
  const [copyResult, setCopyResult] = useState(null);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), EXPIRY_TICK_MS);
    return () => clearInterval(timer);
  }, []);

  const expiry = describeExpiry(state.expiresAt, now);
  const expired = expiry === 'expired';

  const onCopy = async () => {
    setCopyResult(await copyText(globalThis.navigator?.clipboard, state.code));
  };

  return (
    <Stack space="space.200">
      <Text>
        In Trace, open Settings → Integrations → Bitbucket → Connect workspace and enter this code.
      </Text>
      <Inline space="space.200" alignBlock="center">
        <Heading as="h2">{state.code}</Heading>
        <Button appearance="primary" onClick={onCopy} isDisabled={expired}>
          Copy code
        </Button>
      </Inline>
      {copyResult === 'copied' && <Lozenge appearance="success">Copied</Lozenge>}
      {(copyResult === 'unavailable' || copyResult === 'failed') && (
        <Stack space="space.050">
          <Text>Copying is not available here; select the code below and copy it.</Text>
          <Textfield isReadOnly isMonospaced value={state.code} />
        </Stack>
      )}
      {expired ? (
        <SectionMessage appearance="warning" title="This code has expired">
          <Button onClick={onRefresh}>Get a new code</Button>
        </SectionMessage>
      ) : (
        <Text>
          Single use. Expires {expiry} (at {formatUtc(state.expiresAt)}).
        </Text>
      )}
    </Stack>
  );
}

function PairedPanel({ state }) {
  return (
    <Stack space="space.100">
      <Inline space="space.100" alignBlock="center">
        <Lozenge appearance="success">Connected</Lozenge>
        <Text>
          This workspace is paired with the Trace organization <Code>{state.organization}</Code>.
        </Text>
      </Inline>
      <Text>
        Paired by {state.pairedBy ?? 'an unknown user'}
        {state.pairedAt ? ` on ${formatUtc(state.pairedAt)}` : ''}.
      </Text>
      <Text>
        Not expected? Uninstall the app from Workspace settings → Installed apps; Trace stops using
        this workspace immediately, and a reinstall needs a new code.
      </Text>
    </Stack>
  );
}

function ErrorPanel({ state, onRetry }) {
  const appearance = state.reason === 'unreachable' ? 'error' : 'warning';
  return (
    <SectionMessage appearance={appearance} title={state.title}>
      <Text>{state.detail}</Text>
      {state.reason !== 'not_admin' && <Button onClick={onRetry}>Try again</Button>}
    </SectionMessage>
  );
}

function App() {
  const [state, setState] = useState(null);

  const load = useCallback(async () => {
    setState(null);
    setState(await loadPairingState(invokeRemote));
  }, []);

  useEffect(() => {
    load();
  }, [load]);

  return (
    <Box padding="space.200">
      <Stack space="space.200">
        <Heading as="h1">Trace</Heading>
        {state === null && <Spinner label="Asking Trace" />}
        {state?.kind === 'code' && <CodePanel state={state} onRefresh={load} />}
        {state?.kind === 'paired' && <PairedPanel state={state} />}
        {state?.kind === 'error' && <ErrorPanel state={state} onRetry={load} />}
      </Stack>
    </Box>
  );
}

ForgeReconciler.render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
