"""Source-code-host integrations (Bitbucket Cloud via Forge; one package per provider)."""
