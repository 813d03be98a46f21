"""Provider-agnostic repositories: identity by provider UUID, sync diff, selectors."""
